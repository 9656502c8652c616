import {
  type Db,
  getFieldFingerprint,
  loadLearningData,
  type NewJob,
  runQueuedJobNow,
  storeFieldModel,
  withTransaction,
} from '@kraftsamling/db';
import fp from 'fastify-plugin';
import { currentKinds, learningInput } from '../../kinds/kinds';

export const learningJob = 'learn-field';

/**
 * The job that learns a mobilisation's field. It shares the matching lock key: it never runs beside a re-match
 * of the same mobilisation, and the re-match it starts reads the model it stored.
 */
export function learningJobFor(mobilisationId: string, delaySeconds = 0): NewJob {
  return {
    kind: learningJob,
    payload: { mobilisationId },
    dedupeKey: `${learningJob}:${mobilisationId}`,
    lockKey: `matching:${mobilisationId}`,
    ...(delaySeconds > 0 ? { delaySeconds } : {}),
  };
}

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    learning: {
      /**
       * Queues learning the mobilisation's field (in the caller's transaction when given one). `coalesce`:
       * wait a while first, so a coordinator's run of review decisions is learnt from once, not per click.
       */
      schedule: (mobilisationId: string, options?: { db?: Db; coalesce?: boolean }) => Promise<string>;
    };
  }
}

/**
 * Learning from the mobilisation (decision 015): after its kinds change, after review decisions (coalesced)
 * and after imports, a job reads its kinds, texts, decisions and tags, learns its field in the matching worker
 * thread (the engine's learnField) and stores the model; a model with a new fingerprint starts a whole re-match,
 * whose lists then carry the new engine version. Never on a request.
 */
export default fp(
  async (app, opts: { coalesceSeconds?: number }) => {
    const coalesceSeconds = opts.coalesceSeconds ?? 30;

    app.jobs.handle(learningJob, async (job) => {
      const { mobilisationId } = job.payload as { mobilisationId: string };
      const kinds = await currentKinds(app.db, mobilisationId);
      const data = await loadLearningData(app.db, mobilisationId);
      const input = learningInput(kinds, data);
      const model = await app.workers.run('matching.learn', { input });
      job.signal.throwIfAborted();
      await withTransaction(app.db, async (trx) => {
        const before = await getFieldFingerprint(trx, mobilisationId);
        await storeFieldModel(trx, mobilisationId, {
          model,
          fingerprint: model.fingerprint,
          kindsVersion: kinds.version,
          learnedFrom: {
            items: input.items.length,
            decisions: input.decisions?.length ?? 0,
            tags: input.tags?.length ?? 0,
          },
        });
        if (before !== model.fingerprint) await app.matching.rematchMobilisation(mobilisationId, trx);
      });
    });

    app.decorate('learning', {
      schedule: async (mobilisationId, options = {}) => {
        const db = options.db ?? app.db;
        const id = await app.jobs.enqueue(
          learningJobFor(mobilisationId, options.coalesce ? coalesceSeconds : 0),
          db,
        );
        // A change that should be learnt from now finds a coalescing job waiting: it runs now instead.
        if (!options.coalesce) await runQueuedJobNow(db, id);
        return id;
      },
    });
  },
  { name: 'learning', dependencies: ['database', 'jobs', 'workers', 'matching'] },
);
