import { latestMatchRunSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** While a run is queued or running, ask for its progress this often. */
export const runPollMs = 1500;

export function getLatestMatchRun(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/match-runs/latest`, {
    schema: latestMatchRunSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getLatestMatchRunQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'match-runs', 'latest'],
    queryFn: ({ signal }) => getLatestMatchRun(mobilisationId, signal),
    refetchInterval: (query) => {
      const status = query.state.data?.run?.status;
      return status === 'queued' || status === 'running' ? runPollMs : false;
    },
  });
}

export function useLatestMatchRun(mobilisationId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getLatestMatchRunQueryOptions(mobilisationId), enabled: options.enabled ?? true });
}
