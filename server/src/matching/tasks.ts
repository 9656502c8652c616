import type { MatchableProfile } from '@kraftsamling/db';
import {
  type EncodedPairRows,
  encodePairRows,
  type PairColumns,
  pairsDigest,
  parseStoredSignatures,
  sameDigest,
  storedDigest,
  textArrayLiteral,
} from '@kraftsamling/db/pair-columns';
import {
  type AbbreviationInput,
  Analyser,
  Field,
  type FieldModel,
  type GoalDefinition,
  type KindDefinition,
  type LearningInput,
  learnField,
  type TargetGroupInput,
} from '@kraftsamling/matching';
import { MobilisationIndex, type ProjectToRead } from './mobilisation-index';
import { allPairs, comparePairs, pickPairs, profileLists } from './rank';

// The matching lane's tasks: they run in a worker thread, which keeps each mobilisation's engine index between
// jobs. The main thread reads the database, hands the thread what it needs, and writes what comes back.

const indexes = new Map<string, MobilisationIndex>();
/**
 * A whole-mobilisation run's changed pairs (positions in `pairs`), handed to the main thread in batches (one big
 * message would block it).
 */
const pending = new Map<string, { pairs: PairColumns; changed: number[]; next: number }>();

function indexOf(mobilisationId: string): MobilisationIndex {
  let mi = indexes.get(mobilisationId);
  if (!mi) {
    mi = new MobilisationIndex(mobilisationId);
    indexes.set(mobilisationId, mi);
  }
  return mi;
}

/** An id no profile has (profiles are uuids): the preview's text stands in the index under it for one task. */
const PREVIEW_ORG = 'preview';

export type KindsPreview = {
  kinds: { id: string; score: number; evidence: string[] }[];
  targetGroups: { id: string; evidence: string[] }[];
  matches: { itemId: string; score: number; suggested: boolean }[];
};

