import { type CreateInvitation, invitationSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getInvitationsQueryOptions } from './get-invitations';

export function createInvitation(mobilisationId: string, invitation: CreateInvitation) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/invitations`, {
    method: 'POST',
    schema: invitationSchema,
    body: invitation,
  });
}

export function useCreateInvitation(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: CreateInvitation) => createInvitation(mobilisationId, invitation),
    // The invitation is listed, and its mail is in the mobilisation's outbox.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getInvitationsQueryOptions(mobilisationId).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['mobilisations', mobilisationId, 'outbox'] }),
      ]),
  });
}
