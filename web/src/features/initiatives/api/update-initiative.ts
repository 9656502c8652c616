import { initiativeSchema, type UpdateInitiative } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { afterInitiativeChange } from './get-initiative';

export function updateInitiative(initiativeId: string, patch: UpdateInitiative) {
  return apiRequest(`/initiatives/${encodeURIComponent(initiativeId)}`, {
    method: 'PATCH',
    schema: initiativeSchema,
    body: patch,
  });
}

/** Edits, and taking a proposal into the list or discarding it; a stale `version` is answered with 409. */
export function useUpdateInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateInitiative }) => updateInitiative(id, patch),
    onSuccess: (changed) => afterInitiativeChange(queryClient, changed),
  });
}
