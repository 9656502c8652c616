// A reading request whose client goes away stops its SQL: no new statement starts, and on the PostgreSQL
// server the statement under way is cancelled (issue 12: abandoned requests kept computing and held memory).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCancellable, runDetached, StatementCancelledError } from '@kraftsamling/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabaseKind } from '../support/database';
import { createMobilisation, createOrganisation } from '../support/fixtures';

let t: TestApp;
let m: string;

const until = async (check: () => Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
};

beforeAll(async () => {
  t = await createTestApp();
  m = (await createMobilisation(t)).id;
  await createOrganisation(t, m, { name: 'Brukarrådet' });
});
afterAll(async () => {
  await t.close();
});

describe('work whose client went away', () => {
  it('sends no statement once its signal is aborted, and work shared with others is not stopped', async () => {
    const controller = new AbortController();
    const count = () => t.app.db.selectFrom('organisations').select('id').execute();
    await runCancellable(controller.signal, async () => {
      expect(await count()).toHaveLength(1);
      controller.abort();
      await expect(count()).rejects.toBeInstanceOf(StatementCancelledError);
      // A build that other readers wait for goes on.
      expect(await runDetached(count)).toHaveLength(1);
    });
    // A transaction under way gives up with a rollback, and the connection serves the next statement.
    const inTransaction = new AbortController();
    await expect(
      runCancellable(inTransaction.signal, () =>
        t.app.db.transaction().execute(async (trx) => {
          await trx.selectFrom('organisations').select('id').execute();
          inTransaction.abort();
          await trx.selectFrom('organisations').select('id').execute();
        }),
      ),
    ).rejects.toBeInstanceOf(StatementCancelledError);
    expect(await count()).toHaveLength(1);
  });

  // The embedded database runs a statement to its end inside this process: only the server can cancel one.
  it.runIf(testDatabaseKind === 'postgres')(
    'has the statement it waits on cancelled on the server when its client closes the connection',
    async () => {
      if (!t.databaseUrl) throw new Error('a server database');
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.server.address() as AddressInfo;
      // Another session holds the organisations table, so the list's statement waits on it until cancelled.
      const holder = new pg.Client({ connectionString: t.databaseUrl });
      await holder.connect();
      const waiting = async () =>
        Number(
          (
            await holder.query(
              `select count(*) as n from pg_stat_activity
               where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
            )
          ).rows[0]?.n,
        );
      try {
        await holder.query('begin');
        await holder.query('lock table organisations in access exclusive mode');
        const request = http.get({
          host: '127.0.0.1',
          port,
          path: `/api/mobilisations/${m}/organisations`,
          headers: { cookie: t.admin?.cookie ?? '' },
        });
        const ended = new Promise<void>((resolve) => {
          request.on('error', () => resolve());
          request.on('response', () => resolve());
        });
        expect(await until(async () => (await waiting()) === 1, 10_000)).toBe(true);
        request.destroy();
        await ended;
        // The lock is still held: only a cancel ends the wait.
        expect(await until(async () => (await waiting()) === 0, 5_000)).toBe(true);
        await holder.query('rollback');
        // The app answers the next request as usual.
        const again = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/organisations` });
        expect(again.statusCode, again.body).toBe(200);
      } finally {
        await holder.end();
      }
    },
  );
});
