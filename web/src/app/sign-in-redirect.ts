import type { QueryClient } from '@tanstack/react-query';
import { signInPath } from '../lib/access';
import { sessionQueryKey } from '../lib/session';

type AppRouter = {
  state: { location: { pathname: string; search: string; hash: string } };
  navigate: (to: string, options?: { replace?: boolean }) => Promise<void> | void;
};

/**
 * A request answered "sign in first": the session may have ended in the meantime, so it is asked for again,
 * and the person goes to the sign-in page, which brings them back here afterwards.
 */
export function redirectToSignIn(router: AppRouter, queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  const { pathname, search, hash } = router.state.location;
  if (pathname === '/sign-in') return;
  void router.navigate(signInPath(`${pathname}${search}${hash}`), { replace: true });
}
