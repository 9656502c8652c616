import { searchResultSchema } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type LinkKind = 'need' | 'offer' | 'project';

/** Needs, offers or projects of the mobilisation whose text matches, to link them to an initiative. */
export function searchItems(mobilisationId: string, kind: LinkKind, q: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/search`, {
    schema: searchResultSchema,
    query: { q, kind, limit: 8 },
    ...(signal ? { signal } : {}),
  });
}

export function searchItemsQueryOptions(mobilisationId: string, kind: LinkKind, q: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'initiative-link-search', kind, q],
    queryFn: ({ signal }) => searchItems(mobilisationId, kind, q, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSearchItems(mobilisationId: string, kind: LinkKind, q: string) {
  return useQuery({ ...searchItemsQueryOptions(mobilisationId, kind, q), enabled: q.length >= 2 });
}
