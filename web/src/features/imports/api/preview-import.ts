import { type ImportOptions, importPreviewSchema } from '@kraftsamling/shared';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function previewImport(mobilisationId: string, options: ImportOptions) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/imports/preview`, {
    method: 'POST',
    schema: importPreviewSchema,
    body: options,
  });
}

export function usePreviewImport(mobilisationId: string) {
  return useMutation({ mutationFn: (options: ImportOptions) => previewImport(mobilisationId, options) });
}
