import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../app/provider';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/router';
import { redirectToSignIn } from '../app/sign-in-redirect';

/** The whole app (shell, routes, providers) at one address, as a person would open it. */
export function renderApp(url: string) {
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
  return { ...view, router, user, queryClient };
}
