import { importRunStartedSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** While a run is queued or running, ask for its progress this often. */
export const importRunPollMs = 1000;

export function getImportRun(mobilisationId: string, runId: string, signal?: AbortSignal) {
  return apiRequest(
    `/mobilisations/${encodeURIComponent(mobilisationId)}/imports/runs/${encodeURIComponent(runId)}`,
    { schema: importRunStartedSchema, ...(signal ? { signal } : {}) },
  );
}

export function getImportRunQueryOptions(mobilisationId: string, runId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'import-runs', runId],
    queryFn: ({ signal }) => getImportRun(mobilisationId, runId, signal),
    refetchInterval: (query) => {
      const status = query.state.data?.run.status;
      return status === 'done' || status === 'failed' ? false : importRunPollMs;
    },
  });
}

export function useImportRun(mobilisationId: string, runId: string | null) {
  return useQuery({
    ...getImportRunQueryOptions(mobilisationId, runId ?? ''),
    enabled: runId !== null,
  });
}
