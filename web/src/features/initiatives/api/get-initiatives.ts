import {
  type InitiativeState,
  type InitiativeStatus,
  type InitiativeSummary,
  initiativeListSchema,
} from '@kraftsamling/shared';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export type InitiativeFilter = {
  state: InitiativeState;
  goal?: string;
  status?: InitiativeStatus;
  /** Every participant of each initiative (printing), not the first few a list shows. */
  participants?: 'all';
};

/** Initiatives per page of the list: a page shows quickly however long the list grows. */
export const initiativePageSize = 25;

export function getInitiativePage(
  mobilisationId: string,
  filter: InitiativeFilter & { limit: number; after?: string },
  signal?: AbortSignal,
) {
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

/** The list page by page ("Visa fler" asks for the next). */
export function getInitiativePagesQueryOptions(mobilisationId: string, filter: InitiativeFilter) {
  return infiniteQueryOptions({
    queryKey: [...getInitiativesQueryKey(mobilisationId), 'pages', filter],
    queryFn: ({ pageParam, signal }) =>
      getInitiativePage(
        mobilisationId,
        { ...filter, limit: initiativePageSize, ...(pageParam ? { after: pageParam } : {}) },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useInitiativePages(mobilisationId: string, filter: InitiativeFilter) {
  const query = useInfiniteQuery(getInitiativePagesQueryOptions(mobilisationId, filter));
  const items: InitiativeSummary[] = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { ...query, items };
}

/** The whole list, every page read in turn: for printing it, and for choosing an initiative to merge with. */
export function getInitiativesQueryOptions(mobilisationId: string, filter: InitiativeFilter) {
  return queryOptions({
    queryKey: [...getInitiativesQueryKey(mobilisationId), 'all', filter],
    queryFn: async ({ signal }) => {
      const items: InitiativeSummary[] = [];
      let after: string | null = null;
      do {
        const page = await getInitiativePage(
          mobilisationId,
          { ...filter, limit: 100, ...(after ? { after } : {}) },
          signal,
        );
        items.push(...page.items);
        after = page.nextCursor;
      } while (after);
      return { items };
    },
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
