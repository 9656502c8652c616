import { initiativeHistorySchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getInitiativeQueryKey } from './get-initiative';

export function getInitiativeHistory(initiativeId: string, signal?: AbortSignal) {
  return apiRequest(`/initiatives/${encodeURIComponent(initiativeId)}/history`, {
    schema: initiativeHistorySchema,
    ...(signal ? { signal } : {}),
  });
}

export function getInitiativeHistoryQueryOptions(initiativeId: string) {
  return queryOptions({
    queryKey: [...getInitiativeQueryKey(initiativeId), 'history'],
    queryFn: ({ signal }) => getInitiativeHistory(initiativeId, signal),
    // Visible to participants only; the section says so itself rather than sending people to sign in.
    meta: { handlesUnauthenticated: true },
  });
}

export function useInitiativeHistory(initiativeId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getInitiativeHistoryQueryOptions(initiativeId), enabled: options.enabled ?? true });
}
