import { organisationListSchema, type ProfileStatus, type SectorId } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type OrganisationFilter = {
  q?: string;
  sector?: SectorId;
  county?: string;
  status?: ProfileStatus;
  limit?: number;
  offset?: number;
};

export function getOrganisations(mobilisationId: string, filter: OrganisationFilter, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/organisations`, {
    schema: organisationListSchema,
    query: filter,
    ...(signal ? { signal } : {}),
  });
}

/** Every list of a mobilisation's organisations sits under this key; creating an organisation refreshes them all. */
export function getOrganisationsQueryKey(mobilisationId: string) {
  return ['mobilisations', mobilisationId, 'organisations'] as const;
}

export function getOrganisationsQueryOptions(mobilisationId: string, filter: OrganisationFilter) {
  return queryOptions({
    queryKey: [...getOrganisationsQueryKey(mobilisationId), filter],
    queryFn: ({ signal }) => getOrganisations(mobilisationId, filter, signal),
    // Keep showing the previous page while the next search or page loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

export function useOrganisations(mobilisationId: string, filter: OrganisationFilter) {
  return useQuery(getOrganisationsQueryOptions(mobilisationId, filter));
}
