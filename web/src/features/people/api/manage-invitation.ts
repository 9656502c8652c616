import { invitationLinkSchema, invitationSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getInvitationsQueryOptions } from './get-invitations';

export type InvitationAction = 'link' | 'resend' | 'revoke';

const path = (mobilisationId: string, invitationId: string, action: InvitationAction) =>
  `/mobilisations/${encodeURIComponent(mobilisationId)}/invitations/${encodeURIComponent(invitationId)}/${action}`;

/** A new link for an open invitation, to copy and hand over (the previous link stops working). */
export function useInvitationLink(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiRequest(path(mobilisationId, invitationId, 'link'), {
        method: 'POST',
        schema: invitationLinkSchema,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: getInvitationsQueryOptions(mobilisationId).queryKey }),
  });
}

/** Mails an open invitation again, or revokes it. */
export function useChangeInvitation(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invitationId, action }: { invitationId: string; action: 'resend' | 'revoke' }) =>
      apiRequest(path(mobilisationId, invitationId, action), { method: 'POST', schema: invitationSchema }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getInvitationsQueryOptions(mobilisationId).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['mobilisations', mobilisationId, 'outbox'] }),
      ]),
  });
}
