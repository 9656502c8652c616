import { type ProfileContent, profileSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getProfileQueryOptions } from './get-profile';

export type SaveDraftInput = { version: number; content: ProfileContent };

export function saveDraft(profileId: string, input: SaveDraftInput) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}/draft`, {
    method: 'PUT',
    schema: profileSchema,
    body: input,
  });
}

export function useSaveDraft(profileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveDraftInput) => saveDraft(profileId, input),
    onSuccess: (profile) => queryClient.setQueryData(getProfileQueryOptions(profileId).queryKey, profile),
  });
}
