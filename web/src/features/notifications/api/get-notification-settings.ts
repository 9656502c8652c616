import { notificationSettingsSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getNotificationSettings(signal?: AbortSignal) {
  return apiRequest('/me/notification-settings', {
    schema: notificationSettingsSchema,
    ...(signal ? { signal } : {}),
  });
}

export const getNotificationSettingsQueryKey = () => ['me', 'notification-settings'] as const;

/** Which notices the signed-in person gets by mail, and how often, per category. */
export function getNotificationSettingsQueryOptions() {
  return queryOptions({
    queryKey: getNotificationSettingsQueryKey(),
    queryFn: ({ signal }) => getNotificationSettings(signal),
  });
}

export function useNotificationSettings() {
  return useQuery(getNotificationSettingsQueryOptions());
}
