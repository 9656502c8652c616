import { initiativeSchema, type splitInitiativeSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';
import { afterInitiativeChange } from './get-initiative';

export type SplitInitiative = z.input<typeof splitInitiativeSchema>;

export function splitInitiative(initiativeId: string, body: SplitInitiative) {
  return apiRequest(`/initiatives/${encodeURIComponent(initiativeId)}/split`, {
    method: 'POST',
    schema: initiativeSchema,
    body,
  });
}

/** Moves the chosen participants and links into a new initiative, which the server returns. */
export function useSplitInitiative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SplitInitiative }) => splitInitiative(id, body),
    onSuccess: (created) => afterInitiativeChange(queryClient, created),
  });
}
