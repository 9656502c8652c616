import {
  clearMatches,
  counterpartsOfProfile,
  type Db,
  pruneStaleMatches,
  type RankedPair,
  writeRankings,
} from '@kraftsamling/db';
import { ENGINE_VERSION, type Match } from '@kraftsamling/matching';
import type { MobilisationIndex } from './mobilisation-index';

/** How many counterparts are kept per need and per offer. */
export const listLength = 10;
/** How far down an item's own list we look for items whose lists it may now enter. */
const reach = 200;

type Side = 'need' | 'offer';

function rankedList(mi: MobilisationIndex, side: Side, itemId: string): RankedPair[] | undefined {
  const found = mi.refOf(itemId);
  if (!found || found.side !== side) return undefined;
  const matches =
    side === 'need'
      ? mi.index.offersForNeed(found.ref, { top: listLength })
      : mi.index.needsForOffer(found.ref, { top: listLength });
  return matches.flatMap((m: Match) => {
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

async function writeLists(db: Db, mi: MobilisationIndex, side: Side, ids: Iterable<string>) {
  const lists = new Map<string, RankedPair[]>();
  for (const id of ids) {
    const list = rankedList(mi, side, id);
    if (list) lists.set(id, list);
  }
  await writeRankings(db, mi.mobilisationId, ENGINE_VERSION, side, lists);
}

/**
 * Re-ranks what one profile's change can affect: its own needs and offers, the items that were paired with
 * them, and the items its new needs and offers rank highly (whose lists they may now enter).
 */
export async function rematchProfile(db: Db, mi: MobilisationIndex, profileId: string) {
  const after = mi.itemsOf(profileId);
  const paired = await counterpartsOfProfile(db, profileId);
  const needs = new Set<string>([...after.needs, ...paired.needs]);
  const offers = new Set<string>([...after.offers, ...paired.offers]);
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
  await writeLists(db, mi, 'need', needs);
  await writeLists(db, mi, 'offer', offers);
  await pruneStaleMatches(db, mi.mobilisationId);
}

/** Ranks every need and every offer of the mobilisation again, reporting progress as it goes. */
export async function rematchMobilisation(
  db: Db,
  mi: MobilisationIndex,
  progress: (done: number, total: number) => Promise<void>,
): Promise<void> {
  const needs = mi.allItems('need');
  const offers = mi.allItems('offer');
  const total = needs.length + offers.length;
  await clearMatches(db, mi.mobilisationId);
  let done = 0;
  await progress(done, total);
  for (const [side, ids] of [
    ['need', needs],
    ['offer', offers],
  ] as const) {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      await writeLists(db, mi, side, chunk);
      done += chunk.length;
      await progress(done, total);
    }
  }
}
