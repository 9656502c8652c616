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
  type MatchableProfile,
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
import type { FieldModel, GoalDefinition } from '@kraftsamling/matching';
import { withField } from '../search/search';
import type { ServerTasks } from '../workers/tasks';
import type { WorkerThreads } from '../workers/threads';
import { needTextBatches } from './need-goals';
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
  const goalDefinitions = goals.map((g) => ({ id: g.code, sv: g.sv, en: g.en }));
  let current = fingerprint;
  const plan = () =>
    workers.run('matching.plan', {
      mobilisationId,
      fingerprint: current,
      goals: goalDefinitions,
      revisions: [...revisions],
    });
  let planned = await plan();
  if (planned.needField) {
    // Read whole only when it moved; if it moved again since the fingerprint was read, the newer one is used.
    const stored = await getFieldModel(db, mobilisationId);
    // Stored by the learning job from the engine's own learnField, so it is a FieldModel.
    const model = stored ? (stored.model as FieldModel) : null;
    await workers.run('matching.field', { mobilisationId, model });
    current = stored?.fingerprint ?? null;
    planned = await plan();
  }
  if (planned.needField) throw new Error('the matching thread did not take the mobilisation field');
  const toLoad = planned.load;
  const deferGoals = planned.goalsApart;
  const linking = deferGoals ? new NeedGoals(db, workers, mobilisationId, current, goalDefinitions) : null;
  // The thread analyses one batch while the next is read (and, from scratch, the search thread links the
  // needs of the batches it was given to goals).
  let analysing: Promise<void> = Promise.resolve();
  try {
    for (let i = 0; i < toLoad.length; i += loadBatch) {
      const profiles = await loadMatchableProfiles(db, mobilisationId, toLoad.slice(i, i + loadBatch));
      await analysing;
      analysing = awaitedLater(workers.run('matching.load', { mobilisationId, profiles, deferGoals }));
      linking?.add(profiles);
    }
  } finally {
    await analysing;
    // Always, so no need is left waiting for its goal: what the search thread did not link, the matching
    // thread links itself.
    if (linking) {
      const links = await linking.links();
      await workers.run('matching.goals', { mobilisationId, fingerprint: current, links });
    }
  }
  return planned.engineVersion;
}

/** Profiles' need texts handed to the search thread to be linked to goals, at most this many profiles a task. */
const goalsTask = 250;

/**
 * A cold index's needs linked to goals in the search thread while the matching thread reads them into its
 * index (decision 074): the same links, in the same batches, as the matching thread would make (each profile's
 * need texts that no earlier profile had, in the order they are loaded).
 */
class NeedGoals {
  private readonly seen = new Set<string>();
  private readonly tasks: Promise<[text: string, goal: string | null][]>[] = [];
  private first: Promise<unknown> | null = null;

  constructor(
    private readonly db: Db,
    private readonly workers: Workers,
    private readonly mobilisationId: string,
    private readonly fingerprint: string | null,
    private readonly goals: GoalDefinition[],
  ) {}

  add(profiles: MatchableProfile[]): void {
    const batches = needTextBatches(profiles, this.seen);
    for (let i = 0; i < batches.length; i += goalsTask) {
      const chunk = batches.slice(i, i + goalsTask);
      this.tasks.push(awaitedLater(this.link(chunk)));
    }
  }

  private async link(profiles: string[][]): Promise<[string, string | null][]> {
    // The first task hands the search thread the field if it lacks it; the others wait for that, so the model
    // is read and handed over once (the thread takes its tasks one after another anyway).
    const first = this.first;
    const linking = (async () => {
      await first?.catch(() => {});
      return withField(
        this.db,
        this.workers,
        this.mobilisationId,
        (reading) =>
          // Linked with the field the index reads with, or not at all.
          reading.fingerprint === this.fingerprint
            ? this.workers.run('search.needGoals', { ...reading, goals: this.goals, profiles })
            : Promise.reject(new Error('the field moved on while the index was read')),
        this.fingerprint,
      );
    })();
    this.first ??= linking;
    const linked = await linking;
    return profiles.flatMap((texts, p) =>
      texts.map((text, t) => [text, linked.goals[p]?.[t] ?? null] as [string, string | null]),
    );
  }

  /**
   * Every text's goal, or none at all if any task failed: the matching thread then links every need itself,
   * a profile at a time, so a need's goal never depends on which thread linked its profile.
   */
  async links(): Promise<[string, string | null][]> {
    try {
      return (await Promise.all(this.tasks)).flat();
    } catch {
      return [];
    }
  }
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
