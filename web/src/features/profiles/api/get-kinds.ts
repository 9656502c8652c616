import { kindsVersionSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** The mobilisation's current kinds of support: what an organisation can tag its needs and offers with. */
export function getKinds(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/kinds`, {
    schema: kindsVersionSchema,
    ...(signal ? { signal } : {}),
  });
}

export function getKindsQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'kinds'],
    queryFn: ({ signal }) => getKinds(mobilisationId, signal),
  });
}

/**
 * Tagging is optional, so a "sign in first" answer (the session ended, say by signing out on this page) leaves
 * the form without kinds to offer rather than sending the person to the sign-in page.
 */
export function useKinds(mobilisationId: string | undefined) {
  return useQuery({
    ...getKindsQueryOptions(mobilisationId ?? ''),
    enabled: !!mobilisationId,
    meta: { handlesUnauthenticated: true },
  });
}
