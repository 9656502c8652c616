import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabaseTarget } from '@kraftsamling/db';
import type { JoinedOrganisation, Mobilisation } from '@kraftsamling/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, testDatabaseKind } from '../support/database';
import { mobilisationInput, organisationInput } from '../support/fixtures';
import { call, completeReset, createAdminLink, runCli, startServer, waitForExit } from '../support/process';

let work: string;
let env: NodeJS.ProcessEnv;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kraftsamling-backup-'));
  cleanups.push(async () => rmSync(work, { recursive: true, force: true }));
  if (testDatabaseKind === 'postgres') {
    const db = await createServerDatabase();
    env = { DATABASE_URL: db.url };
    cleanups.push(db.drop);
  } else {
    env = { DATA_DIR: join(work, 'data'), DATABASE_URL: '' };
  }
});
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Where a restore goes: a fresh DATA_DIR, or a fresh database on the server. */
async function freshTarget(): Promise<NodeJS.ProcessEnv> {
  if (testDatabaseKind === 'postgres') {
    const db = await createServerDatabase();
    cleanups.push(db.drop);
    return { DATABASE_URL: db.url };
  }
  return { DATA_DIR: mkdtempSync(join(work, 'restored-')), DATABASE_URL: '' };
}

/** Organisation names in a restored database, read directly (no server: the embedded one allows one process). */
async function organisationNames(target: NodeJS.ProcessEnv): Promise<Set<string>> {
  const database = await openDatabaseTarget({
    databaseUrl: target.DATABASE_URL || undefined,
    dataDir: target.DATA_DIR,
  });
  const pool = new pg.Pool(database.poolConfig);
  try {
    const { rows } = await pool.query<{ name: string }>('select name from organisations');
    return new Set(rows.map((row) => row.name));
  } finally {
    await pool.end();
    await database.close();
  }
}

describe('backups', () => {
  it('restore every write acknowledged before `cli backup` started, taken while the server is writing', async () => {
    const token = await createAdminLink(env);
    const server = await startServer(env);
    const admin = await completeReset(server.url, token, 'a long admin password');
    const m = await call<Mobilisation>(server.url, 'POST', '/api/mobilisations', mobilisationInput(), admin);

    // Three writers, each one organisation after another through the API, recording what was acknowledged.
    const writers = [0, 1, 2].map(() => ({ acknowledged: [] as string[], inFlight: null as string | null }));
    let writing = true;
    const loops = writers.map(async (writer, w) => {
      for (let i = 0; writing; i++) {
        const name = `Skrivare ${w} rad ${i}`;
        writer.inFlight = name;
        await call<JoinedOrganisation>(
          server.url,
          'POST',
          `/api/mobilisations/${m.id}/organisations`,
          organisationInput({ name }),
          admin,
        );
        writer.acknowledged.push(name);
        writer.inFlight = null;
      }
    });
    while (writers.some((writer) => writer.acknowledged.length < 5))
      await new Promise((r) => setTimeout(r, 50));

    const file = join(work, 'backup.file');
    const acknowledgedBefore = writers.flatMap((writer) => [...writer.acknowledged]);
    const backup = await runCli(['backup', file], env);
    const acknowledgedDuring = writers.reduce((n, writer) => n + writer.acknowledged.length, 0);
    writing = false;
    await Promise.all(loops);
    server.child.kill('SIGTERM');
    await waitForExit(server.child);

    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain(
      testDatabaseKind === 'postgres' ? 'taken by pg_dump' : 'taken by the running server',
    );
    // The writes went on while the copy was taken, so it is a copy of a database in use.
    expect(acknowledgedDuring).toBeGreaterThan(acknowledgedBefore.length);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const target = await freshTarget();
    const restore = await runCli(['restore', file], target);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);

    const restored = await organisationNames(target);
    for (const name of acknowledgedBefore) expect(restored).toContain(name);
    // One moment's state: each writer's rows are a run from its first, with no gap, ending at most at the
    // write it had in flight.
    for (const [w, writer] of writers.entries()) {
      const mine = [...restored].filter((name) => name.startsWith(`Skrivare ${w} rad `));
      const expected = [...writer.acknowledged, ...(writer.inFlight ? [writer.inFlight] : [])].slice(
        0,
        mine.length,
      );
      expect(new Set(mine)).toEqual(new Set(expected));
    }

    // Restoring over a database refuses and changes nothing, unless asked to replace it.
    const again = await runCli(['restore', file], target);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds/);
    expect(await organisationNames(target)).toEqual(restored);
    // Each step starts a process that opens the embedded database (seconds each on a busy machine).
  }, 240_000);

  it('explains a missing backup file and changes nothing', async () => {
    const target = await freshTarget();
    const result = await runCli(['restore', join(work, 'no-such-file')], target);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('There is no backup file');
    if (target.DATA_DIR) expect(existsSync(join(target.DATA_DIR, 'pgdata'))).toBe(false);
  });
});
