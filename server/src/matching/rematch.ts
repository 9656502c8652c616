import {
  clearUnfinishedRun,
  counterpartsOfProfile,
  type Db,
  getFieldFingerprint,
  getFieldModel,
  listGoals,
  loadMatchableProfiles,
  loadMatches,
  loadProfileRevisions,
  pruneWithdrawnMatches,
  type RankedPair,
  refreshStatisticsAfter,
  replaceMatchesWithStaged,
  stageMatches,
  startLoadingMatches,
  storedMatchSignatures,
  swapInLoadedMatches,
  withTransaction,
  writeRankings,
} from '@kraftsamling/db';
import type { FieldModel } from '@kraftsamling/matching';
import type { ServerTasks } from '../workers/tasks';
import type { WorkerThreads } from '../workers/threads';
import type { ItemLists } from './rank';

export { listLength } from './rank';

type Workers = WorkerThreads<ServerTasks>;

/** Profiles are read and handed to the matching thread in batches this size (each one a short query). */
const loadBatch = 1000;
/** Pairs of a whole run are staged in statements of this many rows: short enough to interleave with requests. */
const stageBatch = 5000;

/**
 * A promise awaited later: marked as handled now, so that if it fails while the caller awaits something else
 * the process does not treat it as an unhandled rejection (the later `await` still sees the error).
 */
function awaitedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/**
 * Brings the matching thread's index of the mobilisation up to date with the database: its learnt field
 * (handed over only when its fingerprint moved), and the profiles that moved since it last saw them. Returns
 * the engine version the lists it ranks carry.
 */
export async function syncIndex(db: Db, workers: Workers, mobilisationId: string): Promise<string> {
  const [goals, revisions, fingerprint] = await Promise.all([
    listGoals(db, mobilisationId),
    loadProfileRevisions(db, mobilisationId),
    getFieldFingerprint(db, mobilisationId),
  ]);
  const plan = (current: string | null) =>
    workers.run('matching.plan', {
      mobilisationId,
      fingerprint: current,
      goals: goals.map((g) => ({ id: g.code, sv: g.sv, en: g.en })),
      revisions: [...revisions],
    });
  let planned = await plan(fingerprint);
  if (planned.needField) {
    // Read whole only when it moved; if it moved again since the fingerprint was read, the newer one is used.
    const stored = await getFieldModel(db, mobilisationId);
    // Stored by the learning job from the engine's own learnField, so it is a FieldModel.
    const model = stored ? (stored.model as FieldModel) : null;
    await workers.run('matching.field', { mobilisationId, model });
    planned = await plan(stored?.fingerprint ?? null);
  }
  if (planned.needField) throw new Error('the matching thread did not take the mobilisation field');
  const toLoad = planned.load;
  // The thread analyses one batch while the next is read.
  let analysing: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < toLoad.length; i += loadBatch) {
      const profiles = await loadMatchableProfiles(db, mobilisationId, toLoad.slice(i, i + loadBatch));
      await analysing;
      analysing = awaitedLater(workers.run('matching.load', { mobilisationId, profiles }));
    }
  } finally {
    await analysing;
  }
  return planned.engineVersion;
}

export type Paired = { needs: string[]; offers: string[] };

async function writeLists(
  db: Db,
  mobilisationId: string,
  version: string,
  lists: { needs: ItemLists; offers: ItemLists },
) {
  await writeRankings(db, mobilisationId, version, {
    needs: new Map<string, RankedPair[]>(lists.needs),
    offers: new Map<string, RankedPair[]>(lists.offers),
  });
}

/**
 * After a submission, first what the organisation sees: the lists of the profile's own needs and offers, and
 * its withdrawn items' pairs removed, in one transaction. `next` runs in that transaction with the items that
 * were paired with the profile before (they are gone from the stored lists once this commits): it queues the
 * second part, `rematchAroundProfile`, so that part is queued exactly when the first is stored.
 */
export async function rematchProfile(
  db: Db,
  workers: Workers,
  mobilisationId: string,
  profileId: string,
  next: (trx: Db, paired: Paired) => Promise<void>,
): Promise<void> {
  // Read side by side: the stored pairs do not depend on the thread's index.
  const [version, paired] = await Promise.all([
    syncIndex(db, workers, mobilisationId),
    counterpartsOfProfile(db, profileId),
  ]);
  const lists = await workers.run('matching.profile', { mobilisationId, profileId, part: 'own', paired });
  await withTransaction(db, async (trx) => {
    await writeLists(trx, mobilisationId, version, lists);
    await pruneWithdrawnMatches(trx, profileId);
    await next(trx, paired);
  });
}

