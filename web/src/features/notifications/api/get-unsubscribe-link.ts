import { unsubscribeLinkSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** What a mail's unsubscribe link turns off; reading it changes nothing. */
export function getUnsubscribeLink(token: string, signal?: AbortSignal) {
  return apiRequest(`/unsubscribe/${encodeURIComponent(token)}`, {
    schema: unsubscribeLinkSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getUnsubscribeLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['unsubscribe', token],
    queryFn: ({ signal }) => getUnsubscribeLink(token, signal),
    // A link that is not valid stays so: asking again changes nothing.
    retry: false,
  });
}

export function useUnsubscribeLink(token: string) {
  return useQuery(getUnsubscribeLinkQueryOptions(token));
}
