import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '../lib/api-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 404 or a validation error will not change by asking again; a dropped connection might.
        retry: (failureCount, error) => failureCount < 2 && isRetryable(error),
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
}
