import { invitationListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getInvitations(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/invitations`, {
    schema: invitationListSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getInvitationsQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'invitations'],
    queryFn: ({ signal }) => getInvitations(mobilisationId, signal),
  });
}

export function useInvitations(mobilisationId: string) {
  return useQuery(getInvitationsQueryOptions(mobilisationId));
}
