import { randomUUID } from 'node:crypto';
import { databaseFingerprint } from '@kraftsamling/db';
import { errorCodes } from '@kraftsamling/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation, createOrganisation, submitCompleteProfile } from '../support/fixtures';

let t: TestApp;
let ids: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const m = await createMobilisation(t);
  const joined = await createOrganisation(t, m.id);
  await submitCompleteProfile(t, joined.profileId);
  ids = {
    mobilisationId: m.id,
    organisationId: joined.organisation.id,
    profileId: joined.profileId,
    number: '1',
  };
});
afterAll(async () => {
  await t.close();
});

function expectClientError(res: LightMyRequestResponse, status?: number) {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  if (status) expect(res.statusCode, res.body).toBe(status);
  const body = res.json();
  expect(errorCodes, res.body).toContain(body.error?.code);
  expect(typeof body.error.message).toBe('string');
  return body.error as { code: string; fields?: { path: string; code: string; message: string }[] };
}

describe('bad input on named cases', () => {
  it('answers malformed JSON with MALFORMED_JSON', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/mobilisations',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": "x",',
    });
    expect(expectClientError(res, 400).code).toBe('MALFORMED_JSON');
  });

  it('answers a body that is not JSON with UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/mobilisations',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(expectClientError(res, 415).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a body over the size limit with PAYLOAD_TOO_LARGE', async () => {
    const res = await t.request({
      method: 'PUT',
      url: `/api/profiles/${ids.profileId}/draft`,
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ version: 1, content: { goals: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(expectClientError(res, 413).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('names every wrong or missing field', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${ids.mobilisationId}/organisations`,
      payload: { name: 42, sector: 'bank', county: 'Atlantis län' },
    });
    const error = expectClientError(res, 400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['body.county', 'body.name', 'body.sector']);
  });

  it('refuses text over the limits of a profile', async () => {
    const res = await t.request({
      method: 'PUT',
      url: `/api/profiles/${ids.profileId}/draft`,
      payload: {
        version: 1,
        content: { goals: 'x'.repeat(4001), needs: [{ id: randomUUID(), text: 'y'.repeat(2001) }] },
      },
    });
    const error = expectClientError(res, 400);
    expect(error.fields?.map((f) => f.path).sort()).toEqual([
      'body.content.goals',
      'body.content.needs.0.text',
    ]);
  });

  it('refuses control characters in text', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${ids.mobilisationId}/organisations`,
      payload: { name: 'Före\u0000ningen', sector: 'kommun', county: 'Skåne län' },
    });
    expect(expectClientError(res, 400).fields?.[0]?.path).toBe('body.name');
  });

  it('answers unknown ids with NOT_FOUND and malformed ids with VALIDATION_FAILED', async () => {
    for (const url of [
      `/api/mobilisations/${randomUUID()}`,
      `/api/organisations/${randomUUID()}`,
      `/api/profiles/${randomUUID()}`,
      `/api/profiles/${randomUUID()}/revisions`,
      `/api/mobilisations/${randomUUID()}/organisations`,
    ]) {
      expect(expectClientError(await t.request({ method: 'GET', url }), 404).code).toBe('NOT_FOUND');
    }
    const malformed = await t.request({ method: 'GET', url: '/api/profiles/not-a-uuid' });
    expect(expectClientError(malformed, 400).fields?.[0]?.path).toBe('params.profileId');
    const submitUnknown = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${randomUUID()}/organisations`,
      payload: { name: 'X', sector: 'kommun', county: 'Skåne län' },
    });
    expect(expectClientError(submitUnknown, 404).code).toBe('NOT_FOUND');
  });

  it('answers unknown routes under /api with a JSON NOT_FOUND', async () => {
    const res = await t.request({ method: 'GET', url: '/api/nothing-here' });
    expect(expectClientError(res, 404).code).toBe('NOT_FOUND');
  });
});

describe('bad input on every route', () => {
  type Operation = { method: string; path: string; hasBody: boolean };

  async function operations(): Promise<Operation[]> {
    const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    return Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        hasBody: !!op.requestBody,
      })),
    );
  }

  const fill = (path: string, value: (name: string) => string) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(value(name)));

  const junkBodies: { payload: string; contentType: string }[] = [
    { payload: '{"version":', contentType: 'application/json' },
    { payload: '', contentType: 'application/json' },
    { payload: 'null', contentType: 'application/json' },
    { payload: '[]', contentType: 'application/json' },
    { payload: '"text"', contentType: 'application/json' },
    { payload: '12345678901234567890', contentType: 'application/json' },
    {
      payload: '{"version":"1","name":[],"goals":{},"content":"x","slug":null}',
      contentType: 'application/json',
    },
    { payload: '{"version":-1,"content":{"needs":[{"id":1}]}}', contentType: 'application/json' },
    {
      payload: '{"__proto__":{"admin":true},"constructor":{"prototype":{}}}',
      contentType: 'application/json',
    },
    { payload: JSON.stringify({ version: 1, name: 'x'.repeat(100_000) }), contentType: 'application/json' },
    { payload: '<xml/>', contentType: 'application/xml' },
    { payload: 'a=b', contentType: 'application/x-www-form-urlencoded' },
  ];
  const junkParams = [
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000g',
    "'; drop table profiles; --",
    '../../etc',
    'é'.repeat(300),
    '-1',
    '1e400',
  ];
  const junkQueries = [
    'limit=abc',
    'limit=-5&offset=-1',
    'limit=1000000',
    'status=secret',
    `q=${'a'.repeat(5000)}`,
    'sector=bank&county=x',
    'limit[]=1',
    'q=%00',
  ];

  it('never answers a 5xx and never writes anything on malformed requests', async () => {
    const before = await databaseFingerprint(t.app.db);
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(5);
    let requests = 0;
    for (const op of ops) {
      if (op.path === '/api/openapi.json' || op.path.startsWith('/api/docs')) continue;
      const validUrl = fill(op.path, (name) => ids[name] ?? randomUUID());
      for (const junk of op.path.includes('{') ? junkParams : []) {
        const url = fill(op.path, () => junk);
        const res = await t.request({
          method: op.method as 'GET',
          url,
          payload: op.hasBody ? {} : undefined,
        });
        expect(res.statusCode, `${op.method} ${url}`).toBeLessThan(500);
        requests++;
        expectClientError(res);
      }
      if (op.hasBody) {
        for (const body of junkBodies) {
          const res = await t.request({
            method: op.method as 'POST',
            url: validUrl,
            headers: { 'content-type': body.contentType },
            payload: body.payload,
          });
          requests++;
          expectClientError(res);
        }
      } else {
        for (const query of junkQueries) {
          const res = await t.request({ method: op.method as 'GET', url: `${validUrl}?${query}` });
          requests++;
          expect(res.statusCode, `${op.method} ${validUrl}?${query}: ${res.body}`).toBeLessThan(500);
        }
      }
    }
    expect(requests).toBeGreaterThan(100);
    expect(await databaseFingerprint(t.app.db)).toEqual(before);
  });
});
