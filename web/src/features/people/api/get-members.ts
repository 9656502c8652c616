import { memberListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getMembers(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/members`, {
    schema: memberListSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getMembersQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'members'],
    queryFn: ({ signal }) => getMembers(mobilisationId, signal),
  });
}

export function useMembers(mobilisationId: string) {
  return useQuery(getMembersQueryOptions(mobilisationId));
}
