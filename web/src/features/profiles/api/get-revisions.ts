import { revisionListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getRevisions(profileId: string, signal?: AbortSignal) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}/revisions`, {
    schema: revisionListSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getRevisionsQueryOptions(profileId: string) {
  return queryOptions({
    queryKey: ['profiles', profileId, 'revisions'],
    queryFn: ({ signal }) => getRevisions(profileId, signal),
  });
}

export function useRevisions(profileId: string) {
  return useQuery(getRevisionsQueryOptions(profileId));
}
