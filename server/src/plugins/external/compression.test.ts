import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import compression from './compression';

// A page of a read route: about 100 kB of JSON, as a page of 25 initiatives is (issue 12).
const page = JSON.stringify({
  items: Array.from({ length: 800 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `Föreningen ${i}`,
    text: 'Stöd i utvärdering av arbetssätt för unga vuxna i länet.',
  })),
});
const app = Fastify();
beforeAll(async () => {
  await app.register(compression);
  app.get('/page', async (_request, reply) => reply.type('application/json').send(page));
  app.get('/small', async () => ({ ok: true }));
  await app.ready();
});
afterAll(() => app.close());

describe('compressed answers', () => {
  it.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ] as const)('write a read page in %s in one piece, with its length', async (encoding, decompress) => {
    expect(page.length).toBeGreaterThan(64 * 1024);
    const res = await app.inject({ url: '/page', headers: { 'accept-encoding': encoding } });
    expect(res.headers['content-encoding']).toBe(encoding);
    // A known length: compressed in one call, not streamed in chunks.
    expect(res.headers['content-length']).toBe(String(res.rawPayload.length));
    expect(res.rawPayload.length).toBeLessThan(page.length / 4);
    expect(decompress(res.rawPayload).toString()).toBe(page);
  });

  it('leave a small answer as it is', async () => {
    const res = await app.inject({ url: '/small', headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json()).toEqual({ ok: true });
  });
});
