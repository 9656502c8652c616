import { type CreateInitiative, initiativeSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { afterInitiativeChange } from './get-initiative';

export function createInitiative(mobilisationId: string, initiative: CreateInitiative) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/initiatives`, {
    method: 'POST',
    schema: initiativeSchema,
    body: initiative,
  });
}

export function useCreateInitiative(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (initiative: CreateInitiative) => createInitiative(mobilisationId, initiative),
    onSuccess: (created) => afterInitiativeChange(queryClient, created),
  });
}
