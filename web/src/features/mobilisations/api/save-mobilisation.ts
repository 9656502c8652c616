import { type CreateMobilisation, mobilisationSchema, type UpdateMobilisation } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Starting and changing a mobilisation refresh every list and page that shows mobilisations. */
export function useCreateMobilisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mobilisation: CreateMobilisation) =>
      apiRequest('/mobilisations', { method: 'POST', schema: mobilisationSchema, body: mobilisation }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mobilisations'] }),
  });
}

export function useUpdateMobilisation(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: UpdateMobilisation) =>
      apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}`, {
        method: 'PATCH',
        schema: mobilisationSchema,
        body: patch,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mobilisations'] }),
  });
}
