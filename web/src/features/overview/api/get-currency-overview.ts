import { currencyOverviewSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getCurrencyOverview(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/currency`, {
    schema: currencyOverviewSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getCurrencyOverviewQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'currency'],
    queryFn: ({ signal }) => getCurrencyOverview(mobilisationId, signal),
    staleTime: 0,
  });
}

export function useCurrencyOverview(mobilisationId: string) {
  return useQuery(getCurrencyOverviewQueryOptions(mobilisationId));
}
