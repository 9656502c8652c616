import { sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import { executePrepared } from '../prepared';

/**
 * Summaries a read route answers from, built once per change and stored (decision 033): 'overview', the
 * status dashboard, and 'review-queue', how many pairs wait for review. Triggers (and the writers of the
 * stored match lists) record each change to what a summary shows as a row in read_summary_changes; a stored
 * summary holds while its mobilisation has no such row for it.
 */
export type SummaryName = 'overview' | 'review-queue';

/**
 * The stored summary if nothing it shows changed since it was built (one row by its key and an index probe),
 * else null; `latestChange` is the newest change the caller can see: a build that starts after it was read
 * includes it. A summary stored in another `format` is out of date too.
 */
export async function readStoredSummary(
  db: Db,
  mobilisationId: string,
  name: SummaryName,
  format: number,
): Promise<{ summary: unknown; latestChange: number }> {
  const query = sql<{ format: number | null; summary: unknown; latest_change: number | null }>`
    select s.format, s.summary,
      (select max(c.id) from read_summary_changes c
        where c.mobilisation_id = ${mobilisationId} and c.name = ${name}) as latest_change
    from (select 1) as one
    left join read_summaries s on s.mobilisation_id = ${mobilisationId} and s.name = ${name}`;
  // Read on every request of the overview and the open review queue: prepared (prepared.ts).
  const { rows } = await executePrepared(db, query);
  const row = rows[0];
  return row ? currentSummary(row, format) : { summary: null, latestChange: 0 };
}

/**
 * A stored summary as read with its format and the newest change recorded for it (a statement that reads it
 * beside other things, as the review page does): the summary while nothing it shows changed, else null.
 */
export function currentSummary(
  row: { format: number | null; summary: unknown; latest_change: string | number | null },
  format: number,
): { summary: unknown; latestChange: number } {
  const latestChange = Number(row.latest_change ?? 0);
  if (row.format !== format || row.latest_change !== null) return { summary: null, latestChange };
  return { summary: row.summary, latestChange };
}

/**
 * Builds a summary and stores it. The pending changes are taken first, in the transaction that stores the
 * result: a change committed while it builds keeps its row, so a stored summary is never taken for newer
 * than what it shows; two builds at once wait on each other's rows, never on a counter.
 */
export async function rebuildSummary<T>(
  db: Db,
  mobilisationId: string,
  name: SummaryName,
  format: number,
  build: (db: Db) => Promise<T>,
): Promise<T> {
  return withTransaction(db, async (trx) => {
    await sql`delete from read_summary_changes where mobilisation_id = ${mobilisationId} and name = ${name}`.execute(
      trx,
    );
    const summary = await build(trx);
    await sql`insert into read_summaries (mobilisation_id, name, format, summary, built_at)
      values (${mobilisationId}, ${name}, ${format}, ${JSON.stringify(summary)}::jsonb, now())
      on conflict (mobilisation_id, name) do update
        set format = excluded.format, summary = excluded.summary, built_at = excluded.built_at`.execute(trx);
    return summary;
  });
}

/**
 * Records that the mobilisation's stored match lists changed (their writers call it: a trigger on every
 * stored pair would copy thousands of rows per statement for one row here).
 */
export async function matchesChanged(db: Db, mobilisationId: string): Promise<void> {
  await sql`select read_summaries_changed(array[${mobilisationId}::uuid], array['overview', 'review-queue'])`.execute(
    db,
  );
}
