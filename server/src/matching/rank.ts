// Types only from the database package (and its driver-free pair encoding): this module runs in a worker
// thread, which never loads the database driver.
import type { RankedPair } from '@kraftsamling/db';
import {
  emptyPairColumns,
  type PairColumns,
  pairKey,
  pairOfKey,
  pairSignature,
  type StoredSignatures,
} from '@kraftsamling/db/pair-columns';
import type { Match, MatchListText } from '@kraftsamling/matching';
import type { MobilisationIndex } from './mobilisation-index';

/** How many counterparts are kept per need and per offer. */
export const listLength = 10;
/** How far down an item's own list we look for items whose lists it may now enter. */
const reach = 200;

type Side = 'need' | 'offer';

/** An item's ranked list with the ids the database knows. */
function toRanked(mi: MobilisationIndex, side: Side, itemId: string, matches: Match[]): RankedPair[] {
  return matches.flatMap((m) => {
    const needId = side === 'need' ? itemId : mi.idOf('need', m.need);
    const otherId = side === 'need' ? mi.idOf('offer', m.offer) : needId;
    if (!otherId || !needId) return [];
    const concept = m.reasons.find((r) => r.kind === 'concept');
    return [
      {
        otherId,
        score: m.score,
        suggested: m.suggested,
        reasons: m.reasons,
        concept: concept?.kind === 'concept' ? concept.concept : null,
        // A pair serves the goal its need serves: the need is what the work is for.
        goal: mi.goalOf(needId),
      },
    ];
  });
}

function rankedList(mi: MobilisationIndex, side: Side, itemId: string): RankedPair[] | undefined {
  const found = mi.refOf(itemId);
  if (!found || found.side !== side) return undefined;
  const matches =
    side === 'need'
      ? mi.index.offersForNeed(found.ref, { top: listLength })
      : mi.index.needsForOffer(found.ref, { top: listLength });
  return toRanked(mi, side, itemId, matches);
}

export type ItemLists = [itemId: string, pairs: RankedPair[]][];

/**
 * The lists one profile's change can affect, in two parts. `own`: the lists of its own needs and offers — what
 * the organisation sees, written first. `others`: the lists of the items that were paired with them (`paired`,
 * read from the stored lists before the change was written) and of the items its new needs and offers rank
 * highly (whose lists they may now enter).
 */
export function profileLists(
  mi: MobilisationIndex,
  profileId: string,
  part: 'own' | 'others',
  paired: { needs: string[]; offers: string[] },
): { needs: ItemLists; offers: ItemLists } {
  const after = mi.itemsOf(profileId);
  const lists = (side: Side, ids: Iterable<string>): ItemLists =>
    [...ids].flatMap((id) => {
      const list = rankedList(mi, side, id);
      return list ? [[id, list] as [string, RankedPair[]]] : [];
    });
  if (part === 'own') return { needs: lists('need', after.needs), offers: lists('offer', after.offers) };
  const needs = new Set<string>(paired.needs);
  const offers = new Set<string>(paired.offers);
  after.offers.forEach((_, index) => {
    for (const m of mi.index.needsForOffer({ org: profileId, index }, { top: reach })) {
      const id = mi.idOf('need', m.need);
      if (id) needs.add(id);
    }
  });
  after.needs.forEach((_, index) => {
    for (const m of mi.index.offersForNeed({ org: profileId, index }, { top: reach })) {
      const id = mi.idOf('offer', m.offer);
      if (id) offers.add(id);
    }
  });
  for (const id of after.needs) needs.delete(id);
  for (const id of after.offers) offers.delete(id);
  return { needs: lists('need', needs), offers: lists('offer', offers) };
}

/** The pairs at `at` (positions in `pairs`), in that order. */
export function pickPairs(pairs: PairColumns, at: number[]): PairColumns {
  const picked = emptyPairColumns();
  for (const i of at) {
    picked.needIds.push(pairs.needIds[i] as string);
    picked.offerIds.push(pairs.offerIds[i] as string);
    picked.scores.push(pairs.scores[i] as number);
    picked.suggested.push(pairs.suggested[i] as boolean);
    picked.needRanks.push(pairs.needRanks[i] ?? null);
    picked.offerRanks.push(pairs.offerRanks[i] ?? null);
    picked.reasons.push(pairs.reasons[i] as string);
    picked.concepts.push(pairs.concepts[i] ?? null);
    picked.goals.push(pairs.goals[i] ?? null);
    picked.signatures.push(pairs.signatures[i] ?? null);
  }
  return picked;
}

