import {
  readStoredOverview,
  readStoredReviewQueueSize,
  rebuildOverview,
  rebuildReviewQueueSize,
  runDetached,
  type StoredQueueSize,
} from '@kraftsamling/db';
import type { Overview } from '@kraftsamling/shared';
import fp from 'fastify-plugin';

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    /** The mobilisation's overview: the stored one, or built (and stored) first if what it shows changed. */
    overview: (mobilisationId: string) => Promise<Overview>;
    /**
     * How many pairs the whole open review queue holds: stored, or counted (and stored) first. `stored`: the
     * stored size as a statement of the caller's already read it (the review page's), not read again.
     */
    reviewQueueSize: (mobilisationId: string, stored?: StoredQueueSize) => Promise<number>;
  }
}

/**
 * Summaries read routes answer from are built once per change and stored in PostgreSQL, where every instance
 * reads them (decision 033); reading one costs one indexed row. Readers that find one out of date on this
 * instance share one build per mobilisation and newest change they saw, so a reader always gets a summary
 * that includes every change it could see (its own writes too).
 */
export default fp(
  async (app) => {
    const current = <T>(
      name: string,
      read: (mobilisationId: string) => Promise<{ value: T | null; latestChange: number }>,
      rebuild: (mobilisationId: string) => Promise<T>,
    ) => {
      const building = new Map<string, Promise<T>>();
      return async (
        mobilisationId: string,
        known?: { value: T | null; latestChange: number },
      ): Promise<T> => {
        const stored = known ?? (await read(mobilisationId));
        if (stored.value !== null) return stored.value;
        const key = `${name}:${mobilisationId}:${stored.latestChange}`;
        let build = building.get(key);
        if (!build) {
          // Shared by every reader waiting for it: it goes on when the reader that started it goes away.
          build = runDetached(() => rebuild(mobilisationId)).finally(() => building.delete(key));
          building.set(key, build);
        }
        return build;
      };
    };
    app.decorate(
      'overview',
      current(
        'overview',
        async (id) => {
          const { overview, latestChange } = await readStoredOverview(app.db, id);
          return { value: overview, latestChange };
        },
        (id) => rebuildOverview(app.db, id),
      ),
    );
    const reviewQueueSize = current(
      'review-queue',
      async (id) => {
        const { size, latestChange } = await readStoredReviewQueueSize(app.db, id);
        return { value: size, latestChange };
      },
      (id) => rebuildReviewQueueSize(app.db, id),
    );
    app.decorate('reviewQueueSize', (mobilisationId: string, stored?: StoredQueueSize) =>
      reviewQueueSize(mobilisationId, stored && { value: stored.size, latestChange: stored.latestChange }),
    );
  },
  { name: 'read-summaries', dependencies: ['database'] },
);
