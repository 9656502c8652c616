import { mobilisationSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getMobilisation(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}`, {
    schema: mobilisationSchema,
    ...(signal ? { signal } : {}),
  });
}

/** Nested under the list's key, so refreshing the list (e.g. after a new organisation) refreshes this too. */
export function getMobilisationQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId],
    queryFn: ({ signal }) => getMobilisation(mobilisationId, signal),
  });
}

export function useMobilisation(mobilisationId: string | undefined) {
  return useQuery({ ...getMobilisationQueryOptions(mobilisationId ?? ''), enabled: Boolean(mobilisationId) });
}
