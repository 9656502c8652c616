import { type InitiativeState, type InitiativeStatus, initiativeListSchema } from '@kraftsamling/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type InitiativeFilter = { state: InitiativeState; goal?: string; status?: InitiativeStatus };

export function getInitiatives(mobilisationId: string, filter: InitiativeFilter, signal?: AbortSignal) {
  return apiRequest(`/mobilisations/${encodeURIComponent(mobilisationId)}/initiatives`, {
    schema: initiativeListSchema,
    query: filter,
    ...(signal ? { signal } : {}),
  });
}

/** Every list of a mobilisation's initiatives (listed, proposed, discarded; any filter) sits under this key. */
export function getInitiativesQueryKey(mobilisationId: string) {
  return ['mobilisations', mobilisationId, 'initiatives'] as const;
}

export function getInitiativesQueryOptions(mobilisationId: string, filter: InitiativeFilter) {
  return queryOptions({
    queryKey: [...getInitiativesQueryKey(mobilisationId), filter],
    queryFn: ({ signal }) => getInitiatives(mobilisationId, filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useInitiatives(
  mobilisationId: string,
  filter: InitiativeFilter,
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    ...getInitiativesQueryOptions(mobilisationId, filter),
    enabled: options.enabled ?? true,
  });
}
