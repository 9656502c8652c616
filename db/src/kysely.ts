import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { type BackendCanceller, cancellablePool } from './cancellation';
import type { DatabaseTarget } from './connection';
import type { Database } from './schema';
import { statementNamer } from './statements';

// bigint counts come back as strings from pg; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Kysely on `pool`. Statements sent in cancellable work (`runCancellable`) stop when its signal is aborted;
 * with a `canceller` (a PostgreSQL server), one under way is cancelled on the server too.
 */
export function createKysely(
  pool: pg.Pool,
  canceller: BackendCanceller | null = null,
  /** Keep read statements prepared (the embedded database: see statements.ts). */
  { prepared = false }: { prepared?: boolean } = {},
): Kysely<Database> {
  const nameOf = prepared ? statementNamer() : null;
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: cancellablePool(pool, canceller, nameOf) }),
  });
}

export type Db = Kysely<Database>;

/**
 * Runs `work` in a transaction, joining the caller's if there is one: query functions stay atomic on their
 * own and compose into a larger unit (an import) without nested-transaction errors.
 */
export async function withTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}

/** A database handle outside the server (CLI, tests, benchmarks); closing it also closes the target. */
export function connectDatabase(target: DatabaseTarget): { db: Db; close: () => Promise<void> } {
  const pool = new pg.Pool(target.poolConfig);
  // An idle client whose connection the server ends (a restart, a database dropped `with (force)`) is dropped
  // from the pool, which then emits the error; unheard, it would end the process. A statement under way still
  // fails with its own error, and the next one opens a new connection.
  pool.on('error', () => {});
  const db = createKysely(pool, null, { prepared: target.kind === 'embedded' });
  return {
    db,
    close: async () => {
      await db.destroy();
      await target.close();
    },
  };
}
