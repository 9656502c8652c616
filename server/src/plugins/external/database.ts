import fastifyPostgres from '@fastify/postgres';
import {
  analyzeStaleTables,
  createKysely,
  type DatabaseKind,
  type DatabaseTarget,
  type Db,
  migrateToLatest,
  runCancellable,
  serverCanceller,
} from '@kraftsamling/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

type Pool = FastifyInstance['pg']['pool'];

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    db: Db;
    databaseKind: DatabaseKind;
    /** LISTEN for NOTIFY on a channel (see DatabaseTarget.listen); returns the function that stops it. */
    listenToDatabase: DatabaseTarget['listen'];
  }
}

/**
 * LISTEN and UNLISTEN on the embedded database, each while holding the pool's one connection. Its thread runs
 * them as statements of their own in PGlite's one session (embedded.ts); between two of the connection's
 * exchanges that session may be inside the connection's transaction, and a LISTEN run there would join it and
 * vanish if it rolled back.
 */
function exclusiveListen(pool: Pool, listen: DatabaseTarget['listen']): DatabaseTarget['listen'] {
  const holding = async <T>(work: () => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await work();
    } finally {
      client.release();
    }
  };
  return async (channel, onNotify) => {
    const stop = await holding(() => listen(channel, onNotify));
    return () => holding(stop);
  };
}

/** How often the embedded database's statistics are looked at: autovacuum's own default nap is a minute. */
export const statisticsCheckMs = 60_000;

/**
 * The embedded database has no autovacuum, so nothing would ever gather its planner's statistics: every table
 * it never analysed looks empty to the planner, which then picks plans that are slow at thousands of rows.
 * At the start (before the first request: a database written by an earlier version, or before a crash, is
 * planned with statistics from the first request on) and then once a minute, the tables that changed enough
 * since their last ANALYZE are analysed (autovacuum's rule, `analyzeStaleTables`); imports and whole
 * re-matches also analyse what they wrote at once. Returns the stopper, which waits for a pass under way.
 */
async function keepStatistics(app: FastifyInstance, db: Db): Promise<() => Promise<void>> {
  let running: Promise<void> | null = null;
  const pass = () => {
    running ??= analyzeStaleTables(db)
      .then((tables) => {
        if (tables.length > 0) app.log.info({ tables }, 'planner statistics refreshed');
      })
      .catch((error: unknown) => app.log.warn({ err: error }, 'planner statistics not refreshed'))
      .finally(() => {
        running = null;
      });
  };
  pass();
  await running;
  const every = setInterval(pass, statisticsCheckMs);
  every.unref();
  return async () => {
    clearInterval(every);
    await running;
  };
}

/**
 * The one database of the app: @fastify/postgres owns the pool (to an embedded PGlite or a PostgreSQL
 * server, whichever the target is), Kysely builds queries on it, and the schema is migrated before any
 * route can run.
 */
export default fp(
  async (app, opts: { target: DatabaseTarget }) => {
    await app.register(fastifyPostgres, opts.target.poolConfig);
    // An idle connection can be cut by the server (restart, failover); pg reports it on the pool, and an
    // unhandled 'error' event would end the process. The pool replaces the connection on next use.
    app.pg.pool.on('error', (error) => app.log.warn({ err: error }, 'database connection lost'));
    // A connection checked out between two statements (a job's transaction, a request awaiting something
    // else) has no pool listener: a server restart (57P01) would raise an unhandled 'error' on it and end
    // the process. Every connection gets its own listener; the statement under way fails, and the pool
    // drops the broken connection when it is released.
    app.pg.pool.on('connect', (client) => {
      client.on('error', (error) => app.log.warn({ err: error }, 'database connection lost while in use'));
    });
    const canceller = opts.target.kind === 'server' ? serverCanceller(opts.target.poolConfig) : null;
    const db = createKysely(app.pg.pool, canceller, { prepared: opts.target.kind === 'embedded' });
    app.decorate('db', db);
    app.decorate('databaseKind', opts.target.kind);
    app.decorate(
      'listenToDatabase',
      opts.target.kind === 'embedded' ? exclusiveListen(app.pg.pool, opts.target.listen) : opts.target.listen,
    );
    const { applied } = await migrateToLatest(db);
    if (applied.length > 0) app.log.info({ applied }, 'database migrated');
    const stopStatistics = opts.target.kind === 'embedded' ? await keepStatistics(app, db) : async () => {};

    // A reading request whose client goes away stops its SQL: no new statement starts, and the one under way
    // on the server is cancelled. Only reads (GET, HEAD): a write runs to its end (or its transaction's
    // rollback), never half. The request's work (hooks, handler) runs in the signal's context from its first
    // hook on; a GET has no body to read from socket events, outside that context.
    app.addHook('onRequest', (request, reply, done) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return done();
      const controller = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) controller.abort();
      });
      runCancellable(controller.signal, done);
    });
    // @fastify/postgres ends the pool in its own onClose; the embedded database closes after that.
    app.addHook('onClose', async () => {
      await stopStatistics();
      await canceller?.close();
      await opts.target.close();
    });
  },
  { name: 'database' },
);
