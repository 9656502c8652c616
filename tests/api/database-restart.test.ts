// The app survives a PostgreSQL restart under load, without a restart of its own. Run against a throwaway
// PostgreSQL cluster of the test's own (initdb in a temporary directory, another port), never the shared
// server, since the test restarts it.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabaseTarget } from '@kraftsamling/db';
import { buildApp } from '@kraftsamling/server/app';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
const bin = versions.length ? join('/usr/lib/postgresql', versions.at(-1) as string, 'bin') : null;
// initdb refuses to run as root; the cluster then belongs to the system's postgres user.
const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];

function run(command: string, args: string[]) {
  const [head, ...rest] = [...asPostgres, command, ...args];
  return execFileSync(head as string, rest, { stdio: 'pipe', timeout: 60_000 }).toString();
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

let dir: string;
let port: number;
let app: FastifyInstance;
const pgCtl = (...args: string[]) =>
  run(join(bin as string, 'pg_ctl'), ['-D', join(dir, 'data'), '-w', ...args]);
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

describe.skipIf(!bin || process.env.TEST_DATABASE !== 'postgres')('a PostgreSQL restart', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kraftsamling-restart-'));
    chmodSync(dir, 0o777);
    port = await freePort();
    run(join(bin as string, 'initdb'), ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
    pgCtl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', join(dir, 'log'), 'start');
    process.on('uncaughtException', onUncaught);
    app = await buildApp({
      database: await openDatabaseTarget({ databaseUrl: `postgres://postgres@127.0.0.1:${port}/postgres` }),
      // The background loop runs, as in production: its LISTEN connection and its claims meet the restart too.
      jobs: { autoStart: true, pollMs: 100 },
      webDist: null,
    });
  }, 120_000);

  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await app?.close().catch(() => {});
    if (dir) {
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the app up when connections in use and idle are cut, and answers again once it is back', async () => {
    const health = async () => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode;
    // A job kind that holds a transaction open a moment: one is running, or waiting, when the server goes down.
    const ran: number[] = [];
    app.jobs.handle('restart-probe', async (job) => {
      const client = await app.pg.pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('begin');
        await client.query('select pg_sleep(0.2)');
        await client.query('commit');
      } catch (error) {
        broken = error as Error;
        throw error;
      } finally {
        client.release(broken);
      }
      ran.push((job.payload as { n: number }).n);
    });
    expect(await health()).toBe(200);
    for (let restart = 0; restart < 3; restart++) {
      // A connection checked out between statements (as a job's transaction holds one), idle ones in the
      // pool, a job under way, and requests arriving back to back while the server goes down and comes back.
      const held = await app.pg.pool.connect();
      await held.query('select 1');
      await app.jobs.enqueue({ kind: 'restart-probe', payload: { n: -1 - restart } });
      let loading = true;
      const load = Promise.all(
        Array.from({ length: 5 }, async () => {
          while (loading) await health().catch(() => 0);
        }),
      );
      pgCtl('-m', 'fast', 'restart', '-l', join(dir, 'log'));
      await held.query('select 1').catch(() => {});
      held.release();
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
        status = await health();
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      loading = false;
      await load;
      expect(status).toBe(200);
      // The background loop is alive too: a job queued now runs.
      await app.jobs.enqueue({ kind: 'restart-probe', payload: { n: restart } });
      const deadline = Date.now() + 30_000;
      while (!ran.includes(restart) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(ran).toContain(restart);
    }
    expect(uncaught).toEqual([]);
  }, 180_000);
});
