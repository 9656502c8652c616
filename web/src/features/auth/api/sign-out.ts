import { sessionSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { isUnauthenticated } from '../../../lib/api-error';
import { signedOut, useApplySession } from '../../../lib/session';

export async function signOut() {
  try {
    return await apiRequest('/session', { method: 'DELETE', schema: sessionSchema });
  } catch (error) {
    // The session had already ended (expired, or signed out in another tab): that is what was asked for.
    if (isUnauthenticated(error)) return signedOut;
    throw error;
  }
}

export function useSignOut() {
  const applySession = useApplySession();
  return useMutation({
    mutationFn: signOut,
    onSuccess: (session) => void applySession(session),
    meta: { handlesUnauthenticated: true },
  });
}
