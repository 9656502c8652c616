import { currencyLinkSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** What a reminder's confirm link is about; reading it does not use it up. */
export function getCurrencyLink(token: string, signal?: AbortSignal) {
  return apiRequest(`/currency-links/${encodeURIComponent(token)}`, {
    schema: currencyLinkSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getCurrencyLinkQueryOptions(token: string) {
  return queryOptions({
    queryKey: ['currency-links', token],
    queryFn: ({ signal }) => getCurrencyLink(token, signal),
    // A link that is not valid or no longer works stays so: asking again changes nothing.
    retry: false,
  });
}

export function useCurrencyLink(token: string) {
  return useQuery(getCurrencyLinkQueryOptions(token));
}
