import { notificationSettingsSchema, type UpdateNotificationSettings } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getNotificationSettingsQueryKey } from './get-notification-settings';

export function saveNotificationSettings(body: UpdateNotificationSettings) {
  return apiRequest('/me/notification-settings', {
    method: 'PUT',
    schema: notificationSettingsSchema,
    body,
  });
}

/** The server answers with every category as saved, which replaces the cached settings. */
export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (settings) => queryClient.setQueryData(getNotificationSettingsQueryKey(), settings),
  });
}
