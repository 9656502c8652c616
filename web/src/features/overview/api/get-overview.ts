import { overviewSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getOverview(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/overview`, {
    schema: overviewSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getOverviewQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'overview'],
    queryFn: ({ signal }) => getOverview(mobilisationId, signal),
    // Decisions, proposals and edits elsewhere change these numbers: always ask again when the page opens.
    staleTime: 0,
  });
}

export function useOverview(mobilisationId: string) {
  return useQuery(getOverviewQueryOptions(mobilisationId));
}
