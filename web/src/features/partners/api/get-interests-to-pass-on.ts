import { interestToPassOnListSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getInterestsToPassOn(mobilisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/interests/to-pass-on`, {
    schema: interestToPassOnListSchema,
    ...(signal ? { signal } : {}),
  });
}

export const getInterestsToPassOnQueryKey = (mobilisationId: string) =>
  ['mobilisations', mobilisationId, 'interests-to-pass-on'] as const;

/** Interests that reached nobody at the receiving organisation: the coordinators pass them on. */
export function getInterestsToPassOnQueryOptions(mobilisationId: string) {
  return queryOptions({
    queryKey: getInterestsToPassOnQueryKey(mobilisationId),
    queryFn: ({ signal }) => getInterestsToPassOn(mobilisationId, signal),
  });
}

export function useInterestsToPassOn(mobilisationId: string, enabled: boolean) {
  return useQuery({ ...getInterestsToPassOnQueryOptions(mobilisationId), enabled });
}
