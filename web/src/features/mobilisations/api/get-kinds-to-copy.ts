import { kindsVersionSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getKindsToCopy(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/kinds`, {
    schema: kindsVersionSchema,
    ...(signal ? { signal } : {}),
  });
}

/**
 * Another mobilisation's current kinds, as a new one would copy them. Under that mobilisation's key, so a change
 * of its kinds refreshes this too.
 */
export function getKindsToCopyQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'kinds', 'to-copy'],
    queryFn: ({ signal }) => getKindsToCopy(mobilisationId, signal),
  });
}

export function useKindsToCopy(mobilisationId: string | null) {
  return useQuery({ ...getKindsToCopyQueryOptions(mobilisationId ?? ''), enabled: mobilisationId !== null });
}
