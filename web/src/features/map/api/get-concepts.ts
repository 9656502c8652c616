import { conceptListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getConcepts(signal?: AbortSignal) {
  return apiRequest('/concepts', { schema: conceptListSchema, ...(signal ? { signal } : {}) });
}

/** The matching vocabulary's names for concept ids; it changes only with a new release. */
export function getConceptsQueryOptions() {
  return queryOptions({
    queryKey: ['concepts'],
    queryFn: ({ signal }) => getConcepts(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useConcepts() {
  return useQuery(getConceptsQueryOptions());
}
