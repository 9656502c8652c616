import { collaborationMapSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getMap(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/map`, {
    schema: collaborationMapSchema,
    ...(signal ? { signal } : {}),
  });
}

export const getMapQueryKey = (mobilisationId: string) => ['mobilisations', mobilisationId, 'map'] as const;

/** While a recomputation is queued (after an interest, a decision, a new profile), ask again every few seconds. */
export const pendingRefetchMs = 2_000;

/**
 * The whole map, unfiltered, fetched once: the filters are applied in the browser with the shared `filterMap`,
 * so the map and its list view always agree and changing a filter needs no request.
 */
export function getMapQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: getMapQueryKey(mobilisationId),
    queryFn: ({ signal }) => getMap(mobilisationId, signal),
    staleTime: 30_000,
    refetchInterval: (query) =>
      query.state.data?.pending || query.state.data?.computedAt === null ? pendingRefetchMs : false,
  });
}

export function useCollaborationMap(mobilisationId: string) {
  return useQuery(getMapQueryOptions(mobilisationId));
}
