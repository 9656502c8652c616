import { type ContactListInput, contactListSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getContactsQueryOptions } from './get-contacts';

export function saveContacts(organisationId: string, input: ContactListInput) {
  return apiRequest(`/organisations/${encodeURIComponent(organisationId)}/contacts`, {
    method: 'PUT',
    schema: contactListSchema,
    body: input,
  });
}

export function useSaveContacts(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactListInput) => saveContacts(organisationId, input),
    onSuccess: (saved) => queryClient.setQueryData(getContactsQueryOptions(organisationId).queryKey, saved),
  });
}
