import { sessionSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useApplySession } from '../../../lib/session';

export type CompletePasswordResetInput = { token: string; password: string };

/** Sets the new password and signs the person in (every other session of theirs ends). */
export function completePasswordReset(input: CompletePasswordResetInput) {
  return apiRequest('/password-resets/complete', { method: 'POST', schema: sessionSchema, body: input });
}

export function useCompletePasswordReset() {
  const applySession = useApplySession();
  return useMutation({
    mutationFn: completePasswordReset,
    onSuccess: (session) => void applySession(session),
  });
}
