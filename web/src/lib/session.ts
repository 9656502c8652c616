import { type Session, sessionSchema } from '@kraftsamling/shared';
import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiRequest, setCsrfToken } from './api-client';

/**
 * Who is signed in. What every other request answers depends on it (a profile's draft, contacts, matches), so
 * whenever it changes the rest of the cache is thrown away and asked for again.
 */
export const sessionQueryKey = ['session'] as const;

export async function getSession(signal?: AbortSignal): Promise<Session> {
  const session = await apiRequest('/session', { schema: sessionSchema, ...(signal ? { signal } : {}) });
  setCsrfToken(session.csrfToken);
  return session;
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 60_000,
  });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

export const signedOut: Session = { user: null, csrfToken: null };

/** Takes a session the server just handed out (sign-in, sign-out, a new password, an accepted invitation). */
export function applySession(queryClient: QueryClient, session: Session): Promise<void> {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionQueryKey, session);
  // Reset rather than invalidate: data seen as someone else must not linger, not even while it refetches.
  return queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}

export function useApplySession(): (session: Session) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback((session: Session) => applySession(queryClient, session), [queryClient]);
}