export const matchingTasks = {
  /**
   * What the engine makes of a text: read with the coordinators' draft kinds (null: the template), and ranked
   * against the mobilisation's counterparts as its current field ranks them. The text joins the index for this
   * one synchronous task only, so no job ever sees it.
   */
  'matching.preview': (input: {
    mobilisationId: string;
    kinds: KindDefinition[] | null;
    /** The mobilisation's own target groups and abbreviations (absent: the general language's). */
    targetGroups?: TargetGroupInput[];
    abbreviations?: AbbreviationInput[];
    text: string;
    side: 'need' | 'offer';
  }): KindsPreview => {
    const own = input.targetGroups || input.abbreviations;
    const reader =
      input.kinds || own
        ? Field.fromModel(
            learnField({
              ...(input.kinds ? { kinds: input.kinds } : {}),
              items: [],
              ...(input.targetGroups ? { targetGroups: input.targetGroups } : {}),
              ...(input.abbreviations ? { abbreviations: input.abbreviations } : {}),
            }),
          ).analyser
        : new Analyser();
    const read = reader.analyse(input.text);
    const mi = indexOf(input.mobilisationId);
    mi.touched();
    const item = { text: input.text };
    mi.index.upsert({
      id: PREVIEW_ORG,
      needs: input.side === 'need' ? [item] : [],
      offers: input.side === 'offer' ? [item] : [],
    });
    try {
      const ref = { org: PREVIEW_ORG, index: 0 };
      const ranked =
        input.side === 'need'
          ? mi.index.offersForNeed(ref, { top: 5 })
          : mi.index.needsForOffer(ref, { top: 5 });
      return {
        kinds: read.concepts.map((c) => ({ id: c.id, score: c.score, evidence: c.evidence })),
        targetGroups: read.targetGroups.map((g) => ({ id: g.id, evidence: g.evidence })),
        matches: ranked.flatMap((m) => {
          const itemId = input.side === 'need' ? mi.idOf('offer', m.offer) : mi.idOf('need', m.need);
          return itemId ? [{ itemId, score: m.score, suggested: m.suggested }] : [];
        }),
      };
    } finally {
      mi.index.remove(PREVIEW_ORG);
    }
  },

  /**
   * Brings the goals up to date, forgets profiles that are gone; returns the profiles to (re)load, the engine
   * version their lists carry, and whether their needs' goals are best linked beside this thread
   * (`goalsApart`: see `matching.load`). When the mobilisation's learnt field moved on (`fingerprint`), asks for
   * it first (`needField`): the main thread then hands it over with `matching.field` and plans again.
   */
  'matching.plan': (input: {
    mobilisationId: string;
    fingerprint: string | null;
    goals: GoalDefinition[];
    revisions: [profileId: string, revision: number][];
  }):
    | { needField: true }
    | { needField: false; load: string[]; engineVersion: string; goalsApart: boolean } => {
    const mi = indexOf(input.mobilisationId);
    if (mi.fingerprint !== input.fingerprint) return { needField: true };
    const load = mi.plan(input.goals, input.revisions);
    return {
      needField: false,
      load,
      engineVersion: mi.engineVersion,
      goalsApart: mi.linksGoalsFromScratch(load.length),
    };
  },

  /**
   * Nothing but being ready: the thread started, its modules loaded and the engine's vocabularies compiled
   * (about a second on a quiet machine), before the first job after a start needs them.
   */
  'matching.ready': (): void => {
    new Analyser().analyse('Vi behöver stöd till unga.');
  },

  /** Starts the mobilisation's index afresh with its learnt field (null: the template). */
  'matching.field': (input: { mobilisationId: string; model: FieldModel | null }): void => {
    const field = input.model ? Field.fromModel(input.model) : undefined;
    indexes.set(input.mobilisationId, new MobilisationIndex(input.mobilisationId, field));
  },

  /** The mobilisation's projects read with its field: goal links and kinds (see `readProjects`). */
  'matching.projects': (input: {
    mobilisationId: string;
    goals: GoalDefinition[];
    projects: ProjectToRead[];
    minKindScore: number;
  }) => indexOf(input.mobilisationId).readProjects(input.goals, input.projects, input.minKindScore),

  /** Learns a mobilisation's field from its kinds, texts, decisions and tags (the engine's learnField). */
  'matching.learn': (input: { input: LearningInput }): FieldModel => learnField(input.input),

  /**
   * Puts profiles in the index. With `deferGoals` (a plan's `goalsApart`), their needs wait for the goals the
   * search thread links meanwhile (`matching.goals`): nearly half of a cold index's time, on the other core.
   */
  'matching.load': (input: {
    mobilisationId: string;
    profiles: MatchableProfile[];
    deferGoals?: boolean;
  }): void => {
    indexOf(input.mobilisationId).load(input.profiles, input.deferGoals ?? false);
  },

  /**
   * The goals of the needs loaded with `deferGoals`, by text, as linked with the field whose fingerprint is
   * given; needs without one (the linking failed, or another field's) are linked here.
   */
  'matching.goals': (input: {
    mobilisationId: string;
    fingerprint: string | null;
    links: [text: string, goal: string | null][];
  }): void => {
    const mi = indexOf(input.mobilisationId);
    mi.takeGoalLinks(mi.fingerprint === input.fingerprint ? input.links : []);
  },

  /** The lists one profile's submission can affect, its own or the others' (see profileLists). */
  'matching.profile': (input: {
    mobilisationId: string;
    profileId: string;
    part: 'own' | 'others';
    paired: { needs: string[]; offers: string[] };
  }) => {
    const mi = indexOf(input.mobilisationId);
    mi.settleGoals();
    return profileLists(mi, input.profileId, input.part, input.paired);
  },

  /**
   * Ranks every need and offer and compares the pairs with the stored ones (`stored`: storedMatchSignatures'
   * text); the new and changed pairs wait here to be taken in batches. Returns how many pairs the lists hold,
   * how many of them changed, and the stored pairs no longer listed. When the index has not changed since the
   * last whole run and the stored pairs are the ones it made (by their digest), nothing has changed and nothing
   * is ranked: that took seconds at 10,000 organisations for a run that wrote nothing.
   */
  'matching.full': (input: {
    mobilisationId: string;
    stored: string;
  }): {
    pairs: number;
    changed: number;
    gone: { count: number; needIds: string; offerIds: string };
    needs: number;
    offers: number;
  } => {
    const mi = indexOf(input.mobilisationId);
    mi.settleGoals();
    pending.delete(input.mobilisationId);
    const last = mi.lastRun;
    if (last && last.state === mi.state && sameDigest(storedDigest(input.stored), last.digest)) {
      return {
        pairs: last.digest.count,
        changed: 0,
        gone: { count: 0, needIds: '{}', offerIds: '{}' },
        needs: mi.allItems('need').length,
        offers: mi.allItems('offer').length,
      };
    }
    const pairs = allPairs(mi);
    mi.lastRun = { state: mi.state, digest: pairsDigest(pairs) };
    const { changed, gone } = comparePairs(pairs, parseStoredSignatures(input.stored));
    pending.set(input.mobilisationId, { pairs, changed, next: 0 });
    return {
      pairs: pairs.needIds.length,
      changed: changed.length,
      gone: {
        count: gone.needIds.length,
        needIds: textArrayLiteral(gone.needIds),
        offerIds: textArrayLiteral(gone.offerIds),
      },
      needs: mi.allItems('need').length,
      offers: mi.allItems('offer').length,
    };
  },

  /**
   * The next batch of a whole run's changed pairs, encoded for one COPY (with `engineVersion` for a load table
   * shaped as `matches`; null for the staging table, which has no such column), or null when all were taken.
   */
  'matching.take': (input: {
    mobilisationId: string;
    max: number;
    engineVersion: string | null;
  }): EncodedPairRows | null => {
    const run = pending.get(input.mobilisationId);
    if (!run || run.next >= run.changed.length) {
      pending.delete(input.mobilisationId);
      return null;
    }
    const batch = pickPairs(run.pairs, run.changed.slice(run.next, run.next + input.max));
    run.next += input.max;
    return encodePairRows(input.mobilisationId, input.engineVersion, batch);
  },
};
