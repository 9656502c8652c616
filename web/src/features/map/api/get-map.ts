import { decodeMapDocument, mapDocumentReadSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { rememberLinkEnds } from '../lib/link-ends';

/**
 * The map document (decision 021): links arrive as columns of numbers and are decoded into link objects that
 * share their ids and tag lists. The browser's HTTP cache keeps the document and revalidates it with its ETag,
 * so a second visit costs a 304.
 */
export async function getMap(mobilisationId: string, signal?: AbortSignal) {
  const document = await apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/map`, {
    schema: mapDocumentReadSchema,
    ...(signal ? { signal } : {}),
  });
  const map = decodeMapDocument(document);
  // The columns are node positions already: the passes over every link before the first frame reuse them.
  rememberLinkEnds(map.nodes, map.links, { source: document.links.source, target: document.links.target });
  return map;
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
