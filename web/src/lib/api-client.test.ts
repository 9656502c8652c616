import { mobilisationListSchema, profileSchema } from '@kraftsamling/shared';
import { describe, expect, it, vi } from 'vitest';
import { apiRequest } from './api-client';
import { ApiError, isNotFound, isRetryable } from './api-error';

function respond(status: number, body: string, contentType = 'application/json') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, headers: { 'content-type': contentType } })),
  );
}

describe('the API client', () => {
  it('reads a conflict as a typed error with the version now stored', async () => {
    respond(
      409,
      JSON.stringify({
        error: { code: 'VERSION_CONFLICT', message: 'Changed by someone else.', currentVersion: 7 },
      }),
    );
    const error = await apiRequest('/profiles/x/draft', {
      method: 'PUT',
      body: {},
      schema: profileSchema,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: 7,
      httpStatus: 409,
      status: 409,
    });
  });

  it('keeps the field errors of a validation failure', async () => {
    const fields = [{ path: 'body.content.needs.2.text', code: 'too_big', message: 'Too big' }];
    respond(400, JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'Not valid.', fields } }));
    await expect(apiRequest('/x', { schema: profileSchema })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields,
    });
  });

  it('treats a malformed id in the address as not found, since there is nothing to show', async () => {
    const fields = [{ path: 'params.profileId', code: 'invalid_format', message: 'Invalid UUID' }];
    respond(400, JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'Not valid.', fields } }));
    const error = await apiRequest('/profiles/nope', { schema: profileSchema }).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
  });

  it('turns a proxy error page into a typed, retryable error', async () => {
    respond(502, '<html>Bad gateway</html>', 'text/html');
    const error = await apiRequest('/mobilisations', { schema: mobilisationListSchema }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'SERVICE_UNAVAILABLE', unexpected: true, httpStatus: 502 });
    expect(isRetryable(error)).toBe(true);
  });

  it('reports a dropped connection as offline', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await apiRequest('/mobilisations', { schema: mobilisationListSchema }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ offline: true, httpStatus: 0 });
    expect(isRetryable(error)).toBe(true);
  });

  it('refuses a success response that does not match the contract', async () => {
    respond(200, JSON.stringify({ items: [{ id: 'not-a-mobilisation' }] }));
    await expect(apiRequest('/mobilisations', { schema: mobilisationListSchema })).rejects.toMatchObject({
      code: 'INTERNAL',
      unexpected: true,
    });
  });

  it('sends the session’s CSRF token with a change, asking the server for it once', async () => {
    const sent: { url: string; headers: HeadersInit | undefined }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
        sent.push({ url: String(input), headers: init?.headers });
        const body =
          String(input) === '/api/session' ? { user: null, csrfToken: 'token-from-session' } : { items: [] };
        return new Response(JSON.stringify(body), { status: 200 });
      }),
    );
    await apiRequest('/x', { method: 'POST', body: {}, schema: mobilisationListSchema });
    await apiRequest('/x', { method: 'POST', body: {}, schema: mobilisationListSchema });
    expect(sent.map((s) => s.url)).toEqual(['/api/session', '/api/x', '/api/x']);
    expect(sent[1]?.headers).toMatchObject({ 'x-csrf-token': 'token-from-session' });
    expect(sent[2]?.headers).toMatchObject({ 'x-csrf-token': 'token-from-session' });
  });

  it('sends query parameters and leaves out empty ones', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ items: [] }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await apiRequest('/mobilisations', {
      schema: mobilisationListSchema,
      query: { q: 'unga vuxna', sector: undefined, county: '', limit: 20 },
    });
    expect(fetchMock).toHaveBeenCalledWith('/api/mobilisations?q=unga+vuxna&limit=20', expect.anything());
  });
});
