import { type ReviewQuery, reviewListSchema } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type ReviewFilter = Omit<ReviewQuery, 'limit' | 'offset'> & { limit: number; offset: number };

export function getReview(mobilisationId: string, filter: ReviewFilter, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/review`, {
    schema: reviewListSchema,
    query: filter,
    ...(signal ? { signal } : {}),
  });
}

/** Every page and filter of a mobilisation's review queue sits under this key; a decision refreshes them all. */
export function getReviewQueryKey(mobilisationId: string) {
  return ['mobilisations', mobilisationId, 'review'] as const;
}

export function getReviewQueryOptions(mobilisationId: string, filter: ReviewFilter) {
  return queryOptions({
    queryKey: [...getReviewQueryKey(mobilisationId), filter],
    queryFn: ({ signal }) => getReview(mobilisationId, filter, signal),
    // The previous page stays in view while the next one or another filter loads.
    placeholderData: keepPreviousData,
  });
}

export function useReview(mobilisationId: string, filter: ReviewFilter) {
  return useQuery(getReviewQueryOptions(mobilisationId, filter));
}
