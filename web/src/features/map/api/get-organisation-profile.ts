import { profileSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getOrganisationProfile(profileId: string, signal?: AbortSignal) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}`, {
    schema: profileSchema,
    ...(signal ? { signal } : {}),
  });
}

/**
 * The profile behind a node, for the map's side panel (its latest submitted four points). Keyed under the map,
 * not under `profiles`, because the profile page's own query owns that key.
 */
export function getOrganisationProfileQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: ['map', 'profiles', profileId],
    queryFn: ({ signal }) => getOrganisationProfile(profileId, signal),
    staleTime: 60_000,
  });
}

export function useOrganisationProfile(profileId: string | undefined) {
  return useQuery({ ...getOrganisationProfileQueryOptions(profileId ?? ''), enabled: Boolean(profileId) });
}
