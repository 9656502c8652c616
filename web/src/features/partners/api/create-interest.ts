import { type CreateInterest, createdInterestSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getOrganisationInterestsQueryKey } from './get-organisation-interests';

/**
 * "Vi är intresserade": the other organisation's members are told by mail and in the app, else its contact
 * persons who agreed by mail, else the coordinators, who pass it on; the answer says which.
 */
export function createInterest(mobilisationId: string, interest: CreateInterest) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/interests`, {
    method: 'POST',
    schema: createdInterestSchema,
    body: interest,
  });
}

export function useCreateInterest(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (interest: CreateInterest) => createInterest(mobilisationId, interest),
    onSuccess: (_created, interest) =>
      queryClient.invalidateQueries({
        queryKey: getOrganisationInterestsQueryKey(interest.fromOrganisationId, mobilisationId),
      }),
  });
}
