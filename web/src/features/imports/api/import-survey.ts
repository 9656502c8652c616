import { type ImportRequest, importResultSchema, importRunStartedSchema } from '@kraftsamling/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

/** A small file is imported on the request (its result); a large one is queued as a run to follow. */
const importAnswerSchema = z.union([importResultSchema, importRunStartedSchema]);

export function importSurvey(mobilisationId: string, request: ImportRequest) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/imports`, {
    method: 'POST',
    schema: importAnswerSchema,
    body: request,
  });
}

export function useImportSurvey(mobilisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => importSurvey(mobilisationId, request),
    // The mobilisation's organisations, map and lists changed (or will, when a queued run ends).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['mobilisations', mobilisationId] }),
  });
}
