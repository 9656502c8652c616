import { sql } from 'kysely';
import type { Db } from '../kysely';

/** Round-trip time to the database in milliseconds, or null when it does not answer. */
export async function pingDatabase(db: Db): Promise<number | null> {
  const started = performance.now();
  try {
    await sql`select 1`.execute(db);
    return Math.round((performance.now() - started) * 10) / 10;
  } catch {
    return null;
  }
}
