import { sessionSchema } from '@kraftsamling/shared';
import type { z } from 'zod';
import { ApiError, apiErrorFromResponse } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// The signed-in session's CSRF token, echoed on every change (`x-csrf-token`). `undefined` means "not asked
// yet"; `null` means there is no session. Sign-in and sign-out set it directly.
let csrfToken: string | null | undefined;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token;
}

async function currentCsrfToken(): Promise<string | null> {
  if (csrfToken !== undefined) return csrfToken;
  try {
    const response = await fetch('/api/session', { headers: { accept: 'application/json' } });
    const parsed = sessionSchema.safeParse(response.ok ? await response.json() : null);
    // Only a definite answer is remembered; a failed look-up is asked again next time.
    if (parsed.success) csrfToken = parsed.data.csrfToken;
    return parsed.success ? parsed.data.csrfToken : null;
  } catch {
    return null;
  }
}

type RequestOptions<S extends z.ZodType> = {
  schema: S;
  method?: Method;
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
};

function withQuery(path: string, query: RequestOptions<z.ZodType>['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * The one way the web talks to the API: every response is parsed with the shared schema it is promised to
 * match, and every failure becomes an `ApiError`, so components never see raw `Response`s or untyped JSON.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  options: RequestOptions<S>,
): Promise<z.output<S>> {
  const { schema, method = 'GET', body, query, signal } = options;
  const url = `/api${withQuery(path, query)}`;
  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') {
      const token = await currentCsrfToken();
      if (token) headers['x-csrf-token'] = token;
    }
    try {
      return await fetch(url, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      // An abort is TanStack Query cancelling a request nobody waits for; let it through untouched.
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('SERVICE_UNAVAILABLE', 'The server could not be reached.', {
        httpStatus: 0,
        offline: true,
      });
    }
  };

  let response = await send();
  let payload = await readJson(response);
  if (response.status === 403 && method !== 'GET') {
    // The session may have changed in another tab (signed in, out, or renewed): ask for its token once more.
    const before = csrfToken;
    csrfToken = undefined;
    if ((await currentCsrfToken()) !== before) {
      response = await send();
      payload = await readJson(response);
    }
  }
  if (!response.ok) throw apiErrorFromResponse(response.status, payload);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError('INTERNAL', `Unexpected response from ${method} ${path}`, {
      httpStatus: response.status,
      unexpected: true,
    });
  }
  return parsed.data;
}
