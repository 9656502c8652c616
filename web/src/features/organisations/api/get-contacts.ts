import { contactListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getContacts(organisationId: string, signal?: AbortSignal) {
  return apiRequest(`/organisations/${encodeURIComponent(organisationId)}/contacts`, {
    schema: contactListSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getContactsQueryOptions(organisationId: string) {
  return queryOptions({
    queryKey: ['organisations', organisationId, 'contacts'],
    queryFn: ({ signal }) => getContacts(organisationId, signal),
    // Personal data for participants only; to others the page says so instead of asking them to sign in.
    meta: { handlesUnauthenticated: true },
  });
}

export function useContacts(organisationId: string | undefined) {
  return useQuery({ ...getContactsQueryOptions(organisationId ?? ''), enabled: Boolean(organisationId) });
}