/**
 * What a whole run must write (decision 044): the positions in `pairs` of those that are new or whose content
 * differs from the stored pair's (by signature; a stored pair without one counts as changed), and the stored
 * pairs it no longer lists. Takes `stored` apart as it goes.
 */
export function comparePairs(
  pairs: PairColumns,
  stored: StoredSignatures,
): { changed: number[]; gone: { needIds: string[]; offerIds: string[] } } {
  const changed: number[] = [];
  // Nothing stored (a first run): every pair is new, and no key need be made for each.
  if (stored.size === 0) {
    for (let i = 0; i < pairs.needIds.length; i++) changed.push(i);
    return { changed, gone: { needIds: [], offerIds: [] } };
  }
  for (let i = 0; i < pairs.needIds.length; i++) {
    const key = pairKey(pairs.needIds[i] as string, pairs.offerIds[i] as string);
    const signature = stored.get(key);
    if (signature === undefined || signature === null || signature !== pairs.signatures[i]) changed.push(i);
    // What is left in `stored` at the end is no longer listed.
    if (signature !== undefined) stored.delete(key);
  }
  const gone = { needIds: [] as string[], offerIds: [] as string[] };
  for (const key of stored.keys()) {
    const { needId, offerId } = pairOfKey(key);
    gone.needIds.push(needId);
    gone.offerIds.push(offerId);
  }
  return { changed, gone };
}

/**
 * Every need's and every offer's list in the mobilisation, merged into pairs, from the engine's bulk searches
 * with the reasons as JSON text (`allListTexts`); the lists are the same as `profileLists` would give.
 */
export function allPairs(mi: MobilisationIndex): PairColumns {
  const pairs = emptyPairColumns();
  const push = (
    needId: string,
    offerId: string,
    list: MatchListText,
    i: number,
    needRank: number | null,
    offerRank: number | null,
    goal: string | null,
  ) => {
    pairs.needIds.push(needId);
    pairs.offerIds.push(offerId);
    pairs.scores.push(list.score(i));
    pairs.suggested.push(list.suggested(i));
    pairs.needRanks.push(needRank);
    pairs.offerRanks.push(offerRank);
    pairs.reasons.push(list.reasons(i));
    pairs.concepts.push(list.concept(i));
    pairs.goals.push(goal);
  };
  // Each need's list is stored contiguously: where it starts and how long it is. A pair an offer's list has
  // too is found there (at most `listLength` to look at; ids are the index's own strings) instead of by a key
  // for every pair, and its reasons are not written again.
  const needLists = new Map<string, { start: number; count: number }>();
  for (const list of mi.index.allListTexts('need', { top: listLength })) {
    const needId = list.itemId;
    if (!needId) continue;
    const start = pairs.needIds.length;
    // A pair serves the goal its need serves: the need is what the work is for.
    const goal = mi.goalOf(needId);
    for (let i = 0; i < list.length; i++) {
      const offerId = list.otherId(i);
      if (offerId) push(needId, offerId, list, i, i + 1, null, goal);
    }
    needLists.set(needId, { start, count: pairs.needIds.length - start });
  }
  for (const list of mi.index.allListTexts('offer', { top: listLength })) {
    const offerId = list.itemId;
    if (!offerId) continue;
    for (let i = 0; i < list.length; i++) {
      const needId = list.otherId(i);
      if (!needId) continue;
      const need = needLists.get(needId);
      let k = need ? need.start : 0;
      const end = need ? need.start + need.count : 0;
      while (k < end && pairs.offerIds[k] !== offerId) k++;
      if (k < end) pairs.offerRanks[k] = i + 1;
      // An offer's list names each need once, so a pair only its offer's list has is added once.
      else push(needId, offerId, list, i, null, i + 1, mi.goalOf(needId));
    }
  }
  // Signed once both ranks are known: the signature covers everything the pair's row stores.
  for (let i = 0; i < pairs.needIds.length; i++) {
    pairs.signatures.push(
      pairSignature(
        pairs.scores[i] as number,
        pairs.suggested[i] as boolean,
        pairs.needRanks[i] ?? null,
        pairs.offerRanks[i] ?? null,
        pairs.reasons[i] as string,
        pairs.concepts[i] ?? null,
        pairs.goals[i] ?? null,
        mi.engineVersion,
      ),
    );
  }
  return pairs;
}
