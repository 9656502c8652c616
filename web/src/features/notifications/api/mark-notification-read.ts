import { notificationListSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getNotificationsQueryKey } from './get-notifications';

export function markNotificationRead(notificationId: string) {
  return apiRequest(`/me/notifications/${encodeURIComponent(notificationId)}/read`, {
    method: 'POST',
    schema: notificationListSchema,
  });
}

/** The server answers with the whole list, which replaces the cached one: the header's count follows. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: (list) => queryClient.setQueryData(getNotificationsQueryKey(), list),
  });
}
