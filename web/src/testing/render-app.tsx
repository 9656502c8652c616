import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../app/provider';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/router';
import { redirectToSignIn } from '../app/sign-in-redirect';

type TestRouter = ReturnType<typeof createMemoryRouter>;

/** Resolves once the router has loaded the code of the page at its address (each page is a lazy chunk). */
function pageLoaded(router: TestRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * The whole app (shell, routes, providers) at one address, as a person would open it. Resolves when the page's
 * code has loaded, so a test's first `findBy…` waits only for the page's data, however busy the machine is.
 */
export async function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient: QueryClient = createQueryClient({
    retry: false,
    onUnauthenticated: () => redirectToSignIn(router, queryClient),
  });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  await pageLoaded(router);
  return { ...view, router, user, queryClient };
}
