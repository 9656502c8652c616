import { type Db, loadMapSources, writeMap } from '@kraftsamling/db';
import { analyse } from '@kraftsamling/matching';
import fp from 'fastify-plugin';
import { layoutMap } from '../../map/layout';

export const mapJob = 'map-layout';

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    collaborationMap: {
      /** Queues a recomputation of the mobilisation's map (in the caller's transaction when given). */
      refresh: (mobilisationId: string, db?: Db) => Promise<void>;
    };
  }
}

/** A concept counts for an organisation when one of its needs or offers is clearly about it. */
const conceptScore = 2;

/**
 * The collaboration map is computed in a background job whenever matches, decisions or interests change:
 * links between organisations, the concepts and goals each one concerns, and a stable layout.
 */
export default fp(
  async (app) => {
    app.jobs.handle(mapJob, async (job) => {
      const { mobilisationId } = job.payload as { mobilisationId: string };
      const sources = await loadMapSources(app.db, mobilisationId);
      const concepts = new Map<string, Set<string>>();
      for (const item of sources.items) {
        const analysis = analyse(item.text, { themes: item.themes, targetGroups: item.targetGroups });
        const main = analysis.concepts[0];
        if (!main || main.score < conceptScore) continue;
        const set = concepts.get(item.organisationId) ?? new Set<string>();
        set.add(main.id);
        concepts.set(item.organisationId, set);
      }
      const positions = layoutMap({
        nodes: sources.organisations,
        links: sources.links,
        previous: sources.positions,
      });
      await writeMap(
        app.db,
        mobilisationId,
        sources.organisations.map((id) => ({
          organisationId: id,
          x: positions.get(id)?.x ?? 0,
          y: positions.get(id)?.y ?? 0,
          concepts: [...(concepts.get(id) ?? [])].sort(),
          goals: [...(sources.goals.get(id) ?? [])].sort(),
        })),
        sources.links,
      );
    });

    app.decorate('collaborationMap', {
      refresh: async (mobilisationId, db) => {
        await app.jobs.enqueue(
          { kind: mapJob, payload: { mobilisationId }, dedupeKey: `${mapJob}:${mobilisationId}` },
          db,
        );
      },
    });
  },
  { name: 'collaboration-map', dependencies: ['database', 'jobs'] },
);
