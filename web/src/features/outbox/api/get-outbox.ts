import { outboxListSchema } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type OutboxPage = { limit: number; offset: number };

export function getOutbox(page: OutboxPage, signal?: AbortSignal) {
  return apiRequest('/admin/outbox', {
    schema: outboxListSchema,
    query: page,
    ...(signal ? { signal } : {}),
  });
}

export function getOutboxQueryOptions(page: OutboxPage) {
  return queryOptions({
    queryKey: ['admin', 'outbox', page],
    queryFn: ({ signal }) => getOutbox(page, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(page: OutboxPage) {
  return useQuery(getOutboxQueryOptions(page));
}
