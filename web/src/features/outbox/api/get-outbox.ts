import { outboxListSchema } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type OutboxPage = { limit: number; offset: number };

/** The whole outbox (administrators), or the mail sent on one mobilisation's behalf (its coordinators). */
export function getOutbox(page: OutboxPage, mobilisationId?: string, signal?: AbortSignal) {
  const path = mobilisationId
    ? `/mobilisations/${encodeURIComponent(mobilisationId)}/outbox`
    : '/admin/outbox';
  return apiRequest(path, {
    schema: outboxListSchema,
    query: page,
    ...(signal ? { signal } : {}),
  });
}

export function getOutboxQueryOptions(page: OutboxPage, mobilisationId?: string) {
  return queryOptions({
    queryKey: mobilisationId ? ['mobilisations', mobilisationId, 'outbox', page] : ['admin', 'outbox', page],
    queryFn: ({ signal }) => getOutbox(page, mobilisationId, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(page: OutboxPage, mobilisationId?: string) {
  return useQuery(getOutboxQueryOptions(page, mobilisationId));
}
