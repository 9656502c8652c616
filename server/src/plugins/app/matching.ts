import { type Db, loadAccessScope } from '@kraftsamling/db';
import fp from 'fastify-plugin';
import { MobilisationIndex } from '../../matching/mobilisation-index';
import { rematchMobilisation, rematchProfile } from '../../matching/rematch';

export const matchJobs = { profile: 'match-profile', mobilisation: 'match-mobilisation' } as const;

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    matching: {
      /** Queues re-matching of a submitted profile (in the caller's transaction when given one). */
      profileSubmitted: (profileId: string, db?: Db) => Promise<void>;
      /** Queues a whole-mobilisation run; returns the job id whose progress can be followed. */
      rematchMobilisation: (mobilisationId: string, db?: Db) => Promise<string>;
    };
  }
}

/**
 * Matching runs in background jobs, never on a request: a submission queues a re-match of that profile, and a
 * coordinator can queue a whole mobilisation. Indexes are cached per mobilisation and synced from the
 * database before each job, so any instance can take any job.
 */
export default fp(
  async (app) => {
    const indexes = new Map<string, MobilisationIndex>();
    const indexOf = (mobilisationId: string) => {
      let mi = indexes.get(mobilisationId);
      if (!mi) {
        mi = new MobilisationIndex(mobilisationId);
        indexes.set(mobilisationId, mi);
      }
      return mi;
    };

    app.jobs.handle(matchJobs.profile, async (job) => {
      const { profileId } = job.payload as { profileId: string };
      const scope = await loadAccessScope(app.db, { profileId });
      const mobilisationId = scope?.mobilisations[0]?.id;
      if (!mobilisationId) return;
      const mi = indexOf(mobilisationId);
      await mi.sync(app.db);
      await rematchProfile(app.db, mi, profileId);
      await app.collaborationMap.refresh(mobilisationId);
    });

    app.jobs.handle(matchJobs.mobilisation, async (job) => {
      const { mobilisationId } = job.payload as { mobilisationId: string };
      const mi = indexOf(mobilisationId);
      await mi.sync(app.db);
      await rematchMobilisation(app.db, mi, job.progress);
      await app.collaborationMap.refresh(mobilisationId);
    });

    app.decorate('matching', {
      profileSubmitted: async (profileId, db) => {
        await app.jobs.enqueue(
          { kind: matchJobs.profile, payload: { profileId }, dedupeKey: `${matchJobs.profile}:${profileId}` },
          db,
        );
      },
      rematchMobilisation: (mobilisationId, db) =>
        app.jobs.enqueue(
          {
            kind: matchJobs.mobilisation,
            payload: { mobilisationId },
            dedupeKey: `${matchJobs.mobilisation}:${mobilisationId}`,
          },
          db,
        ),
    });
  },
  { name: 'matching', dependencies: ['database', 'jobs', 'collaboration-map'] },
);
