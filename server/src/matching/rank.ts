// Types only from the database package (and its driver-free pair encoding): this module runs in a worker
// thread, which never loads the database driver.
import type { RankedPair } from '@kraftsamling/db';
import { emptyPairColumns, type PairColumns } from '@kraftsamling/db/pair-columns';
import type { Match } from '@kraftsamling/matching';
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

export function slicePairs(pairs: PairColumns, start: number, end: number): PairColumns {
  return {
    needIds: pairs.needIds.slice(start, end),
    offerIds: pairs.offerIds.slice(start, end),
    scores: pairs.scores.slice(start, end),
    suggested: pairs.suggested.slice(start, end),
    needRanks: pairs.needRanks.slice(start, end),
    offerRanks: pairs.offerRanks.slice(start, end),
    reasons: pairs.reasons.slice(start, end),
    concepts: pairs.concepts.slice(start, end),
    goals: pairs.goals.slice(start, end),
  };
}

/**
 * Every need's and every offer's list in the mobilisation, merged into pairs, from the engine's bulk searches
 * (`allMatches`, `allOfferMatches`); the lists are the same as `profileLists` would give.
 */
export function allPairs(mi: MobilisationIndex): PairColumns {
  const pairs = emptyPairColumns();
  const at = new Map<string, number>();
  const add = (needId: string, offerId: string, m: Match, side: Side, rank: number) => {
    const key = `${needId}|${offerId}`;
    const known = at.get(key);
    if (known !== undefined) {
      if (side === 'need') pairs.needRanks[known] = rank;
      else pairs.offerRanks[known] = rank;
      return;
    }
    at.set(key, pairs.needIds.length);
    const concept = m.reasons.find((r) => r.kind === 'concept');
    pairs.needIds.push(needId);
    pairs.offerIds.push(offerId);
    pairs.scores.push(m.score);
    pairs.suggested.push(m.suggested);
    pairs.needRanks.push(side === 'need' ? rank : null);
    pairs.offerRanks.push(side === 'offer' ? rank : null);
    pairs.reasons.push(JSON.stringify(m.reasons));
    pairs.concepts.push(concept?.kind === 'concept' ? concept.concept : null);
    // A pair serves the goal its need serves: the need is what the work is for.
    pairs.goals.push(mi.goalOf(needId));
  };
  for (const { need, matches } of mi.index.allMatches({ top: listLength })) {
    const needId = mi.idOf('need', need);
    if (!needId) continue;
    matches.forEach((m, i) => {
      const offerId = mi.idOf('offer', m.offer);
      if (offerId) add(needId, offerId, m, 'need', i + 1);
    });
  }
  for (const { offer, matches } of mi.index.allOfferMatches({ top: listLength })) {
    const offerId = mi.idOf('offer', offer);
    if (!offerId) continue;
    matches.forEach((m, i) => {
      const needId = mi.idOf('need', m.need);
      if (needId) add(needId, offerId, m, 'offer', i + 1);
    });
  }
  return pairs;
}
