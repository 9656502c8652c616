import type { z } from 'zod';
import { ApiError, apiErrorFromResponse } from './api-error';

type RequestOptions<S extends z.ZodType> = {
  schema: S;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
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
  let response: Response;
  try {
    response = await fetch(`/api${withQuery(path, query)}`, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
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
  const payload = await readJson(response);
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
