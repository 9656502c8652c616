import { type CreateOrganisation, joinedOrganisationSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getOrganisationsQueryKey } from './get-organisations';

export function createOrganisation(mobilisationId: string, organisation: CreateOrganisation) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/organisations`, {
    method: 'POST',
    schema: joinedOrganisationSchema,
    body: organisation,
  });
}

export function useCreateOrganisation(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organisation: CreateOrganisation) => createOrganisation(mobilisationId, organisation),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getOrganisationsQueryKey(mobilisationId) }),
  });
}
