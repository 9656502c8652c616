import { type SignIn, sessionSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useApplySession } from '../../../lib/session';

export function signIn(credentials: SignIn) {
  return apiRequest('/session', { method: 'POST', schema: sessionSchema, body: credentials });
}

export function useSignIn() {
  const applySession = useApplySession();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => void applySession(session),
  });
}
