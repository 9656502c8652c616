import { AsyncLocalStorage } from 'node:async_hooks';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import pg, { type PoolConfig } from 'pg';
import { CopyRows, runCopy } from './copy';
import { preparedName } from './prepared';
import type { StatementNamer } from './statements';

/**
 * Work done for someone who may go away (a request whose client can close its connection) runs with that
 * someone's signal. Every statement a query function sends in that work checks it: once it is aborted, no new
 * statement starts, and a statement under way on the PostgreSQL server is cancelled (`pg_cancel_backend`), so
 * an abandoned request stops costing the database and the process its memory and CPU. Query functions do not
 * take the signal as an argument: it travels with the asynchronous context, as the request does.
 */
const scope = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` (and everything it starts) as work that stops when `signal` is aborted. */
export function runCancellable<T>(signal: AbortSignal, work: () => T): T {
  return scope.run(signal, work);
}

/**
 * Runs `work` outside any cancellable work: for what one caller starts and others wait for too (a summary
 * or document built once for every reader), which must not stop because the first caller went away.
 */
export function runDetached<T>(work: () => T): T {
  return scope.exit(work);
}

/** A statement not run, or cancelled, because the work it was for was abandoned. */
export class StatementCancelledError extends Error {
  constructor() {
    super('The statement was cancelled: the work it was for was abandoned');
    // The name the server's error handler (and fetch, and Node) give to an abandoned operation.
    this.name = 'AbortError';
  }
}

/** Sends PostgreSQL's cancel for the statement a backend is running, from a connection of its own. */
export type BackendCanceller = {
  cancel: (pid: number) => Promise<void>;
  close: () => Promise<void>;
};

/**
 * Cancels through a small pool of its own: the app's pool may be full of the very statements to cancel.
 * `pg_cancel_backend` needs no more rights than the app's own role has over its own sessions.
 */
export function serverCanceller(poolConfig: PoolConfig): BackendCanceller {
  const control = new pg.Pool({ ...poolConfig, max: 2, idleTimeoutMillis: 10_000 });
  control.on('error', () => {});
  return {
    cancel: async (pid) => {
      await control.query('select pg_cancel_backend($1)', [pid]);
    },
    close: () => control.end(),
  };
}

// Ending a transaction must still reach the server after an abort: it is how the work gives up.
const endsTransaction = /^\s*(rollback|commit)\b/i;

type Client = pg.PoolClient & { processID?: number };

/**
 * The pool Kysely queries through: a statement registered as prepared (prepared.ts) is sent as a named one, and
 * every statement sent in cancellable work checks its signal (above). With a
 * canceller (a PostgreSQL server), a statement under way when the signal is aborted is cancelled, and its
 * connection is closed instead of going back to the pool, so no late cancel can ever reach the next statement
 * on that backend. Without one (the embedded database, whose thread runs a statement to its end),
 * only the statements not yet sent are spared.
 */
export function cancellablePool(
  pool: pg.Pool,
  canceller: BackendCanceller | null,
  /** Names the statements to keep prepared (the embedded database, see statements.ts); null sends all unnamed. */
  nameOf: StatementNamer | null = null,
): PostgresPool {
  const wrap = (client: Client): PostgresPoolClient => {
    let cancelled = false;
    const query = async <R>(text: string, parameters: ReadonlyArray<unknown>) => {
      const signal = scope.getStore();
      // A statement the code registered as prepared, or on the embedded database any bounded read.
      const name = preparedName(text) ?? nameOf?.(text, parameters);
      // A copy's rows come as its one parameter (copy.ts).
      const copy = parameters.length === 1 && parameters[0] instanceof CopyRows ? parameters[0] : null;
      // pg types rows as its own record type; Kysely asks for its row type `R`.
      const run = () =>
        (copy
          ? runCopy(client, text, copy)
          : client.query({ text, values: [...parameters], ...(name ? { name } : {}) })) as unknown as Promise<
          PostgresQueryResult<R>
        >;
      if (!signal) return run();
      if (signal.aborted && !endsTransaction.test(text)) throw new StatementCancelledError();
      const pid = client.processID;
      if (!canceller || !pid) return run();
      let cancelling: Promise<void> | null = null;
      const onAbort = () => {
        cancelled = true;
        cancelling = canceller.cancel(pid).catch(() => {});
      };
      signal.addEventListener('abort', onAbort, { once: true });
      try {
        return await run();
      } catch (error) {
        if (signal.aborted && (error as { code?: string }).code === '57014')
          throw new StatementCancelledError();
        throw error;
      } finally {
        signal.removeEventListener('abort', onAbort);
        if (cancelling) await cancelling;
      }
    };
    return {
      processID: client.processID,
      query: query as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(cancelled || destroy === true),
    } as PostgresPoolClient;
  };
  return {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
    options: pool.options,
  };
}
