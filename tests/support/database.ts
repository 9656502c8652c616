import { randomBytes } from 'node:crypto';
import { type DatabaseTarget, openDatabaseTarget } from '@kraftsamling/db';
import pg from 'pg';

export type TestDatabaseKind = 'embedded' | 'postgres';

export const testDatabaseKind: TestDatabaseKind =
  process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'embedded';

/** The PostgreSQL server tests create their throwaway databases on (CI: the local server, trust auth). */
export const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type TestDatabase = {
  target: DatabaseTarget;
  /** Connection string for a child process, or null for an in-memory embedded database. */
  url: string | null;
  drop: () => Promise<void>;
};

/**
 * A database of the test's own: an in-memory PGlite, or a fresh database on the PostgreSQL server that is
 * dropped afterwards. Tests never share data, so they can run in any order and in parallel.
 */
export async function createTestDatabase(kind: TestDatabaseKind = testDatabaseKind): Promise<TestDatabase> {
  if (kind === 'embedded') {
    const target = await openDatabaseTarget({ dataDir: 'memory://' });
    return { target, url: null, drop: async () => {} };
  }
  const { url, drop } = await createServerDatabase();
  return { target: await openDatabaseTarget({ databaseUrl: url }), url, drop };
}

export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `ks_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdmin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
