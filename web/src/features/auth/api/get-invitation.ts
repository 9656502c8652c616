import { invitationPreviewSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getInvitation(token: string, signal?: AbortSignal) {
  return apiRequest(`/invitations/${encodeURIComponent(token)}`, {
    schema: invitationPreviewSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getInvitationQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['invitations', token],
    queryFn: ({ signal }) => getInvitation(token, signal),
  });
}

export function useInvitation(token: string) {
  return useQuery(getInvitationQueryOptions(token));
}
