import { sql } from 'kysely';
import type { Db } from '../kysely';

/**
 * Waits for, then holds until the caller's transaction ends, a lock named `name` that every instance on the
 * database shares (a PostgreSQL advisory lock): for one-off work such as seeding an empty database, which two
 * instances starting together must not both do. Call it inside a transaction.
 */
export async function lockUntilCommit(db: Db, name: string): Promise<void> {
  if (!db.isTransaction) throw new Error('lockUntilCommit needs a transaction');
  await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(db);
}
