import { profileSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getProfile(profileId: string, signal?: AbortSignal) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}`, {
    schema: profileSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getProfileQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: ['profiles', profileId],
    queryFn: ({ signal }) => getProfile(profileId, signal),
  });
}

export function useProfile(profileId: string | undefined) {
  return useQuery({ ...getProfileQueryOptions(profileId ?? ''), enabled: Boolean(profileId) });
}
