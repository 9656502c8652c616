import { confirmedItemSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The one click of a reminder's confirm link: works once, without signing in. */
export function confirmWithLink(token: string) {
  return apiRequest(`/currency-links/${encodeURIComponent(token)}`, {
    method: 'POST',
    schema: confirmedItemSchema,
  });
}

export function useConfirmWithLink(token: string) {
  return useMutation({ mutationFn: () => confirmWithLink(token) });
}
