import type { ErrorResponse, Session } from '@kraftsamling/shared';
import { vi } from 'vitest';

export type ApiCall = { method: string; path: string; query: URLSearchParams; body: unknown };
type Reply = { status?: number; body: unknown } | Promise<{ status?: number; body: unknown }>;
export type Route = { method: string; path: string | RegExp; reply: (call: ApiCall) => Reply };

/**
 * A fake API at the network boundary: `fetch` is the only thing replaced, so the app's own client, schemas and
 * error handling all run for real. Unknown routes answer 404 in the API's error shape and are recorded.
 */
export function mockApi(routes: Route[]) {
  const calls: ApiCall[] = [];
  const unmatched: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.replace(/^\/api/, '');
    const call: ApiCall = {
      method,
      path,
      query: url.searchParams,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    if (
      method === 'GET' &&
      path === '/session' &&
      !routes.some((r) => r.method === 'GET' && r.path === '/session')
    ) {
      // Nobody is signed in unless a test says otherwise.
      return json(200, { user: null, csrfToken: null });
    }
    if (
      method === 'GET' &&
      path === '/me/notifications' &&
      !routes.some((r) => r.method === 'GET' && r.path === '/me/notifications')
    ) {
      // The header asks on every page for a signed-in person; nobody has notices unless a test says otherwise.
      return json(200, { items: [], unread: 0 });
    }
    const route = routes.find(
      (r) => r.method === method && (typeof r.path === 'string' ? r.path === path : r.path.test(path)),
    );
    if (!route) {
      unmatched.push(`${method} ${path}`);
      return json(404, {
        error: { code: 'NOT_FOUND', message: `No route ${method} ${path}` },
      } satisfies ErrorResponse);
    }
    const { status = 200, body } = await route.reply(call);
    return json(status, body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    calls,
    unmatched,
    callsTo: (method: string, path: string | RegExp) =>
      calls.filter(
        (c) => c.method === method && (typeof path === 'string' ? c.path === path : path.test(c.path)),
      ),
  };
}

function json(status: number, body: unknown): Response {
  // A 204 has no body, as the server sends it (and as `Response` insists).
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function apiError(
  status: number,
  error: ErrorResponse['error'],
): { status: number; body: ErrorResponse } {
  return { status, body: { error } };
}

/** `GET /session` answering with whoever the test says is signed in (by default nobody is). */
export function sessionRoute(session: Session | (() => Session)): Route {
  return {
    method: 'GET',
    path: '/session',
    reply: () => ({ body: typeof session === 'function' ? session() : session }),
  };
}

/** The common reads every page shell makes: the mobilisation list and one mobilisation. */
export function mobilisationRoutes(mobilisation: unknown): Route[] {
  return [
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [mobilisation] } }) },
    { method: 'GET', path: /^\/mobilisations\/[^/]+$/, reply: () => ({ body: mobilisation }) },
  ];
}
