import { profileSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { getProfileQueryOptions } from './get-profile';
import { getRevisionsQueryOptions } from './get-revisions';

export function submitProfile(profileId: string, version: number) {
  return apiRequest(`/profiles/${encodeURIComponent(profileId)}/submit`, {
    method: 'POST',
    schema: profileSchema,
    body: { version },
  });
}

export function useSubmitProfile(profileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => submitProfile(profileId, version),
    onSuccess: async (profile) => {
      queryClient.setQueryData(getProfileQueryOptions(profileId).queryKey, profile);
      await queryClient.invalidateQueries({ queryKey: getRevisionsQueryOptions(profileId).queryKey });
    },
  });
}
