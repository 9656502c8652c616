import type { CreateInterest } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { getOrganisationInterestsQueryKey } from './get-organisation-interests';

const createdInterestSchema = z.object({ id: z.string(), mutual: z.boolean() });

/** "Vi är intresserade": the other organisation is told by mail and in the app. */
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
