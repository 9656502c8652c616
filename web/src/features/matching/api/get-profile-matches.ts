import { profileMatchesSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** How many proposals to show per need or offer. */
export const matchesPerItem = 5;
/** While a re-match is queued or running, ask again this often. */
export const pendingPollMs = 3000;

export function getProfileMatches(profileId: string, signal?: AbortSignal) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}/matches`, {
    schema: profileMatchesSchema,
    query: { perItem: matchesPerItem },
    ...(signal ? { signal } : {}),
  });
}

export function getProfileMatchesQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: ['profiles', profileId, 'matches'],
    queryFn: ({ signal }) => getProfileMatches(profileId, signal),
    refetchInterval: (query) => (query.state.data?.pending ? pendingPollMs : false),
    // Visible to participants only: the section says so itself instead of sending people to sign in.
    meta: { handlesUnauthenticated: true },
  });
}

export function useProfileMatches(profileId: string) {
  return useQuery(getProfileMatchesQueryOptions(profileId));
}
