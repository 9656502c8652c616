import { itemStatusSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getInitiativeQueryKey } from './get-initiative';

/**
 * A linked need (or offer) marked met through this initiative, in one step from the initiative, or opened
 * again. The state lives on the item (its profile's route); the initiative and the overview read it.
 */
export function markItemMet(profileId: string, itemId: string, initiativeId: string, met: boolean) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}/items/${encodeURIComponent(itemId)}/state`, {
    method: 'POST',
    schema: itemStatusSchema,
    body: met ? { state: 'met', metBy: { kind: 'initiative', initiativeId } } : { state: 'open' },
  });
}

export function useMarkItemMet(initiativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ profileId, itemId, met }: { profileId: string; itemId: string; met: boolean }) =>
      markItemMet(profileId, itemId, initiativeId, met),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: getInitiativeQueryKey(initiativeId) }),
        // The organisation's page and the overview count it too.
        queryClient.invalidateQueries({ queryKey: ['profiles'] }),
        queryClient.invalidateQueries({
          predicate: (query) => query.queryKey[0] === 'mobilisations' && query.queryKey[2] === 'overview',
        }),
      ]),
  });
}
