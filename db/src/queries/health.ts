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

/**
 * Refreshes one table's statistics after `changedRows` of it were written, when that is enough to make them
 * stale: by the rule PostgreSQL's autovacuum applies (more than 50 rows and 10 % of the rows it last counted),
 * or when the table was never analysed. A whole re-match that changed few pairs then skips a second of
 * `ANALYZE`. Returns whether it ran.
 */
export async function refreshStatisticsAfter(
  db: Db,
  table: AnalysedTable,
  changedRows: number,
): Promise<boolean> {
  const { rows } = await sql<{ reltuples: number }>`
    select reltuples::float8 as reltuples from pg_class where oid = ${table}::regclass`.execute(db);
  const counted = rows[0]?.reltuples ?? -1;
  if (counted >= 0 && changedRows <= 50 + 0.1 * counted) return false;
  await refreshStatistics(db, [table]);
  return true;
}
