import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isRetryable, isUnauthenticated } from '../lib/api-error';

declare module '@tanstack/react-query' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: TanStack Query's Register is extended by declaration merging
  interface Register {
    queryMeta: QueryMeta;
    mutationMeta: QueryMeta;
  }
}

type QueryMeta = {
  /**
   * The caller shows its own answer to "not signed in" (e.g. "visible to participants") instead of the app
   * sending the person to the sign-in page.
   */
  handlesUnauthenticated?: boolean;
};

type Options = {
  /** A request answered "sign in first": the session has ended or the page needs one. */
  onUnauthenticated?: () => void;
  /** Tests turn retries off so failures show at once. */
  retry?: boolean;
};

export function createQueryClient({ onUnauthenticated, retry = true }: Options = {}): QueryClient {
  const unauthenticated = (error: unknown, meta: QueryMeta | undefined) => {
    if (isUnauthenticated(error) && !meta?.handlesUnauthenticated) onUnauthenticated?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => unauthenticated(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => unauthenticated(error, mutation.meta),
    }),
    defaultOptions: {
      queries: {
        // A 404 or a validation error will not change by asking again; a dropped connection might.
        retry: retry ? (failureCount, error) => failureCount < 2 && isRetryable(error) : false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}