/**
 * The second part of a submission's re-match: the lists of the items that were paired with the profile and of
 * the items its new texts rank highly, which it may now enter.
 */
export async function rematchAroundProfile(
  db: Db,
  workers: Workers,
  mobilisationId: string,
  profileId: string,
  paired: Paired,
): Promise<void> {
  const version = await syncIndex(db, workers, mobilisationId);
  const lists = await workers.run('matching.profile', { mobilisationId, profileId, part: 'others', paired });
  await withTransaction(db, (trx) => writeLists(trx, mobilisationId, version, lists));
}

/**
 * A whole run's steps, for timing them: bringing the thread's index up to date (with the stored pairs read
 * meanwhile), ranking and comparing, writing what changed (staged, or loaded into a new partition), making it
 * the stored lists (replacing in place, or swapping the new partition in), refreshing statistics.
 */
export type RunPhase = 'index' | 'rank' | 'stage' | 'replace' | 'analyze';

/**
 * A run that changes more than this share of its pairs (new, changed or gone) writes a fresh partition instead
 * of changing the stored one in place: writing a row with its indexes and keys kept up to date costs about five
 * times as much as loading it and building them afterwards (decision 046).
 */
const loadShare = 0.2;

/**
 * Ranks every need and every offer of the mobilisation again. The matching thread computes every list and
 * compares each pair with the stored one by its signature (decision 044). When few changed, the new and changed
 * pairs are staged in batches and then, with the pairs no longer listed removed, replace the stored ones in one
 * transaction; when many did (a first run, a new field model), they are loaded into a table of their own, the
 * unchanged stored pairs copied beside them, and that table takes the place of the mobilisation's partition in
 * one transaction (decision 046). Either way readers see
 * the old lists until the new ones are complete, and a run that dies midway leaves them in place (decision
 * 016). A run that changes nothing writes nothing (and, from an index that has not changed since the last run,
 * ranks nothing either). Progress counts pairs compared and written.
 */
export async function rematchMobilisation(
  db: Db,
  workers: Workers,
  mobilisationId: string,
  progress: (done: number, total: number) => Promise<void>,
  options: { batch?: number; phase?: (name: RunPhase, ms: number) => void; loadShare?: number } = {},
): Promise<void> {
  const batchSize = options.batch ?? stageBatch;
  let lap = performance.now();
  const phase = (name: RunPhase) => {
    const now = performance.now();
    options.phase?.(name, now - lap);
    lap = now;
  };
  await clearUnfinishedRun(db, mobilisationId);
  // The stored pairs are read while the thread brings its index up to date.
  const [version, stored] = await Promise.all([
    syncIndex(db, workers, mobilisationId),
    storedMatchSignatures(db, mobilisationId),
  ]);
  phase('index');
  const run = await workers.run('matching.full', { mobilisationId, stored });
  phase('rank');
  const whole = run.changed + run.gone.count > (options.loadShare ?? loadShare) * run.pairs;
  let done = run.pairs - run.changed;
  await progress(done, run.pairs);
  if (run.changed === 0 && run.gone.count === 0) {
    // The stored lists are the new ones: nothing to write, and nothing for readers' summaries to redo.
    for (const name of ['stage', 'replace', 'analyze'] as const) phase(name);
    return;
  }
  if (whole) await startLoadingMatches(db, mobilisationId);
  // The thread encodes the next batch while this one is written.
  const take = () =>
    awaitedLater(
      workers.run('matching.take', {
        mobilisationId,
        max: batchSize,
        engineVersion: whole ? version : null,
      }),
    );
  let next = take();
  try {
    for (let batch = await next; batch; batch = await next) {
      next = take();
      if (whole) await loadMatches(db, mobilisationId, batch);
      else await stageMatches(db, batch);
      done += batch.count;
      await progress(done, run.pairs);
    }
  } finally {
    await next.catch(() => null);
  }
  phase('stage');
  if (whole) {
    // The unchanged pairs are copied over in the database; the loaded partition's statistics are gathered
    // before it is swapped in.
    await swapInLoadedMatches(db, mobilisationId, run.gone, run.pairs - run.changed);
    phase('replace');
    phase('analyze');
    return;
  }
  const { changed } = await replaceMatchesWithStaged(db, mobilisationId, version, run.gone);
  phase('replace');
  // A whole run may rewrite many pairs: the planner's picture of `matches` is refreshed when it did (decision
  // 018); a run that changed little leaves it.
  await refreshStatisticsAfter(db, 'matches', changed);
  phase('analyze');
}
