import { kindTemplateListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getKindTemplates(signal?: AbortSignal) {
  return apiRequest('/kind-templates', { schema: kindTemplateListSchema, ...(signal ? { signal } : {}) });
}

/** The templates a new mobilisation's kinds of support start from; they change only with a new release. */
export function getKindTemplatesQueryOptions() {
  return queryOptions({
    queryKey: ['kind-templates'],
    queryFn: ({ signal }) => getKindTemplates(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useKindTemplates() {
  return useQuery(getKindTemplatesQueryOptions());
}
