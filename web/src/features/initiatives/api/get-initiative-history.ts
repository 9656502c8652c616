import { initiativeHistorySchema } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getInitiativeQueryKey } from './get-initiative';

export function getInitiativeHistory(initiativeId: string, signal?: AbortSignal) {
  return apiRequest(`/initiatives/${encodeURIComponent(initiativeId)}/history`, {
    schema: initiativeHistorySchema,
    ...(signal ? { signal } : {}),
  });
}

/**
 * Keyed by the initiative's version too: the history is asked for again whenever the initiative shown moves on,
 * whatever became of the refresh a change started (one that answered before the change could be seen left the
 * history a version behind).
 */
export function getInitiativeHistoryQueryOptions(initiativeId: string, version: number) {
  return queryOptions({
    queryKey: [...getInitiativeQueryKey(initiativeId), 'history', version],
    queryFn: ({ signal }) => getInitiativeHistory(initiativeId, signal),
    // Visible to participants only; the section says so itself rather than sending people to sign in.
    meta: { handlesUnauthenticated: true },
    // The previous version's history stays on screen while the new one loads.
    placeholderData: keepPreviousData,
  });
}

export function useInitiativeHistory(initiativeId: string, version: number) {
  return useQuery(getInitiativeHistoryQueryOptions(initiativeId, version));
}
