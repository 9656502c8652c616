import { randomUUID } from 'node:crypto';
import {
  claimJob,
  completeJob,
  type Db,
  enqueueJob,
  failJob,
  hasPendingJobs,
  type JobRow,
  jobsChannel,
  type NewJob,
  notifyJobs,
  releaseJob,
  reportJobProgress,
} from '@kraftsamling/db';
import fp from 'fastify-plugin';

export type JobContext = {
  id: string;
  payload: unknown;
  /** Records progress (and extends the lease); throws JobLostError when another instance took the job over. */
  progress: (done: number, total: number) => Promise<void>;
  /** Aborted when this instance no longer holds the job (its lease ran out) or is shutting down. */
  signal: AbortSignal;
};
export type JobHandler = (job: JobContext) => Promise<void>;

export type Jobs = {
  handle: (kind: string, handler: JobHandler) => void;
  /** Queues a job, inside the caller's transaction when given one, so work is queued exactly when data commits. */
  enqueue: (job: NewJob, db?: Db) => Promise<string>;
  /** Runs queued jobs until none is left (tests, CLI); the background loop keeps running too. */
  drain: () => Promise<void>;
};

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    jobs: Jobs;
  }
}

/** The job was taken over by another instance (this one's lease ran out); its work here must stop. */
export class JobLostError extends Error {
  constructor(id: string) {
    super(`job ${id} is no longer held by this instance`);
    this.name = 'JobLostError';
  }
}

const leaseSeconds = 30;
/** A running job's lease is renewed this often, so only a dead instance's jobs are taken over. */
const heartbeatMs = 10_000;
const maxAttempts = 3;

/**
 * Background work off the request path (re-matching after a submission, whole-mobilisation runs, map
 * layouts, mail). Jobs live in PostgreSQL, so any instance can take them and a crash loses none. Each instance
 * runs a few jobs at once (their CPU work runs in worker threads, so they wait on threads and the database,
 * not on each other) and wakes when PostgreSQL tells it of new work — after the transaction that queued it
 * commits, on every instance — and else polls.
 */
export default fp(
  async (app, opts: { pollMs?: number; autoStart?: boolean; concurrency?: number }) => {
    const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
    const handlers = new Map<string, JobHandler>();
    const pollMs = opts.pollMs ?? 1000;
    const concurrency = Math.max(1, opts.concurrency ?? 4);
    const running = new Set<Promise<void>>();
    const shutdown = new AbortController();
    let stopping = false;
    let wake: (() => void) | null = null;
    /** Set when something happened while the loop was busy claiming, so it looks again before sleeping. */
    let poked = false;
    let loop: Promise<void> | null = null;
    let unlisten: (() => Promise<void>) | null = null;

    const poke = () => {
      poked = true;
      wake?.();
    };

    const execute = async (job: JobRow) => {
      const handler = handlers.get(job.kind);
      const lost = new AbortController();
      const signal = AbortSignal.any([lost.signal, shutdown.signal]);
      const renew = async (progress?: { done: number; total: number }) => {
        if (!(await reportJobProgress(app.db, job.id, workerId, leaseSeconds, progress))) {
          lost.abort(new JobLostError(job.id));
        }
      };
      const heartbeat = setInterval(() => {
        renew().catch((error: unknown) =>
          app.log.warn({ err: error, job: job.id }, 'job lease renewal failed'),
        );
      }, heartbeatMs);
      heartbeat.unref();
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler({
          id: job.id,
          payload: job.payload,
          signal,
          progress: async (done, total) => {
            await renew({ done, total });
            signal.throwIfAborted();
          },
        });
        signal.throwIfAborted();
        await completeJob(app.db, job.id, workerId);
      } catch (error) {
        if (lost.signal.aborted) {
          app.log.warn({ job: job.id, kind: job.kind }, 'job taken over by another instance; stopped here');
        } else if (shutdown.signal.aborted) {
          // Not the job's fault: another instance (or this one, restarted) takes it from the start.
          await releaseJob(app.db, job.id, workerId).catch(() => {});
        } else {
          app.log.error({ err: error, job: job.id, kind: job.kind }, 'job failed');
          await failJob(
            app.db,
            job.id,
            workerId,
            error instanceof Error ? error.message : String(error),
            maxAttempts,
          ).catch((e: unknown) => app.log.warn({ err: e, job: job.id }, 'could not record the job failure'));
        }
      } finally {
        clearInterval(heartbeat);
        // Jobs waiting for this one's lock key may run now, here or on another instance.
        if (job.lock_key) await notifyJobs(app.db).catch(() => {});
      }
    };

    /** Claims jobs while there are free slots; false when nothing could be claimed. */
    const claimWhileFree = async (): Promise<boolean> => {
      // Whatever woke the loop is looked at now; a poke while claiming (or from a job that ends) looks again.
      poked = false;
      let claimed = false;
      while (!stopping && running.size < concurrency) {
        poked = false;
        const job = await claimJob(app.db, workerId, [...handlers.keys()], leaseSeconds);
        if (!job) break;
        claimed = true;
        const run = execute(job).finally(() => {
          running.delete(run);
          poke();
        });
        running.add(run);
      }
      return claimed;
    };
    /** The claiming under way, shared by the loop and drain(). */
    let filling: Promise<boolean> | null = null;
    const fill = (): Promise<boolean> => {
      // Cleared in a reaction, which always runs after this assignment. With every slot busy the claiming ends
      // without awaiting anything, so a `finally` inside it would clear `filling` before it was even set, and
      // every later call would get that settled promise back without claiming.
      filling ??= claimWhileFree().finally(() => {
        filling = null;
      });
      return filling;
    };

    const sleep = () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });

    const run = async () => {
      while (!stopping) {
        try {
          await fill();
        } catch (error) {
          // The database may be briefly unreachable; keep polling rather than dying.
          if (!stopping) app.log.warn({ err: error }, 'job queue poll failed');
        }
        if (!poked && !stopping) await sleep();
        // Poked while claiming: look again, but after the event loop's turn. A round that awaits nothing but
        // settled promises would otherwise never let timers, sockets and worker threads' answers through.
        else await new Promise<void>((resolve) => setImmediate(resolve));
        wake = null;
      }
    };

    let draining: Promise<void> = Promise.resolve();
    const jobs: Jobs = {
      handle: (kind, handler) => {
        handlers.set(kind, handler);
      },
      enqueue: (job, db) => enqueueJob(db ?? app.db, job),
      drain: () => {
        draining = draining.then(async () => {
          // Until nothing is waiting or running anywhere: this instance's jobs, and another instance's. A
          // closing instance claims nothing more, so a drain under way when it closes ends with it (the jobs it
          // released wait for the next instance).
          for (;;) {
            if (stopping) return;
            await fill();
            if (running.size > 0) {
              await Promise.race(running);
              continue;
            }
            if (!(await hasPendingJobs(app.db, [...handlers.keys()]))) return;
            await new Promise((r) => setTimeout(r, 20));
          }
        });
        return draining;
      },
    };
    app.decorate('jobs', jobs);

    app.addHook('onReady', async () => {
      if (opts.autoStart === false) return;
      unlisten = await app.listenToDatabase(jobsChannel, poke);
      loop = run();
    });
    app.addHook('preClose', async () => {
      stopping = true;
      shutdown.abort(new Error('the server is shutting down'));
      wake?.();
      await unlisten?.();
      await loop;
      await Promise.allSettled([...running]);
      await draining.catch(() => {});
    });
  },
  { name: 'jobs', dependencies: ['database'] },
);
