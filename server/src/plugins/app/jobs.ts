import { randomUUID } from 'node:crypto';
import {
  claimJob,
  completeJob,
  type Db,
  enqueueJob,
  failJob,
  hasPendingJobs,
  type NewJob,
  reportJobProgress,
} from '@kraftsamling/db';
import fp from 'fastify-plugin';

export type JobContext = {
  id: string;
  payload: unknown;
  /** Records progress (and extends the lease, so a long job is not taken over by another instance). */
  progress: (done: number, total: number) => Promise<void>;
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

const leaseSeconds = 60;
const maxAttempts = 3;

/**
 * Background work off the request path (re-matching after a submission, whole-mobilisation runs). Jobs live
 * in PostgreSQL, so any instance can take them and a crash loses none; this loop polls, and is woken at once
 * when this instance queues something.
 */
export default fp(
  async (app, opts: { pollMs?: number; autoStart?: boolean }) => {
    const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
    const handlers = new Map<string, JobHandler>();
    const pollMs = opts.pollMs ?? 1000;
    let stopping = false;
    let wake: (() => void) | null = null;
    let loop: Promise<void> | null = null;

    const runOne = async (): Promise<boolean> => {
      const job = await claimJob(app.db, workerId, [...handlers.keys()], leaseSeconds);
      if (!job) return false;
      const handler = handlers.get(job.kind);
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler({
          id: job.id,
          payload: job.payload,
          progress: (done, total) => reportJobProgress(app.db, job.id, done, total, leaseSeconds),
        });
        await completeJob(app.db, job.id);
      } catch (error) {
        app.log.error({ err: error, job: job.id, kind: job.kind }, 'job failed');
        await failJob(app.db, job.id, error instanceof Error ? error.message : String(error), maxAttempts);
      }
      return true;
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
        let worked = false;
        try {
          worked = await runOne();
        } catch (error) {
          // The database may be briefly unreachable; keep polling rather than dying.
          if (!stopping) app.log.warn({ err: error }, 'job queue poll failed');
        }
        if (!worked && !stopping) await sleep();
        wake = null;
      }
    };

    let draining: Promise<void> = Promise.resolve();
    const jobs: Jobs = {
      handle: (kind, handler) => {
        handlers.set(kind, handler);
      },
      enqueue: async (job, db) => {
        const id = await enqueueJob(db ?? app.db, job);
        wake?.();
        return id;
      },
      drain: () => {
        draining = draining.then(async () => {
          while (await runOne()) {}
          // Another instance's loop (or ours) may still be running a job.
          while (await hasPendingJobs(app.db, [...handlers.keys()])) {
            await new Promise((r) => setTimeout(r, 20));
            while (await runOne()) {}
          }
        });
        return draining;
      },
    };
    app.decorate('jobs', jobs);

    app.addHook('onReady', async () => {
      if (opts.autoStart !== false) loop = run();
    });
    app.addHook('preClose', async () => {
      stopping = true;
      wake?.();
      await loop;
      await draining.catch(() => {});
    });
  },
  { name: 'jobs', dependencies: ['database'] },
);
