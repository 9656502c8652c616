import { profileCurrencySchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getProfileCurrency(profileId: string, signal?: AbortSignal) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}/currency`, {
    schema: profileCurrencySchema,
    ...(signal ? { signal } : {}),
  });
}

/** Under the profile's key: a change to the profile (a state, a submission) reads it again. */
export function getProfileCurrencyQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: ['profiles', profileId, 'currency'],
    queryFn: ({ signal }) => getProfileCurrency(profileId, signal),
    staleTime: 0,
  });
}

export function useProfileCurrency(profileId: string | undefined) {
  return useQuery({ ...getProfileCurrencyQueryOptions(profileId ?? ''), enabled: Boolean(profileId) });
}
