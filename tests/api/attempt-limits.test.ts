import { openDatabaseTarget } from '@kraftsamling/db';
import { buildApp } from '@kraftsamling/server/app';
import type { OutboxMessage } from '@kraftsamling/shared';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../support/app';
import { testDatabaseKind } from '../support/database';

// The policy these tests hold (decision 013): a password is checked at most 10 times per account and address
// in a burst; an address gets 100 failed checks; a reset is mailed at most 5 times an hour to one email.
const pairBurst = 10;
const addressCeiling = 100;
const resetsPerEmail = 5;

let t: TestApp;
let behindProxy: TestApp;
beforeAll(async () => {
  [t, behindProxy] = await Promise.all([createTestApp(), createTestApp({ trustProxy: ['127.0.0.1'] })]);
});
afterAll(async () => {
  await Promise.all([t.close(), behindProxy.close()]);
});

let nextAddress = 1;
/** Every test signs in from addresses of its own, so that one test's failures do not count in another. */
const newAddress = () => `198.51.100.${nextAddress++}`;

function signIn(app: TestApp, email: string, password: string, from: Partial<InjectOptions> = {}) {
  return app.request({ method: 'POST', url: '/api/session', payload: { email, password }, ...from }, null);
}

const statuses = (codes: number[]) =>
  codes.reduce<Record<number, number>>((acc, code) => {
    acc[code] = (acc[code] ?? 0) + 1;
    return acc;
  }, {});

/** Serves the app on a real port (once), so that requests arrive over their own connections, truly at once. */
async function listen(app: FastifyInstance): Promise<string> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

async function post(url: string, body: unknown): Promise<number> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

const postSignIn = (baseUrl: string, email: string, password: string) =>
  post(`${baseUrl}/api/session`, { email, password });

describe('attempts arriving at the same time', () => {
  it('checks no more passwords than the limit allows when 200 sign-ins for one account arrive at once', async () => {
    const person = await t.createActor([]);
    const baseUrl = await listen(t.app);
    const passwords = Array.from({ length: 200 }, (_, i) => (i === 199 ? testPassword : `wrong ${i}`));

    const codes = await Promise.all(passwords.map((p) => postSignIn(baseUrl, person.email, p)));

    const counted = statuses(codes);
    // Every password that was checked answered 401 (or 200 for the right one); the rest were refused unread.
    expect((counted[401] ?? 0) + (counted[200] ?? 0)).toBe(pairBurst);
    expect(counted[429]).toBe(200 - pairBurst);
  });

  it.runIf(testDatabaseKind === 'postgres')(
    'holds the limit across two server instances on one database',
    async () => {
      const person = await t.createActor([]);
      const second = await buildApp({
        database: await openDatabaseTarget({ databaseUrl: t.databaseUrl ?? '' }),
        webDist: null,
        jobs: { autoStart: false },
      });
      try {
        const urls = [await listen(t.app), await listen(second)];
        const codes = await Promise.all(
          Array.from({ length: 100 }, (_, i) => postSignIn(urls[i % 2] ?? '', person.email, `wrong ${i}`)),
        );
        expect(statuses(codes)).toEqual({ 401: pairBurst, 429: 100 - pairBurst });
      } finally {
        await second.close();
      }
    },
  );

  it('mails no more password resets than the limit when 30 requests for one address arrive at once', async () => {
    const person = await t.createActor([]);
    const baseUrl = await listen(t.app);

    const codes = await Promise.all(
      Array.from({ length: 30 }, () => post(`${baseUrl}/api/password-resets`, { email: person.email })),
    );
    await t.app.jobs.drain();

    expect(statuses(codes)).toEqual({ 202: resetsPerEmail, 429: 30 - resetsPerEmail });
    const outbox = await t.request({ method: 'GET', url: '/api/admin/outbox?limit=100' });
    const mails = outbox.json<{ items: OutboxMessage[] }>().items.filter((m) => m.to === person.email);
    expect(mails).toHaveLength(resetsPerEmail);
  });
});

describe('who a limit can keep out', () => {
  it('lets a person in from another address while someone guesses their password elsewhere', async () => {
    const person = await t.createActor([]);
    const attacker = { remoteAddress: newAddress() };
    for (let i = 0; i < pairBurst + 2; i++) await signIn(t, person.email, `guess ${i}`, attacker);

    expect((await signIn(t, person.email, testPassword, attacker)).statusCode).toBe(429);
    expect((await signIn(t, person.email, testPassword, { remoteAddress: newAddress() })).statusCode).toBe(
      200,
    );
  });

  it('does not count refused attempts against the address, so guessing one account keeps nobody else out', async () => {
    const person = await t.createActor([]);
    const colleague = await t.createActor([]);
    const office = { remoteAddress: newAddress() };

    const codes = await Promise.all(
      Array.from({ length: 150 }, (_, i) => signIn(t, person.email, `guess ${i}`, office)),
    );
    expect(statuses(codes.map((r) => r.statusCode))).toEqual({ 401: pairBurst, 429: 150 - pairBurst });

    expect((await signIn(t, colleague.email, testPassword, office)).statusCode).toBe(200);
  });

  it('keeps no one with the right password out of an address where 50 sign-ins failed; only a flood does', async () => {
    const victims = await Promise.all(Array.from({ length: 10 }, () => t.createActor([])));
    const admin = await t.createActor([], { platformAdmin: true });
    const bystander = await t.createActor([]);
    const office = { remoteAddress: newAddress() };
    const failAll = (accounts: typeof victims) =>
      Promise.all(
        accounts.flatMap((v) =>
          Array.from({ length: pairBurst }, (_, i) => signIn(t, v.email, `guess ${i}`, office)),
        ),
      );

    const first = await failAll(victims.slice(0, 5));
    expect(first.every((r) => r.statusCode === 401)).toBe(true);
    expect((await signIn(t, admin.email, testPassword, office)).statusCode).toBe(200);

    // A flood of wrong passwords across many accounts reaches the address's ceiling.
    const second = await failAll(victims.slice(5));
    expect(second.every((r) => r.statusCode === 401)).toBe(true);
    expect(first.length + second.length).toBe(addressCeiling);
    expect((await signIn(t, bystander.email, testPassword, office)).statusCode).toBe(429);
    expect((await signIn(t, bystander.email, testPassword, { remoteAddress: newAddress() })).statusCode).toBe(
      200,
    );
  });

  it('tells apart the people behind a trusted proxy by X-Forwarded-For', async () => {
    const person = await behindProxy.createActor([]);
    const viaProxy = (client: string) => ({ headers: { 'x-forwarded-for': client } });
    const attacker = viaProxy(newAddress());
    for (let i = 0; i < pairBurst; i++) await signIn(behindProxy, person.email, `guess ${i}`, attacker);

    expect((await signIn(behindProxy, person.email, testPassword, attacker)).statusCode).toBe(429);
    expect((await signIn(behindProxy, person.email, testPassword, viaProxy(newAddress()))).statusCode).toBe(
      200,
    );
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const person = await t.createActor([]);
    const direct = newAddress();
    for (let i = 0; i < pairBurst; i++) {
      const spoofed = { remoteAddress: direct, headers: { 'x-forwarded-for': newAddress() } };
      expect((await signIn(t, person.email, `guess ${i}`, spoofed)).statusCode).toBe(401);
    }
    const spoofed = { remoteAddress: direct, headers: { 'x-forwarded-for': newAddress() } };
    expect((await signIn(t, person.email, testPassword, spoofed)).statusCode).toBe(429);
  });
});
