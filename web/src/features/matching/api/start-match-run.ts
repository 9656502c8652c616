import { latestMatchRunSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getLatestMatchRunQueryOptions } from './get-latest-match-run';

export function startMatchRun(mobilisationId: string) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/match-runs`, {
    method: 'POST',
    schema: latestMatchRunSchema,
  });
}

export function useStartMatchRun(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startMatchRun(mobilisationId),
    onSuccess: (latest) => {
      queryClient.setQueryData(getLatestMatchRunQueryOptions(mobilisationId).queryKey, latest);
      // Every organisation's matches are about to change.
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] === 'profiles' && query.queryKey[2] === 'matches',
      });
    },
  });
}
