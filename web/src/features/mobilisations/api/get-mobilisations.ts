import { mobilisationListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getMobilisations(signal?: AbortSignal) {
  return apiRequest('/mobilisations', { schema: mobilisationListSchema, ...(signal ? { signal } : {}) });
}

export function getMobilisationsQueryOptions() {
  return queryOptions({
    queryKey: ['mobilisations'],
    queryFn: ({ signal }) => getMobilisations(signal),
  });
}

export function useMobilisations() {
  return useQuery(getMobilisationsQueryOptions());
}
