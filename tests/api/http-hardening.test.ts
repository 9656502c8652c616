import net from 'node:net';
import { buildApp } from '@kraftsamling/server/app';
import type { OutboxMessage } from '@kraftsamling/shared';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { createMobilisation, createOrganisation } from '../support/fixtures';

let t: TestApp;
let behindProxy: TestApp;
beforeAll(async () => {
  [t, behindProxy] = await Promise.all([
    createTestApp({ publicUrl: 'https://kraftsamling.example.se' }),
    createTestApp({ trustProxy: ['127.0.0.1'] }),
  ]);
});
afterAll(async () => {
  await Promise.all([t.close(), behindProxy.close()]);
});

describe('the Origin header of a sign-in', () => {
  it.each(['garbage', 'http://', 'https://[::1'])(
    'answers a malformed Origin %s with 400 and the usual error body',
    async (origin) => {
      const person = await t.createActor([]);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { origin, host: 'kraftsamling.example.se' },
        payload: { email: person.email, password: testPassword },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({
        error: {
          code: 'VALIDATION_FAILED',
          message: expect.stringContaining('Origin'),
          fields: [expect.objectContaining({ path: 'headers.origin' })],
        },
      });
      expect(res.cookies.find((c) => c.name === 'ks_session')).toBeUndefined();
    },
  );

  it('is compared with the host the trusted proxy was asked for', async () => {
    const person = await behindProxy.createActor([]);
    const res = await behindProxy.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: {
        origin: 'https://kraftsamling.example.se',
        host: '127.0.0.1:3000',
        'x-forwarded-host': 'kraftsamling.example.se',
        'x-forwarded-proto': 'https',
      },
      payload: { email: person.email, password: testPassword },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
});

describe('caching of answers about people', () => {
  it('forbids storing any API answer, signed in or not, success or error', async () => {
    const m = await createMobilisation(t);
    const org = await createOrganisation(t, m.id);
    const person = await t.createActor([]);
    const answers = await Promise.all([
      t.request({ method: 'GET', url: '/api/session' }, person),
      t.request({ method: 'GET', url: '/api/me/data' }, person),
      t.request({ method: 'GET', url: `/api/organisations/${org.organisation.id}/contacts` }),
      t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/members` }),
      t.request({ method: 'GET', url: '/api/me/data' }, null),
      t.request(
        { method: 'POST', url: '/api/session', payload: { email: person.email, password: testPassword } },
        null,
      ),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 401, 200]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });
});

describe('a password reset request', () => {
  const count = async (table: 'outbox' | 'password_resets') =>
    Number(
      (
        await t.app.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const queuedResets = () =>
    t.app.db
      .selectFrom('jobs')
      .select(['payload'])
      .where('kind', '=', 'password-reset')
      .where('status', '=', 'queued')
      .execute();
  const footprint = async () => ({
    outbox: await count('outbox'),
    resets: await count('password_resets'),
    queued: (await queuedResets()).length,
  });

  it('does the same work for an email with an account and one without, and mails only the account', async () => {
    await t.app.jobs.drain();
    const person = await t.createActor([]);
    const nobody = 'ingen-har-denna-adress@example.se';
    const ask = (email: string) =>
      t.request({ method: 'POST', url: '/api/password-resets', payload: { email } }, null);

    const start = await footprint();
    const known = await ask(person.email);
    const afterKnown = await footprint();
    const unknown = await ask(nobody);
    const afterUnknown = await footprint();

    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(unknown.body).toBe(known.body);
    // Each request queued one job and wrote nothing else: no reset row, no mail.
    expect(afterKnown).toEqual({ ...start, queued: start.queued + 1 });
    expect(afterUnknown).toEqual({ ...afterKnown, queued: afterKnown.queued + 1 });
    // The queue keeps no address anyone typed.
    for (const job of await queuedResets()) expect(JSON.stringify(job.payload)).not.toContain('@');

    await t.app.jobs.drain();
    const outbox = await t.request({ method: 'GET', url: '/api/admin/outbox?limit=100' });
    const mails = outbox.json<{ items: OutboxMessage[] }>().items;
    expect(mails.filter((m) => m.to === person.email)).toHaveLength(1);
    expect(mails.filter((m) => m.to === nobody)).toHaveLength(0);
    expect(await count('password_resets')).toBe(start.resets + 1);
  });
});

describe('a client that goes away', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const log: { level: number; msg: string; reqId?: string }[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({
      database: database.target,
      webDist: null,
      jobs: { autoStart: false },
      logger: {
        level: 'info',
        stream: { write: (line: string) => void log.push(JSON.parse(line)) },
      },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('is logged as a client that left, not as a database failure', async () => {
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const socket = net.connect(address.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // Half a body, then gone.
    socket.write(
      'POST /api/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 200\r\n\r\n{"email":"someone@example.se",',
    );
    await waitFor(
      () => log.some((l) => l.reqId !== undefined),
      () => socket.destroy(),
    );

    const lines = log.filter((l) => l.reqId !== undefined);
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [30, 'The client closed the connection before the request was answered.'],
    ]);
  });
});

/** Runs `act` and then waits until `done()` holds (an event, not a duration: the test asserts no timing). */
async function waitFor(done: () => boolean, act: () => void) {
  act();
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
}
