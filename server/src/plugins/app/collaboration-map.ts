import {
  type Db,
  loadMapSources,
  readMapDocument,
  readMapDocumentBody,
  readMapDocumentState,
  runDetached,
  storeMapDocument,
  writeMap,
} from '@kraftsamling/db';
import fp from 'fastify-plugin';
import { buildMapDocument, type SentEncoding, sentBody, storedEncoding } from '../../map/document';

export const mapJob = 'map-layout';

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    collaborationMap: {
      /** Queues a recomputation of the mobilisation's map (in the caller's transaction when given). */
      refresh: (mobilisationId: string, db?: Db) => Promise<void>;
      /** The ETag of the current map document, built first if what the map shows changed since. */
      current: (mobilisationId: string) => Promise<string>;
      /** The body of the document with that ETag, in an encoding; null when it was replaced meanwhile. */
      body: (
        mobilisationId: string,
        etag: string,
        encoding: SentEncoding,
        pending: boolean,
      ) => Promise<Buffer | null>;
    };
  }
}

/**
 * The collaboration map is computed in a background job whenever matches, decisions or interests change:
 * links between organisations, the concepts and goals each one concerns, and a stable layout. The analysis
 * and the layout run in the `map` worker thread. One layout per mobilisation runs at a time, on any instance
 * (the job's lock key), and a request made while one waits is absorbed by it (the dedupe key): it reads the
 * data as it is when it starts.
 */
export default fp(
  async (app) => {
    app.jobs.handle(mapJob, async (job) => {
      const { mobilisationId } = job.payload as { mobilisationId: string };
      const sources = await loadMapSources(app.db, mobilisationId);
      const nodes = await app.workers.run('map.layout', {
        organisations: sources.organisations,
        links: sources.links,
        previous: [...sources.positions],
        items: sources.items,
        goals: [...sources.goals].map(([id, goals]): [string, string[]] => [id, [...goals]]),
      });
      job.signal.throwIfAborted();
      await writeMap(app.db, mobilisationId, nodes);
      // The document is built here, once per layout, so that no reader waits for it.
      await current(mobilisationId);
    });

    // Builds in progress on this instance, one per mobilisation and revision: readers arriving while the
    // document is rebuilt wait for that build instead of starting their own.
    const building = new Map<string, Promise<string>>();
    const current = async (mobilisationId: string): Promise<string> => {
      const state = await readMapDocumentState(app.db, mobilisationId);
      if (state.etag && state.builtRevision === state.revision) return state.etag;
      const key = `${mobilisationId}:${state.revision}`;
      let build = building.get(key);
      if (!build) {
        // Shared by every reader waiting for it: it goes on when the reader that started it goes away.
        build = runDetached(async () => {
          // Read after the revision: the data is at least as new as the revision the document is stored as.
          const document = await buildMapDocument(
            await readMapDocument(app.db, mobilisationId),
            state.revision,
          );
          await storeMapDocument(app.db, mobilisationId, document);
          return document.etag;
        }).finally(() => building.delete(key));
        building.set(key, build);
      }
      return build;
    };

    // Recently sent bodies, by ETag and encoding: a popular map is read from PostgreSQL once per instance, not
    // once per request. Only a cache (the content is named by its ETag), bounded in bytes.
    const cache = new Map<string, Buffer>();
    const cacheLimit = 64 * 1024 * 1024;
    let cached = 0;
    const remember = (key: string, body: Buffer) => {
      cache.set(key, body);
      cached += body.length;
      for (const [oldest, value] of cache) {
        if (cached <= cacheLimit) break;
        cache.delete(oldest);
        cached -= value.length;
      }
    };
    const body = async (
      mobilisationId: string,
      etag: string,
      encoding: SentEncoding,
      pending: boolean,
    ): Promise<Buffer | null> => {
      const key = `${etag}|${encoding}|${pending}`;
      const hit = cache.get(key);
      if (hit) {
        // Most recently used last, so the oldest is evicted first.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const direct = !pending && encoding !== 'identity';
      const stored = await readMapDocumentBody(
        app.db,
        mobilisationId,
        etag,
        direct ? storedEncoding[encoding] : 'gzip',
      );
      if (!stored) return null;
      const sent = await sentBody(stored, encoding, pending);
      remember(key, sent);
      return sent;
    };

    app.decorate('collaborationMap', {
      refresh: async (mobilisationId, db) => {
        const key = `${mapJob}:${mobilisationId}`;
        await app.jobs.enqueue(
          { kind: mapJob, payload: { mobilisationId }, dedupeKey: key, lockKey: key },
          db,
        );
      },
      current,
      body,
    });
  },
  { name: 'collaboration-map', dependencies: ['database', 'jobs', 'workers'] },
);
