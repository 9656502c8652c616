import { cleanSearchIndexes, type Db, staleSearchTexts, writeSearchTerms } from '@kraftsamling/db';
import fp from 'fastify-plugin';
import { withField } from '../../search/search';

export const searchIndexJob = 'search-index';

/** Texts read per round: one short query, one task, one update. */
const batch = 500;

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    searchIndex: {
      /** Queues reading the mobilisation's new and changed texts into search terms. */
      refresh: (mobilisationId: string, db?: Db) => Promise<void>;
    };
  }
}

/**
 * The engine's reading of every text as search terms is kept in the database (decision 023). A background job
 * brings a mobilisation's up to date after its matches are (a submission, an import, a new field): it reads in
 * the `search` thread the texts whose stored terms are missing or stale and writes their terms back. Until
 * then search finds a new text by its words.
 */
export default fp(
  async (app) => {
    app.jobs.handle(searchIndexJob, async (job) => {
      const { mobilisationId } = job.payload as { mobilisationId: string };
      let reading = { mobilisationId, fingerprint: null as string | null };
      const { version } = await withField(app.db, app.workers, mobilisationId, (r) => {
        reading = r;
        return app.workers.run('search.version', r);
      });
      for (;;) {
        job.signal.throwIfAborted();
        const stale = await staleSearchTexts(app.db, mobilisationId, version, batch);
        if (stale.length === 0) {
          // What this job and the writers before it added is merged into the indexes, for searches to read.
          await cleanSearchIndexes(app.db);
          return;
        }
        const read = await app.workers.run('search.terms', { ...reading, texts: stale.map((s) => s.text) });
        // The field moved on while this job ran: the re-match it starts queues this job again.
        if ('needField' in read || read.version !== version) return;
        await writeSearchTerms(
          app.db,
          stale.map((s, i) => ({
            table: s.table,
            id: s.id,
            key: s.key,
            terms: read.readings[i]?.terms ?? [],
            evidence: read.readings[i]?.evidence ?? {},
          })),
        );
      }
    });

    app.decorate('searchIndex', {
      refresh: async (mobilisationId, db) => {
        const key = `${searchIndexJob}:${mobilisationId}`;
        await app.jobs.enqueue(
          { kind: searchIndexJob, payload: { mobilisationId }, dedupeKey: key, lockKey: key },
          db,
        );
      },
    });
  },
  { name: 'search-index', dependencies: ['database', 'jobs', 'workers'] },
);
