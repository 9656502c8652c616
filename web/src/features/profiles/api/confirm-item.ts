import { confirmedItemSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getProfileQueryOptions } from './get-profile';

/** "Gäller fortfarande": the entry is current from now, and a lapsed one is back in matching. */
export function confirmItem(profileId: string, itemId: string) {
  return apiRequest(
    `/profiles/${encodeURIComponent(profileId)}/items/${encodeURIComponent(itemId)}/confirm`,
    {
      method: 'POST',
      schema: confirmedItemSchema,
    },
  );
}

export function useConfirmItem(profileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) => confirmItem(profileId, itemId),
    // The profile, its currency and its matches are read again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getProfileQueryOptions(profileId).queryKey }),
  });
}
