import { readStoredOverview, rebuildOverview, runDetached } from '@kraftsamling/db';
import type { Overview } from '@kraftsamling/shared';
import fp from 'fastify-plugin';

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    /** The mobilisation's overview: the stored one, or built (and stored) first if what it shows changed. */
    overview: (mobilisationId: string) => Promise<Overview>;
  }
}

/**
 * The overview (status dashboard) is built once per change and stored in PostgreSQL, where every instance
 * reads it (decision 033); reading it costs one indexed row. Readers that find it out of date on this
 * instance share one build per mobilisation and newest change they saw, so a reader always gets an overview
 * that includes every change it could see (its own writes too).
 */
export default fp(
  async (app) => {
    const building = new Map<string, Promise<Overview>>();
    app.decorate('overview', async (mobilisationId: string) => {
      const stored = await readStoredOverview(app.db, mobilisationId);
      if (stored.overview) return stored.overview;
      const key = `${mobilisationId}:${stored.latestChange}`;
      let build = building.get(key);
      if (!build) {
        // Shared by every reader waiting for it: it goes on when the reader that started it goes away.
        build = runDetached(() => rebuildOverview(app.db, mobilisationId)).finally(() =>
          building.delete(key),
        );
        building.set(key, build);
      }
      return build;
    });
  },
  { name: 'overview', dependencies: ['database'] },
);
