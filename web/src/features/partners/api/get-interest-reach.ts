import { interestReachSchema } from '@kraftsamling/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Whom an interest to the organisation would reach: its members, its consenting contacts, or the coordinators. */
export function getInterestReach(mobilisationId: string, toOrganisationId: string, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/interests/reach`, {
    schema: interestReachSchema,
    query: { toOrganisationId },
    ...(signal ? { signal } : {}),
  });
}

export function getInterestReachQueryOptions(mobilisationId: string, toOrganisationId: string) {
  return queryOptions({
    queryKey: ['mobilisations', mobilisationId, 'interest-reach', toOrganisationId],
    queryFn: ({ signal }) => getInterestReach(mobilisationId, toOrganisationId, signal),
  });
}

/** Asked only while the form is open: the answer is shown before the person sends. */
export function useInterestReach(mobilisationId: string, toOrganisationId: string, enabled: boolean) {
  return useQuery({ ...getInterestReachQueryOptions(mobilisationId, toOrganisationId), enabled });
}
