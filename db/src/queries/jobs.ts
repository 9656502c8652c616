import { sql } from 'kysely';
import type { Db } from '../kysely';
import type { JobRow } from '../schema';

export type NewJob = { kind: string; payload: unknown; dedupeKey?: string | null };

/** Queues work; a job with the same dedupe key that is still waiting absorbs this one (its id is returned). */
export async function enqueueJob(db: Db, job: NewJob): Promise<string> {
  const inserted = await db
    .insertInto('jobs')
    .values({ kind: job.kind, payload: JSON.stringify(job.payload), dedupe_key: job.dedupeKey ?? null })
    .onConflict((oc) => oc.column('dedupe_key').where('status', '=', 'queued').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return inserted.id;
  const waiting = await db
    .selectFrom('jobs')
    .select('id')
    .where('dedupe_key', '=', job.dedupeKey ?? null)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  if (waiting) return waiting.id;
  // The waiting job was claimed between our insert and select; queue again.
  return enqueueJob(db, job);
}

/**
 * Takes the oldest ready job for this worker. A running job whose lease ran out belonged to an instance that
 * died; it is taken over. SKIP LOCKED lets several instances claim at once without waiting on each other.
 */
export async function claimJob(
  db: Db,
  workerId: string,
  kinds: string[],
  leaseSeconds: number,
): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  return db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      attempts: eb('attempts', '+', 1),
      locked_by: workerId,
      locked_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})`,
      started_at: sql<Date>`coalesce(started_at, now())`,
    }))
    .where(
      'id',
      '=',
      db
        .selectFrom('jobs')
        .select('id')
        .where('kind', 'in', kinds)
        .where('run_after', '<=', sql<Date>`now()`)
        .where((eb) =>
          eb.or([
            eb('status', '=', 'queued'),
            eb.and([eb('status', '=', 'running'), eb('locked_until', '<', sql<Date>`now()`)]),
          ]),
        )
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll()
    .executeTakeFirst();
}

export async function reportJobProgress(
  db: Db,
  id: string,
  progress: number,
  total: number,
  leaseSeconds: number,
) {
  await db
    .updateTable('jobs')
    .set({ progress, total, locked_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where('id', '=', id)
    .execute();
}

export async function completeJob(db: Db, id: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'done',
      finished_at: sql<Date>`now()`,
      locked_until: null,
      progress: eb.ref('total'),
    }))
    .where('id', '=', id)
    .execute();
}

/** A failed attempt is retried later (backing off) until `maxAttempts`, then the job stays failed with its error. */
export async function failJob(db: Db, id: string, error: string, maxAttempts: number): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: sql`case when ${eb.ref('attempts')} >= ${maxAttempts} then 'failed' else 'queued' end`,
      error: error.slice(0, 2000),
      locked_by: null,
      locked_until: null,
      run_after: sql<Date>`now() + make_interval(secs => power(4, ${eb.ref('attempts')}))`,
      finished_at: sql`case when ${eb.ref('attempts')} >= ${maxAttempts} then now() else null end`,
    }))
    .where('id', '=', id)
    .execute();
}

export async function getJob(db: Db, id: string): Promise<JobRow | undefined> {
  return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Whether any job of these kinds is waiting or running (tests and benchmarks wait for the queue to settle). */
export async function hasPendingJobs(db: Db, kinds: string[]): Promise<boolean> {
  if (kinds.length === 0) return false;
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', 'in', kinds)
    .where('status', 'in', ['queued', 'running'])
    .where('run_after', '<=', sql<Date>`now()`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether work under any of these dedupe keys is still waiting or running. */
export async function isWorkPending(db: Db, dedupeKeys: string[]): Promise<boolean> {
  if (dedupeKeys.length === 0) return false;
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('dedupe_key', 'in', dedupeKeys)
    .where('status', 'in', ['queued', 'running'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
