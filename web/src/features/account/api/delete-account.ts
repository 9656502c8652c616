import { sessionSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useApplySession } from '../../../lib/session';

export function deleteAccount(password: string) {
  return apiRequest('/me', { method: 'DELETE', schema: sessionSchema, body: { password } });
}

export function useDeleteAccount() {
  const applySession = useApplySession();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: (session) => void applySession(session),
  });
}
