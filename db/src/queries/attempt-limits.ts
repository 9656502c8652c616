import { sql } from 'kysely';
import type { Db } from '../kysely';

/**
 * At most `max` attempts per `windowSeconds` under one key, as an allowance that refills continuously: each
 * attempt moves the key's `refilled_at` one step (window / max) later, counting from now when the allowance
 * is whole, and an attempt fits while `refilled_at` stays within one window from now. So `max` attempts fit
 * at once, then one per step: guessing is slowed down, and nobody is shut out for longer than a step once
 * the attempts stop.
 */
export type AttemptLimit = { key: string; max: number; windowSeconds: number };

const microseconds = (seconds: number) => Math.round(seconds * 1e6);
// Rounded down, so that `max` steps never exceed the window.
const stepOf = (limit: AttemptLimit) => Math.floor((limit.windowSeconds * 1e6) / limit.max);

function uniqueByKey(limits: AttemptLimit[]): AttemptLimit[] {
  return [...new Map(limits.map((l) => [l.key, l])).values()];
}

/**
 * Takes one attempt under every key in one statement and returns the keys that went over their limit.
 * The upsert locks each key's row until the caller's transaction ends, so concurrent takes of one key (from
 * any server instance) wait for each other and each sees what the one before left: counting and checking
 * are one step. The caller runs it in a transaction and rolls back when a key went over, so that a refused
 * attempt takes nothing. Rows are locked in key order, so takes of overlapping keys cannot deadlock.
 * The clock is read when the row is reached, not at the transaction's start (`now()`): a take that waited
 * behind others would otherwise count its wait against the allowance and be refused below the limit.
 */
export async function takeAttempts(db: Db, limits: AttemptLimit[]): Promise<string[]> {
  if (limits.length === 0) return [];
  const wanted = sql.join(
    uniqueByKey(limits).map(
      (l) => sql`(${l.key}, ${stepOf(l)}::bigint, ${microseconds(l.windowSeconds)}::bigint)`,
    ),
  );
  const { rows } = await sql<{ key: string; over: boolean }>`
    with wanted (key, step, allowance) as (values ${wanted})
    insert into attempt_limits as a (key, refilled_at)
    select key, clock_timestamp() + step * interval '1 microsecond' from wanted order by key
    on conflict (key) do update
      set refilled_at = greatest(a.refilled_at, clock_timestamp())
        + (select w.step * interval '1 microsecond' from wanted w where w.key = a.key)
    returning a.key,
      a.refilled_at - clock_timestamp()
        > (select w.allowance * interval '1 microsecond' from wanted w where w.key = a.key) as over`.execute(
    db,
  );
  return rows.filter((r) => r.over).map((r) => r.key);
}

/** Gives back the one attempt each key took (an attempt that turned out not to count). */
export async function giveBackAttempts(db: Db, limits: AttemptLimit[]): Promise<void> {
  if (limits.length === 0) return;
  const given = sql.join(uniqueByKey(limits).map((l) => sql`(${l.key}, ${stepOf(l)}::bigint)`));
  await sql`
    with given (key, step) as (values ${given})
    update attempt_limits a set refilled_at = a.refilled_at - g.step * interval '1 microsecond'
    from given g where a.key = g.key`.execute(db);
}

/** Gives the keys their whole allowance back. */
export async function clearAttempts(db: Db, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await db.deleteFrom('attempt_limits').where('key', 'in', keys).execute();
}

/** A key whose allowance is whole again holds nothing worth keeping. */
export async function pruneAttemptLimits(db: Db): Promise<void> {
  await db.deleteFrom('attempt_limits').where('refilled_at', '<', sql<Date>`now()`).execute();
}
