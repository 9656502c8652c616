import { setTimeout as sleep } from 'node:timers/promises';
import {
  cleanSearchIndexes,
  type Db,
  isWorkRunning,
  staleSearchTexts,
  writeSearchTerms,
} from '@kraftsamling/db';
import fp from 'fastify-plugin';
import { withField } from '../../search/search';
import { matchJobs } from './matching';

export const searchIndexJob = 'search-index';

/** Texts read per round: one short query, one task, one update. */
const batch = 500;
/** How often a reading paused for a whole re-match looks whether the run is through. */
const wholeRunPollMs = 250;

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
      // While a whole re-match of the mobilisation runs, reading texts would take a core from it (a server's
      // first pass over 10,000 organisations' 40,000 texts ran beside the whole run and slowed it by seconds on
      // two cores): the reading pauses until the run is through. It pauses rather than ends, because the run
      // queues this job again just before it is marked done, and that job must not end unread. A run that is
      // only queued is not waited for: it may be waiting for this job's slot.
      const wholeRun = `${matchJobs.mobilisation}:${mobilisationId}`;
      for (;;) {
        job.signal.throwIfAborted();
        while (await isWorkRunning(app.db, wholeRun))
          await sleep(wholeRunPollMs, undefined, { signal: job.signal });
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
