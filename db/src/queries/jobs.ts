import { sql } from 'kysely';
import type { Db } from '../kysely';
import { executePrepared } from '../prepared';
import type { JobRow } from '../schema';

export type NewJob = {
  kind: string;
  payload: unknown;
  /** A job with the same key that is still waiting absorbs this one: it will see the latest data anyway. */
  dedupeKey?: string | null;
  /** Jobs with the same lock key run one at a time, across all instances. */
  lockKey?: string | null;
  /** False: no instance is woken; the job waits for a poll (work whose start must not follow a request). */
  notify?: boolean;
  /**
   * Seconds before the job may run: work that many small events trigger (say, learning from each review
   * decision) waits, and the dedupe key folds the events of that while into one run.
   */
  delaySeconds?: number;
};

/** The channel on which instances hear that there is work (PostgreSQL delivers it when the change commits). */
export const jobsChannel = 'kraftsamling_jobs';

/** Tells every listening instance that jobs changed; delivered when the caller's transaction commits. */
export async function notifyJobs(db: Db): Promise<void> {
  await sql`select pg_notify(${jobsChannel}, '')`.execute(db);
}

/** Queues work; a job with the same dedupe key that is still waiting absorbs this one (its id is returned). */
export async function enqueueJob(db: Db, job: NewJob): Promise<string> {
  const inserted = await db
    .insertInto('jobs')
    .values({
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey ?? null,
      lock_key: job.lockKey ?? null,
      ...(job.delaySeconds
        ? { run_after: sql<Date>`now() + make_interval(secs => ${job.delaySeconds}::double precision)` }
        : {}),
    })
    .onConflict((oc) => oc.column('dedupe_key').where('status', '=', 'queued').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) {
    if (job.notify === false) return inserted.id;
    // Inside the caller's transaction: the other instances (and this one) hear of it after the commit, when
    // the job and the data it works on are visible — not before, as a wake-up in this process would be.
    await notifyJobs(db);
    return inserted.id;
  }
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

/** Lets a queued job run now rather than after its delay (when something asked for it without one). */
export async function runQueuedJobNow(db: Db, id: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ run_after: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .where('run_after', '>', sql<Date>`now()`)
    .execute();
}

/**
 * Takes the oldest ready job for this worker. A running job whose lease ran out belonged to an instance that
 * died; it is taken over. SKIP LOCKED lets several instances claim at once without waiting on each other. A
 * queued job waits while another job with its lock key runs; if two instances claim two jobs of one key at
 * the same moment, the unique index on running lock keys refuses the second (it gets nothing this time).
 */
export async function claimJob(
  db: Db,
  workerId: string,
  kinds: string[],
  leaseSeconds: number,
): Promise<JobRow | undefined> {
  if (kinds.length === 0) return undefined;
  try {
    return await claimQuery(db, workerId, kinds, leaseSeconds).executeTakeFirst();
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return undefined;
    throw error;
  }
}

function claimQuery(db: Db, workerId: string, kinds: string[], leaseSeconds: number) {
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
            eb.and([
              eb('status', '=', 'queued'),
              eb.or([
                eb('lock_key', 'is', null),
                eb.not(
                  eb.exists(
                    eb
                      .selectFrom('jobs as other')
                      .select('other.id')
                      .whereRef('other.lock_key', '=', 'jobs.lock_key')
                      .where('other.status', '=', 'running'),
                  ),
                ),
              ]),
            ]),
            eb.and([eb('status', '=', 'running'), eb('locked_until', '<', sql<Date>`now()`)]),
          ]),
        )
        .orderBy('created_at')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returningAll();
}

/**
 * Records progress and extends the lease of a job this worker holds. False when the job is no longer this
 * worker's (its lease ran out and another instance took it over): the caller must stop.
 */
export async function reportJobProgress(
  db: Db,
  id: string,
  workerId: string,
  leaseSeconds: number,
  progress?: { done: number; total: number },
): Promise<boolean> {
  const updated = await db
    .updateTable('jobs')
    .set({
      ...(progress ? { progress: progress.done, total: progress.total } : {}),
      locked_until: sql<Date>`now() + make_interval(secs => ${leaseSeconds})`,
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Marks a job this worker holds as done (a job another instance took over is left to that instance). */
export async function completeJob(db: Db, id: string, workerId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'done',
      finished_at: sql<Date>`now()`,
      locked_until: null,
      progress: eb.ref('total'),
    }))
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

/**
 * A failed attempt is retried later (backing off) until `maxAttempts`, then the job stays failed with its
 * error. A job whose work was queued again meanwhile (same dedupe key) is not retried: the newer one does it.
 */
export async function failJob(
  db: Db,
  id: string,
  workerId: string,
  error: string,
  maxAttempts: number,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: sql`case
        when ${eb.ref('attempts')} >= ${maxAttempts} then 'failed'
        when ${eb.exists(
          eb
            .selectFrom('jobs as newer')
            .select('newer.id')
            .whereRef('newer.dedupe_key', '=', 'jobs.dedupe_key')
            .where('newer.status', '=', 'queued'),
        )} then 'failed'
        else 'queued' end`,
      error: error.slice(0, 2000),
      locked_by: null,
      locked_until: null,
      run_after: sql<Date>`now() + make_interval(secs => power(4, ${eb.ref('attempts')}))`,
      finished_at: sql`case when ${eb.ref('attempts')} >= ${maxAttempts} then now() else null end`,
    }))
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .execute();
}

/** Gives a job back to the queue without counting the attempt (this instance is shutting down). */
export async function releaseJob(db: Db, id: string, workerId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set((eb) => ({
      status: 'queued',
      attempts: sql`greatest(${eb.ref('attempts')} - 1, 0)`,
      locked_by: null,
      locked_until: null,
    }))
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
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
  // Asked on every read of the map, with as many keys each time (prepared.ts).
  const { rows } = await executePrepared(
    db,
    db
      .selectFrom('jobs')
      .select('id')
      .where('dedupe_key', 'in', dedupeKeys)
      .where('status', 'in', ['queued', 'running'])
      .limit(1),
  );
  return rows.length > 0;
}

/**
 * Whether work under this dedupe key is running now on some instance: a running job whose lease ran out (its
 * instance died) does not count until another instance takes it over.
 */
export async function isWorkRunning(db: Db, dedupeKey: string): Promise<boolean> {
  const { rows } = await executePrepared(
    db,
    db
      .selectFrom('jobs')
      .select('id')
      .where('dedupe_key', '=', dedupeKey)
      .where('status', '=', 'running')
      .where('locked_until', '>', sql<Date>`now()`)
      .limit(1),
  );
  return rows.length > 0;
}
