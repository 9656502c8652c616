import type { mergeInitiativesSchema } from '@kraftsamling/shared';
import { initiativeSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { afterInitiativeChange } from './get-initiative';

export type MergeInitiatives = z.input<typeof mergeInitiativesSchema>;

export function mergeInitiatives(initiativeId: string, body: MergeInitiatives) {
  return apiRequest(`/initiatives/${encodeURIComponent(initiativeId)}/merge`, {
    method: 'POST',
    schema: initiativeSchema,
    body,
  });
}

/** Folds `otherId` into the initiative: it keeps its title; the other is marked merged. */
export function useMergeInitiatives() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MergeInitiatives }) => mergeInitiatives(id, body),
    onSuccess: (merged) => afterInitiativeChange(queryClient, merged),
  });
}
