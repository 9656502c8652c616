import {
  readStoredOverview,
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
     * How many pairs the whole open review queue holds: `stored`, the stored size as the review page read it,
     * or counted (and stored) first when that is out of date.
     */
    reviewQueueSize: (mobilisationId: string, stored: StoredQueueSize) => Promise<number>;
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
    /** The stored summary, or one build per mobilisation and newest change seen, shared by its readers. */
    const sharedBuilds = <T>(name: string, rebuild: (mobilisationId: string) => Promise<T>) => {
      const building = new Map<string, Promise<T>>();
      return (mobilisationId: string, stored: { value: T | null; latestChange: number }): Promise<T> => {
        if (stored.value !== null) return Promise.resolve(stored.value);
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
    const overview = sharedBuilds('overview', (id) => rebuildOverview(app.db, id));
    app.decorate('overview', async (mobilisationId: string) => {
      const stored = await readStoredOverview(app.db, mobilisationId);
      return overview(mobilisationId, { value: stored.overview, latestChange: stored.latestChange });
    });
    const reviewQueueSize = sharedBuilds('review-queue', (id) => rebuildReviewQueueSize(app.db, id));
    app.decorate('reviewQueueSize', (mobilisationId: string, stored: StoredQueueSize) =>
      reviewQueueSize(mobilisationId, { value: stored.size, latestChange: stored.latestChange }),
    );
  },
  { name: 'read-summaries', dependencies: ['database'] },
);
