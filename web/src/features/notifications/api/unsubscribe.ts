import { unsubscribeLinkSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getNotificationSettingsQueryKey } from './get-notification-settings';
import { getUnsubscribeLinkQueryOptions } from './get-unsubscribe-link';

export function unsubscribe(token: string) {
  return apiRequest(`/unsubscribe/${encodeURIComponent(token)}`, {
    method: 'POST',
    schema: unsubscribeLinkSchema,
  });
}

/** Turns the link's mail off; the settings, if this browser has them, are read again. */
export function useUnsubscribe(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unsubscribe(token),
    onSuccess: async (link) => {
      queryClient.setQueryData(getUnsubscribeLinkQueryOptions(token).queryKey, link);
      await queryClient.invalidateQueries({ queryKey: getNotificationSettingsQueryKey() });
    },
  });
}
