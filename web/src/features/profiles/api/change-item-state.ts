import { type ChangeItemState, itemStatusSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getProfileQueryOptions } from './get-profile';

/** Met, withdrawn or open again: no new submission, and the organisation is matched again on the server. */
export function changeItemState(profileId: string, itemId: string, change: ChangeItemState) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}/items/${encodeURIComponent(itemId)}/state`, {
    method: 'POST',
    schema: itemStatusSchema,
    body: change,
  });
}

export function useChangeItemState(profileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, change }: { itemId: string; change: ChangeItemState }) =>
      changeItemState(profileId, itemId, change),
    // The profile's states and everything read under it (its matches) are read again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: getProfileQueryOptions(profileId).queryKey }),
  });
}
