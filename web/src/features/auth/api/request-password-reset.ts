import { acceptedSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Answers the same whether or not there is an account, so nobody can use it to find out who has one. */
export function requestPasswordReset(email: string) {
  return apiRequest('/password-resets', { method: 'POST', schema: acceptedSchema, body: { email } });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
