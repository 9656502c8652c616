import { projectGoalCorrectionSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getInitiativeQueryKey } from './get-initiative';

/**
 * A coordinator's word on which overall goal a project serves (null: take it back, the engine's link shows
 * again). It stands wherever the project's goal is shown, and the engine learns the goals from it.
 */
export function correctProjectGoal(mobilisationId: string, projectId: string, goal: string | null) {
  const url = `/mobilisations/${encodeURIComponent(mobilisationId)}/projects/${encodeURIComponent(projectId)}/goal`;
  return goal === null
    ? apiRequest(url, { method: 'DELETE', schema: projectGoalCorrectionSchema })
    : apiRequest(url, { method: 'PUT', schema: projectGoalCorrectionSchema, body: { goal } });
}

export function useCorrectProjectGoal(mobilisationId: string, initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, goal }: { projectId: string; goal: string | null }) =>
      correctProjectGoal(mobilisationId, projectId, goal),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getInitiativeQueryKey(initiativeId) }),
        // The map and the overview show the project's goal too.
        queryClient.invalidateQueries({ queryKey: ['mobilisations', mobilisationId] }),
      ]),
  });
}
