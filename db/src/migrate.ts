import { type Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations } from './migrations';
import type { Database } from './schema';

export type MigrationOutcome = { applied: string[] };

/**
 * Brings the schema to the latest migration; safe to run from several processes at once. Kysely locks a row
 * of its own table, but on an empty database two processes can race to create that table (a duplicate
 * `pg_type` row), so the whole run holds an advisory lock on one connection first.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const lock = sql`hashtext('kraftsamling:migrate')`;
  const { error, results } = await db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${lock})`.execute(connection);
    try {
      return await new Migrator({
        db: connection,
        provider: { getMigrations: async () => migrations },
      }).migrateToLatest();
    } finally {
      await sql`select pg_advisory_unlock(${lock})`.execute(connection);
    }
  });
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(
      `Migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
