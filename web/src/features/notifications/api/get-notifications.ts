import { notificationListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** How often the header asks for new notices while the page is visible: within a minute is soon enough. */
export const notificationsPollMs = 60_000;

export function getNotifications(signal?: AbortSignal) {
  return apiRequest('/me/notifications', {
    schema: notificationListSchema,
    ...(signal ? { signal } : {}),
  });
}

export const getNotificationsQueryKey = () => ['me', 'notifications'] as const;

/** The signed-in person's notices, newest first, and how many are unread. */
export function getNotificationsQueryOptions() {
  return queryOptions({
    queryKey: getNotificationsQueryKey(),
    queryFn: ({ signal }) => getNotifications(signal),
    // Asked for on every page (the header's count), so a background check never sends anyone to sign in.
    meta: { handlesUnauthenticated: true },
    staleTime: 30_000,
    refetchInterval: notificationsPollMs,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getNotificationsQueryOptions(), enabled });
}
