import { type SearchQuery, searchResultSchema } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type PartnerSearch = Omit<SearchQuery, 'limit' | 'offset'> & { limit: number; offset: number };

export function searchPartners(mobilisationId: string, search: PartnerSearch, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/search`, {
    schema: searchResultSchema,
    query: { ...search },
    ...(signal ? { signal } : {}),
  });
}

export function searchPartnersQueryOptions(mobilisationId: string, search: PartnerSearch) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'search', search],
    queryFn: ({ signal }) => searchPartners(mobilisationId, search, signal),
    // The previous hits stay on screen (marked busy) while the next page or filter loads.
    placeholderData: keepPreviousData,
  });
}

/** Searches only once there is something to search for: the API wants at least two characters. */
export function useSearchPartners(mobilisationId: string, search: PartnerSearch) {
  return useQuery({
    ...searchPartnersQueryOptions(mobilisationId, search),
    enabled: search.q.trim().length >= 2,
  });
}
