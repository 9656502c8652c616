import { interestListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getOrganisationInterests(
  organisationId: string,
  mobilisationId: string,
  signal?: AbortSignal,
) {
  return apiRequest(`/organisations/${encodeURIComponent(organisationId)}/interests`, {
    schema: interestListSchema,
    query: { mobilisationId },
    ...(signal ? { signal } : {}),
  });
}

export const getOrganisationInterestsQueryKey = (organisationId: string, mobilisationId: string) =>
  ['organisations', organisationId, 'interests', mobilisationId] as const;

/** Interest the member's own organisation has shown and received (members of that organisation only). */
export function getOrganisationInterestsQueryOptions(organisationId: string, mobilisationId: string) {
  return queryOptions({
    queryKey: getOrganisationInterestsQueryKey(organisationId, mobilisationId),
    queryFn: ({ signal }) => getOrganisationInterests(organisationId, mobilisationId, signal),
    meta: { handlesUnauthenticated: true },
  });
}

export function useOrganisationInterests(organisationId: string | undefined, mobilisationId: string) {
  return useQuery({
    ...getOrganisationInterestsQueryOptions(organisationId ?? '', mobilisationId),
    enabled: Boolean(organisationId),
  });
}
