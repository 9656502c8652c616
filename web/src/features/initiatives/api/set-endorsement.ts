import { type Endorsement, initiativeSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { afterInitiativeChange } from './get-initiative';

export function setEndorsement(initiativeId: string, organisationId: string, endorsement: Endorsement) {
  return apiRequest(
    `/initiatives/${encodeURIComponent(initiativeId)}/participants/${encodeURIComponent(organisationId)}/endorsement`,
    { method: 'PUT', schema: initiativeSchema, body: { endorsement } },
  );
}

/** A participating organisation's own answer: invited, endorsed in its own organisation, or declined. */
export function useSetEndorsement(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ organisationId, endorsement }: { organisationId: string; endorsement: Endorsement }) =>
      setEndorsement(initiativeId, organisationId, endorsement),
    onSuccess: (changed) => afterInitiativeChange(queryClient, changed),
  });
}
