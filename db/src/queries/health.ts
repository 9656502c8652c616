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
  // A partitioned table counts no rows of its own: its partitions' counts are summed (unknown if one is).
  const { rows } = await sql<{ reltuples: number }>`
    select (case when c.relkind = 'p' then (
        select case when min(p.reltuples) < 0 then -1 else coalesce(sum(p.reltuples), 0) end
        from pg_inherits i join pg_class p on p.oid = i.inhrelid where i.inhparent = c.oid)
      else c.reltuples end)::float8 as reltuples
    from pg_class c where c.oid = ${table}::regclass`.execute(db);
  const counted = rows[0]?.reltuples ?? -1;
  if (counted >= 0 && changedRows <= 50 + 0.1 * counted) return false;
  await refreshStatistics(db, [table]);
  return true;
}

/**
 * The tables that hold rows but whose statistics were never gathered (the planner takes each for empty), with
 * their row counts: what a benchmark or an operator checks on the embedded database, which has no autovacuum.
 */
export async function tablesNeverAnalysed(db: Db): Promise<{ table: string; rows: number }[]> {
  const { rows } = await sql<{ relname: string }>`
    select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind = 'r' and n.nspname = current_schema() and c.reltuples < 0 order by 1`.execute(db);
  const found: { table: string; rows: number }[] = [];
  for (const { relname } of rows) {
    const { rows: counted } = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(relname)}`.execute(db);
    const n = counted[0]?.n ?? 0;
    if (n > 0) found.push({ table: relname, rows: n });
  }
  return found;
}

/**
 * What autovacuum's analyze does on a server, for the embedded database, which has no autovacuum: ANALYZE every
 * table whose rows changed since its last ANALYZE by more than autovacuum's rule (50 rows and 10 % of the rows
 * it last counted), or that holds rows and was never analysed (the change counters start again after a crash,
 * so a table never analysed is looked at itself). Returns the tables analysed.
 */
export async function analyzeStaleTables(db: Db): Promise<string[]> {
  const { rows } = await sql<{ relname: string; stale: boolean }>`
    select s.relname, s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0) as stale
    from pg_stat_user_tables s join pg_class c on c.oid = s.relid
    where s.schemaname = current_schema()
      and (c.reltuples < 0 or s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0))
    order by 1`.execute(db);
  const tables: string[] = [];
  for (const { relname, stale } of rows) {
    if (stale) {
      tables.push(relname);
      continue;
    }
    const { rows: present } = await sql<{ found: boolean }>`
      select exists (select from ${sql.table(relname)}) as found`.execute(db);
    if (present[0]?.found) tables.push(relname);
  }
  if (tables.length > 0) await sql`analyze ${sql.join(tables.map((t) => sql.id(t)))}`.execute(db);
  return tables;
}
