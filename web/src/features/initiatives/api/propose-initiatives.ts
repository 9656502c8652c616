import { proposalRunSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getInitiativesQueryKey } from './get-initiatives';

export function proposeInitiatives(mobilisationId: string) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/initiative-proposals`, {
    method: 'POST',
    schema: proposalRunSchema,
  });
}

/** The platform groups accepted and suggested matches by concept into proposals and links projects to goals. */
export function useProposeInitiatives(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => proposeInitiatives(mobilisationId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getInitiativesQueryKey(mobilisationId) }),
        queryClient.invalidateQueries({ queryKey: ['initiatives'] }),
      ]),
  });
}
