import { revisionSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getRevision(profileId: string, number: number, signal?: AbortSignal) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}/revisions/${number}`, {
    schema: revisionSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getRevisionQueryOptions(profileId: string, number: number) {
  return queryOptions({
    queryKey: ['profiles', profileId, 'revisions', number],
    queryFn: ({ signal }) => getRevision(profileId, number, signal),
    // A submitted revision never changes.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useRevision(profileId: string, number: number) {
  return useQuery(getRevisionQueryOptions(profileId, number));
}
