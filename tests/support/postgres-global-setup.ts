import pg from 'pg';
import { adminUrl } from './database';

/** Fails the PostgreSQL half of the suite at once, with the fix, when no server is reachable. */
export default async function checkPostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(
      `The server tests also run on PostgreSQL, but ${new URL(adminUrl).host} does not answer ` +
        `(${error instanceof Error ? error.message : String(error)}). Start PostgreSQL ` +
        '(pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start) or set TEST_POSTGRES_URL.',
    );
  } finally {
    await client.end().catch(() => {});
  }
}
