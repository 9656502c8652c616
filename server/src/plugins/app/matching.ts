import { type Db, loadAccessScope } from '@kraftsamling/db';
import fp from 'fastify-plugin';
import {
  type Paired,
  type RunPhase,
  rematchAroundProfile,
  rematchMobilisation,
  rematchProfile,
} from '../../matching/rematch';

export const matchJobs = {
  profile: 'match-profile',
  aroundProfile: 'match-around-profile',
  mobilisation: 'match-mobilisation',
} as const;

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    matching: {
      /** Queues re-matching of a submitted profile (in the caller's transaction when given one). */
      profileSubmitted: (mobilisationId: string, profileId: string, db?: Db) => Promise<void>;
      /** Queues a whole-mobilisation run; returns the job id whose progress can be followed. */
      rematchMobilisation: (mobilisationId: string, db?: Db) => Promise<string>;
    };
  }
}

/** One matching job per mobilisation runs at a time, on any instance: they write the same lists. */
const lockKey = (mobilisationId: string) => `matching:${mobilisationId}`;

/**
 * Matching runs in background jobs, never on a request: a submission queues a re-match of that profile, and a
 * coordinator can queue a whole mobilisation. The engine runs in the `matching` worker thread, which keeps an
 * index per mobilisation synced from the database before each job, so any instance can take any job.
 */
export default fp(
  async (app, opts: { warm?: boolean }) => {
    app.jobs.handle(matchJobs.profile, async (job) => {
      const { profileId } = job.payload as { profileId: string };
      const scope = await loadAccessScope(app.db, { profileId });
      const mobilisationId = scope?.mobilisations[0]?.id;
      if (!mobilisationId) return;
      // The organisation's own lists first (what `pending` waits for), the lists around them in a job of its
      // own, queued in the same transaction.
      await rematchProfile(app.db, app.workers, mobilisationId, profileId, async (trx, paired) => {
        await app.jobs.enqueue(
          {
            kind: matchJobs.aroundProfile,
            payload: { profileId, mobilisationId, paired },
            lockKey: lockKey(mobilisationId),
          },
          trx,
        );
      });
    });

    app.jobs.handle(matchJobs.aroundProfile, async (job) => {
      const { profileId, mobilisationId, paired } = job.payload as {
        profileId: string;
        mobilisationId: string;
        paired: Paired;
      };
      await rematchAroundProfile(app.db, app.workers, mobilisationId, profileId, paired);
      await app.collaborationMap.refresh(mobilisationId);
      await app.searchIndex.refresh(mobilisationId);
    });

    app.jobs.handle(matchJobs.mobilisation, async (job) => {
      const { mobilisationId } = job.payload as { mobilisationId: string };
      const started = performance.now();
      const phases: Partial<Record<RunPhase, number>> = {};
      await rematchMobilisation(app.db, app.workers, mobilisationId, job.progress, {
        phase: (name, ms) => {
          phases[name] = Math.round(ms);
        },
      });
      await app.collaborationMap.refresh(mobilisationId);
      await app.searchIndex.refresh(mobilisationId);
      // One line per whole run: where its time went (bench:jobs reads it).
      app.log.info(
        { job: job.id, ms: Math.round(performance.now() - started), phases },
        'whole re-match done',
      );
    });

    if (opts.warm !== false) {
      // The matching thread is started with the server, not by the first job after a start: that job (a
      // coordinator's whole run, a submission whose matches the organisation waits for) would wait about a
      // second for its modules and vocabularies.
      app.addHook('onReady', async () => {
        app.workers
          .run('matching.ready', undefined)
          .catch((error: unknown) => app.log.warn({ err: error }, 'the matching thread did not start'));
      });
    }

    app.decorate('matching', {
      profileSubmitted: async (mobilisationId, profileId, db) => {
        await app.jobs.enqueue(
          {
            kind: matchJobs.profile,
            payload: { profileId },
            dedupeKey: `${matchJobs.profile}:${profileId}`,
            lockKey: lockKey(mobilisationId),
          },
          db,
        );
      },
      rematchMobilisation: (mobilisationId, db) =>
        app.jobs.enqueue(
          {
            kind: matchJobs.mobilisation,
            payload: { mobilisationId },
            dedupeKey: `${matchJobs.mobilisation}:${mobilisationId}`,
            lockKey: lockKey(mobilisationId),
          },
          db,
        ),
    });
  },
  { name: 'matching', dependencies: ['database', 'jobs', 'workers', 'collaboration-map', 'search-index'] },
);
