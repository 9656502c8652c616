import { organisationInitiativeListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getOrganisationInitiatives(
  organisationId: string,
  mobilisationId: string,
  signal?: AbortSignal,
) {
  return apiRequest(`/organisations/${encodeURIComponent(organisationId)}/initiatives`, {
    schema: organisationInitiativeListSchema,
    query: { mobilisationId },
    ...(signal ? { signal } : {}),
  });
}

// Under `initiatives`, so that every change to an initiative (which invalidates that key) refreshes it too.
export const getOrganisationInitiativesQueryKey = (organisationId: string, mobilisationId: string) =>
  ['initiatives', 'of-organisation', organisationId, mobilisationId] as const;

/** The listed initiatives the member's own organisation takes part in (its members and coordinators only). */
export function getOrganisationInitiativesQueryOptions(organisationId: string, mobilisationId: string) {
  return queryOptions({
    queryKey: getOrganisationInitiativesQueryKey(organisationId, mobilisationId),
    queryFn: ({ signal }) => getOrganisationInitiatives(organisationId, mobilisationId, signal),
  });
}

export function useOrganisationInitiatives(organisationId: string | undefined, mobilisationId: string) {
  return useQuery({
    ...getOrganisationInitiativesQueryOptions(organisationId ?? '', mobilisationId),
    enabled: Boolean(organisationId),
  });
}
