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

/** Tables whose statistics a bulk change makes stale. */
export type AnalysedTable = 'organisations' | 'profiles' | 'profile_items' | 'projects' | 'matches';

/**
 * Refreshes the planner's statistics after a bulk change (an import, a whole-mobilisation re-match). A server
 * has autovacuum to do it eventually; the embedded database has none, and without statistics every table
 * looks empty to its planner, which then picks plans that are slow at thousands of rows.
 */
export async function refreshStatistics(db: Db, tables: AnalysedTable[]): Promise<void> {
  if (tables.length === 0) return;
  await sql`analyze ${sql.join(tables.map((t) => sql.id(t)))}`.execute(db);
}
