import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { getInterestsToPassOnQueryKey } from './get-interests-to-pass-on';

/** A coordinator has passed the interest on (by phone, by mail…): the list says so, and by whom. */
export function markPassedOn(mobilisationId: string, interestId: string) {
  return apiRequest(
    `/mobilisations/${encodeURIComponent(mobilisationId)}/interests/${encodeURIComponent(interestId)}/passed-on`,
    { method: 'POST', schema: z.null() },
  );
}

export function useMarkPassedOn(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (interestId: string) => markPassedOn(mobilisationId, interestId),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: getInterestsToPassOnQueryKey(mobilisationId) }),
  });
}
