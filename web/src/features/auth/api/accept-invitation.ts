import { sessionSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useApplySession } from '../../../lib/session';

export type AcceptInvitationInput = { name: string; password: string; shareAsContact: boolean };

/** Creates the account (or confirms the existing one with its password), joins, and signs in. */
export function acceptInvitation(token: string, input: AcceptInvitationInput) {
  return apiRequest(`/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    schema: sessionSchema,
    body: input,
  });
}

export function useAcceptInvitation(token: string) {
  const applySession = useApplySession();
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => acceptInvitation(token, input),
    onSuccess: (session) => void applySession(session),
  });
}
