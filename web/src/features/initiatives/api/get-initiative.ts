import { type Initiative, initiativeSchema } from '@kraftsamling/shared';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getInitiativesQueryKey } from './get-initiatives';

export function getInitiative(initiativeId: string, signal?: AbortSignal) {
  return apiRequest(`/initiatives/${encodeURIComponent(initiativeId)}`, {
    schema: initiativeSchema,
    ...(signal ? { signal } : {}),
  });
}

/** The initiative and, below it, its history: refreshing the one refreshes the other. */
export function getInitiativeQueryKey(initiativeId: string) {
  return ['initiatives', initiativeId] as const;
}

export function getInitiativeQueryOptions(initiativeId: string) {
  return queryOptions({
    queryKey: getInitiativeQueryKey(initiativeId),
    queryFn: ({ signal }) => getInitiative(initiativeId, signal),
  });
}

export function useInitiative(initiativeId: string) {
  return useQuery(getInitiativeQueryOptions(initiativeId));
}

/**
 * After any change: the changed initiative is stored as the server returned it, and everything that lists or
 * describes initiatives of the mobilisation (lists, the other side of a merge or split, histories) is asked for
 * again.
 */
export async function afterInitiativeChange(queryClient: QueryClient, changed: Initiative): Promise<void> {
  queryClient.setQueryData(getInitiativeQueryKey(changed.id), changed);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: getInitiativesQueryKey(changed.mobilisationId) }),
    queryClient.invalidateQueries({ queryKey: ['initiatives'] }),
  ]);
}

/** Asks again for everything about a mobilisation's initiatives: after a conflict, the latest versions. */
export async function reloadInitiatives(queryClient: QueryClient, mobilisationId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: getInitiativesQueryKey(mobilisationId) }),
    queryClient.invalidateQueries({ queryKey: ['initiatives'] }),
  ]);
}
