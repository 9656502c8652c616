import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProvider } from './provider';
import { createQueryClient } from './query-client';
import { routes } from './router';
import { redirectToSignIn } from './sign-in-redirect';

const router = createBrowserRouter(routes);
const queryClient = createQueryClient({ onUnauthenticated: () => redirectToSignIn(router, queryClient) });

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
