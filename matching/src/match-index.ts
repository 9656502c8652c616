import { Analyser, type TextAnalysis } from './analyse';
import type { Field } from './field/field';
import { areNeighbours, MAX_AWAY_SHARE, MAX_NEARNESS_SHARE, NEARNESS_SHARE, normaliseCounty } from './places';
import { type Reach, reachOf } from './reach';
import type { Reason } from './reasons';
import {
  buildProfile,
  combine,
  DEFAULT_SCORING,
  EXPLANATION_WIDTH,
  explain,
  explainCodes,
  type ItemProfile,
  isNearNeedsBest,
  isOutsideReach,
  isSuggested,
  type Neighbours,
  OUTSIDE_REACH,
  profileAt,
  reasonsFrom,
  reasonsJson,
  type ScoringSettings,
  type SenseReading,
  StemTable,
  weightOf,
} from './score';
import { fnv1a, type Vocabulary } from './vocabulary';

export type MatchItem = {
  text: string;
  /** The caller's id for the item, if it has one: a whole run's lists give it back (`MatchListText`). */
  id?: string;
  /** Optional tags the organisation chose: concept ids or labels ("eval", "Utvärdering"). */
  themes?: string[];
  /** Optional target-group tags: ids or labels ("children-youth", "barn och unga", "äldre"). */
  targetGroups?: string[];
};

export type MatchOrganisation = {
  id: string;
  county?: string;
  municipality?: string;
  sector?: string;
  needs: MatchItem[];
  offers: MatchItem[];
};

/** A need or an offer: its organisation and its position in that organisation's list. */
export type ItemRef = { org: string; index: number };

export type Match = {
  need: ItemRef;
  offer: ItemRef;
  /** In [0, 1]; comparable across needs. */
  score: number;
  /** Confident enough to show a person as a proposed match. */
  suggested: boolean;
  reasons: Reason[];
};

/**
 * One item's list as a whole run stores it (`allListTexts`), read in place: for each match, best first, the other
 * side's item (its organisation and place there), the score, whether it is suggested, the reasons as JSON text
 * (`JSON.stringify` of `Match.reasons`, character for character) and the kind the pair is about (its concept
 * reason's), if any. The reasons are written when asked for: a pair both lists hold needs them once. Valid until
 * the next list is read.
 */
export type MatchListText = {
  readonly item: ItemRef;
  /** The item's id, as the caller gave it (`MatchItem.id`). */
  readonly itemId: string | undefined;
  readonly length: number;
  /** The other side's item's id, as the caller gave it. */
  otherId(i: number): string | undefined;
  otherOrg(i: number): string;
  otherIndex(i: number): number;
  score(i: number): number;
  suggested(i: number): boolean;
  reasons(i: number): string;
  concept(i: number): string | null;
};

/** A list ranked on its own (the index changed during a whole run), as a `MatchListText`. */
class RankedListText implements MatchListText {
  constructor(
    readonly item: ItemRef,
    readonly itemId: string | undefined,
    private readonly side: 'need' | 'offer',
    private readonly matches: Match[],
    private readonly idOf: (side: 'need' | 'offer', ref: ItemRef) => string | undefined,
  ) {}

  otherId(i: number): string | undefined {
    return this.idOf(this.side === 'need' ? 'offer' : 'need', this.other(i));
  }

  get length(): number {
    return this.matches.length;
  }

  private other(i: number): ItemRef {
    const m = this.matches[i] as Match;
    return this.side === 'need' ? m.offer : m.need;
  }

  otherOrg(i: number): string {
    return this.other(i).org;
  }

  otherIndex(i: number): number {
    return this.other(i).index;
  }

  score(i: number): number {
    return this.matches[i]?.score ?? 0;
  }

  suggested(i: number): boolean {
    return this.matches[i]?.suggested ?? false;
  }

  reasons(i: number): string {
    return JSON.stringify(this.matches[i]?.reasons ?? []);
  }

  concept(i: number): string | null {
    const concept = this.matches[i]?.reasons.find((r) => r.kind === 'concept');
    return concept?.kind === 'concept' ? concept.concept : null;
  }
}

/** What `searchAll` found for every item of one side. */
type FoundLists = {
  start: Int32Array;
  count: Int32Array;
  scores: Float64Array;
  codes: Int32Array;
  otherOrgs: OrgEntry[];
  otherIndexes: Int32Array;
  otherIds: (string | undefined)[];
  offerEvidence: (string[] | undefined)[];
  otherProfiles: ItemProfile[];
};

/** A list of `searchAll`'s results as a `MatchListText`: one object, moved from item to item. */
class FoundListText implements MatchListText {
  item: ItemRef = { org: '', index: 0 };
  itemId: string | undefined;
  length = 0;
  private start = 0;
  private entry: Entry | undefined;
  private org: OrgEntry | undefined;

  constructor(
    private readonly found: FoundLists,
    private readonly needSide: boolean,
    private readonly vocabulary: Vocabulary,
  ) {}

  moveTo(org: OrgEntry, entry: Entry, slot: number): this {
    this.item = { org: org.id, index: entry.index };
    this.itemId = entry.id;
    this.org = org;
    this.entry = entry;
    this.start = this.found.start[slot] ?? 0;
    this.length = this.found.count[slot] ?? 0;
    return this;
  }

  otherId(i: number): string | undefined {
    return this.found.otherIds[this.start + i];
  }

  otherOrg(i: number): string {
    return (this.found.otherOrgs[this.start + i] as OrgEntry).id;
  }

  otherIndex(i: number): number {
    return this.found.otherIndexes[this.start + i] ?? 0;
  }

  score(i: number): number {
    return this.found.scores[this.start + i] ?? 0;
  }

  suggested(i: number): boolean {
    return this.found.codes[(this.start + i) * EXPLANATION_WIDTH + 3] === 1;
  }

  reasons(i: number): string {
    const r = this.start + i;
    const own = (this.entry as Entry).profile;
    const other = this.found.otherProfiles[r] as ItemProfile;
    const org = this.org as OrgEntry;
    const otherOrg = this.found.otherOrgs[r] as OrgEntry;
    return reasonsJson(
      this.needSide ? own : other,
      this.found.offerEvidence[r],
      this.needSide ? other : own,
      this.found.codes,
      r * EXPLANATION_WIDTH,
      this.vocabulary,
      // An organisation's entry holds its county and municipality as it gave them.
      this.needSide ? { need: org, offer: otherOrg } : { need: otherOrg, offer: org },
    );
  }

  concept(i: number): string | null {
    const r = this.start + i;
    const place = this.found.codes[r * EXPLANATION_WIDTH] ?? -1;
    if (place < 0) return null;
    const need = this.needSide ? (this.entry as Entry).profile : (this.found.otherProfiles[r] as ItemProfile);
    return this.vocabulary.concepts[need.conceptIndexes[place] ?? -1]?.id ?? null;
  }
}

export type MatchQuery = {
  /** How many matches to return per item (default 10). */
  top?: number;
  /** Leave out pairs scoring below this. */
  minScore?: number;
  /** Only pairs that would be shown to a person. */
  suggestedOnly?: boolean;
};

export type MatchIndexOptions = {
  /** The mobilisation's field: its analyser and its scoring; absent, the template's. */
  field?: Field;
  analyser?: Analyser;
  scoring?: Partial<ScoringSettings>;
};

type OrgEntry = {
  id: string;
  municipality: string | undefined;
  municipalityId: number;
  /** FNV-1a of the id: orders equal scores independently of insertion order. */
  hash: number;
  /** Small integer standing for the id in typed arrays. */
  number: number;
  county: string | undefined;
  countyId: number;
  needs: number[];
  offers: number[];
};
type Entry = { org: OrgEntry; index: number; profile: ItemProfile; id: string | undefined };

// Stems shared by more items than this are too common to find lexical candidates with.
const LEXICAL_POSTING_LIMIT = 100;
// Concepts of an item kept beside it in posting lists; items with more (rare) are scored from the store.
const VECTOR = 4;
// Widths of a posting list's two arrays (see `PostingList`).
const INTS = 4 + VECTOR;
const DOUBLES = 2 + VECTOR;
/** Marks an item with more concepts than fit beside it. */
const OVERFLOW = -2;
// Places in `MatchIndex#carried`: a candidate's score without words, its concept overlap, the score a candidate
// must reach, and its library cosine if known (else -1).
const WITHOUT_WORDS = 0;
const OVERLAP = 1;
const THRESHOLD = 2;
const KNOWN = 3;

/**
 * Items that have a concept, with that concept's weight and, side by side, what scoring a candidate reads
 * (organisation, groups, openness, confidence), so a scan walks memory in order instead of jumping between
 * arrays indexed by slot. Sorted by weight (descending) on demand.
 */
class PostingList {
  /** Per item, `INTS` wide: slot, organisation, group bits, open (1/0), then its concepts (-1 pads). */
  ints = new Int32Array(8 * INTS);
  /** Per item, `DOUBLES` wide: weight for this list's concept, √confidence, then its concepts' weights. */
  doubles = new Float64Array(8 * DOUBLES);
  length = 0;
  private sorted = true;
  /** Sorted for a query at least once. */
  private queried = false;

  slot(i: number): number {
    return this.ints[i * INTS] ?? 0;
  }

  weight(i: number): number {
    return this.doubles[i * DOUBLES] ?? 0;
  }

  /**
   * Appends an item. A list that has been sorted for a query is kept sorted instead (the item goes to its
   * place), so re-matching after an update does not sort whole lists again, while building an index appends.
   */
  add(slot: number, weight: number, org: number, profile: ItemProfile): void {
    if (this.length * INTS === this.ints.length) this.resize(this.length * 2);
    let i = this.length++;
    if (this.queried && this.sorted) {
      // The first place whose item sorts after this one (heavier first, then by slot).
      let low = 0;
      let high = i;
      while (low < high) {
        const mid = (low + high) >> 1;
        const w = this.weight(mid);
        if (w > weight || (w === weight && this.slot(mid) < slot)) low = mid + 1;
        else high = mid;
      }
      this.shift(low, i, low + 1);
      i = low;
    } else {
      this.sorted = false;
    }
    const ints = this.ints;
    const doubles = this.doubles;
    const at = i * INTS;
    ints[at] = slot;
    ints[at + 1] = org;
    ints[at + 2] = profile.groups;
    ints[at + 3] = profile.open ? 1 : 0;
    const d = i * DOUBLES;
    doubles[d] = weight;
    doubles[d + 1] = profile.confidenceRoot;
    for (let k = 0; k < VECTOR; k++) {
      ints[at + 4 + k] = profile.conceptIndexes[k] ?? -1;
      doubles[d + 2 + k] = profile.conceptWeights[k] ?? 0;
    }
    if (profile.conceptIndexes.length > VECTOR) ints[at + 4 + VECTOR - 1] = OVERFLOW;
  }

  remove(slot: number): void {
    for (let i = 0; i < this.length; i++) {
      if (this.slot(i) !== slot) continue;
      this.length--;
      // A sorted list stays sorted; an unsorted one fills the gap with its last item.
      if (this.sorted) this.shift(i + 1, this.length + 1, i);
      else this.shift(this.length, this.length + 1, i);
      return;
    }
  }

  /** Moves items [from, to) to start at `at`. */
  private shift(from: number, to: number, at: number): void {
    if (from === to) return;
    this.ints.copyWithin(at * INTS, from * INTS, to * INTS);
    this.doubles.copyWithin(at * DOUBLES, from * DOUBLES, to * DOUBLES);
  }

  /** Heaviest first, so a scan can stop at the first entry that cannot reach the top list. */
  sort(): void {
    this.queried = true;
    if (this.sorted) return;
    const order = Array.from({ length: this.length }, (_, i) => i).sort(
      (a, b) => this.weight(b) - this.weight(a) || this.slot(a) - this.slot(b),
    );
    const ints = this.ints.slice(0, this.length * INTS);
    const doubles = this.doubles.slice(0, this.length * DOUBLES);
    for (let to = 0; to < order.length; to++) {
      const from = order[to] ?? 0;
      this.ints.set(ints.subarray(from * INTS, (from + 1) * INTS), to * INTS);
      this.doubles.set(doubles.subarray(from * DOUBLES, (from + 1) * DOUBLES), to * DOUBLES);
    }
    this.sorted = true;
  }

  private resize(capacity: number): void {
    const ints = new Int32Array(capacity * INTS);
    ints.set(this.ints);
    this.ints = ints;
    const doubles = new Float64Array(capacity * DOUBLES);
    doubles.set(this.doubles);
    this.doubles = doubles;
  }
}

/** A pool's new length: at least twice what is live and about to be added, a power of two, never below 1024. */
const poolSize = (live: number, extra: number) =>
  Math.max(1024, 2 ** Math.ceil(Math.log2((live + extra) * 2)));

/**
 * Needs or offers. What pair scoring reads is kept in typed arrays indexed by slot, and two inverted indexes
 * per support type: items whose *main* concept it is, split by county so the matched item's own county can be
 * scanned first (its candidates score highest, which lets the other counties be pruned), and items where it is a
 * secondary concept, sorted by weight. Every item's stems sit in one shared pool, so comparing words with a
 * candidate reads one short run of memory.
 */
class ItemStore {
  readonly entries: (Entry | undefined)[] = [];
  private readonly free: number[] = [];
  private capacity = 0;
  org = new Int32Array(0);
  confidenceRoot = new Float64Array(0);
  /** Orders equal scores: hash of the organisation id × 2^16 + index, exact in a double. */
  tieKey = new Float64Array(0);
  groups = new Int32Array(0);
  open = new Uint8Array(0);
  county = new Int32Array(0);
  municipality = new Int32Array(0);
  /** 1 where the item's main concept needs presence. */
  presence = new Uint8Array(0);
  /** 1 where the item, as an offer, is restricted to a place (see `reachOf`). */
  reach = new Uint8Array(0);
  /**
   * Per slot, `VECTOR` wide: the item's concepts and their weights (-1 pads; `OVERFLOW` last for an item with more
   * concepts, which is read from its profile), so a candidate's overlap is found without following its profile.
   */
  concepts = new Int32Array(0);
  conceptWeights = new Float64Array(0);
  stemStart = new Int32Array(0);
  stemCount = new Int32Array(0);
  norm = new Float64Array(0);
  /**
   * Every item's stem ids, each shifted left by one with the low bit set for a generic stem (weight 0.2, else 1):
   * stems and weights in one array, half the memory a candidate's words are read from.
   */
  stemPool = new Int32Array(1024);
  private poolUsed = 0;
  private poolGarbage = 0;
  /**
   * Every item's library reading (`ItemProfile.senseIds` and `senseWeights`) in two pools, side by side: the
   * library cosine with a candidate reads two short runs of memory instead of following its profile.
   */
  senseStart = new Int32Array(0);
  senseCount = new Int32Array(0);
  senseIds = new Int32Array(1024);
  senseWeights = new Float64Array(1024);
  private senseUsed = 0;
  private senseGarbage = 0;
  readonly mainOf: Map<number, PostingList>[];
  /** Per support type, the lists of `mainOf` in the map's order, which a search walks without an iterator. */
  readonly mainLists: PostingList[][];
  readonly secondaryOf: PostingList[];
  /** Per stem id: how many items have the stem. */
  stemUsers = new Int32Array(1024);
  /**
   * Per stem id: the items that have it, for the rare-word candidates of a text without a clear concept. Only
   * kept for stems few items share (a stem more share is no use for finding candidates); a list dropped when
   * its stem became common is rebuilt from the stem pool if removals make the stem rare again.
   */
  readonly byStem: (number[] | undefined)[] = [];
  /**
   * Per library concept (see `ItemProfile.senseIds`): the items whose reading names it, in the order they were
   * added, kept only while few do (as `byStem`); `senseUsers` counts them. A list dropped when its concept became
   * common is rebuilt, in the same order, if removals make the concept rare again.
   */
  private readonly bySense: (number[] | undefined)[];
  private readonly senseUsers: Int32Array;
  /** Per slot: when its item was added (a count of `add` calls), which orders a rebuilt `bySense` list. */
  private addedAt = new Float64Array(0);
  private adds = 0;

  constructor(
    readonly typeCount: number,
    senseConcepts: number,
  ) {
    this.bySense = new Array(senseConcepts).fill(undefined);
    this.senseUsers = new Int32Array(senseConcepts);
    this.mainOf = Array.from({ length: typeCount }, () => new Map<number, PostingList>());
    this.mainLists = Array.from({ length: typeCount }, () => []);
    this.secondaryOf = Array.from({ length: typeCount }, () => new PostingList());
  }

  add(entry: Entry): number {
    const slot = this.free.pop() ?? this.entries.length;
    if (slot >= this.capacity) this.grow(Math.max(64, this.capacity * 2));
    const p = entry.profile;
    this.entries[slot] = entry;
    this.org[slot] = entry.org.number;
    this.confidenceRoot[slot] = p.confidenceRoot;
    this.tieKey[slot] = entry.org.hash * 65_536 + Math.min(entry.index, 65_535);
    this.groups[slot] = p.groups;
    this.open[slot] = p.open ? 1 : 0;
    this.county[slot] = p.county;
    this.municipality[slot] = p.municipality;
    this.presence[slot] = p.presence ? 1 : 0;
    this.reach[slot] = p.reach ? 1 : 0;
    for (let k = 0; k < VECTOR; k++) {
      this.concepts[slot * VECTOR + k] = p.conceptIndexes[k] ?? -1;
      this.conceptWeights[slot * VECTOR + k] = p.conceptWeights[k] ?? 0;
    }
    if (p.conceptIndexes.length > VECTOR) this.concepts[slot * VECTOR + VECTOR - 1] = OVERFLOW;
    for (let k = 0; k < p.conceptIndexes.length; k++) {
      const concept = p.conceptIndexes[k] ?? 0;
      const weight = p.conceptWeights[k] ?? 0;
      if (concept !== p.main) {
        this.secondaryOf[concept]?.add(slot, weight, entry.org.number, p);
        continue;
      }
      const byCounty = this.mainOf[concept];
      let list = byCounty?.get(p.county);
      if (byCounty && !list) {
        list = new PostingList();
        byCounty.set(p.county, list);
        this.mainLists[concept]?.push(list);
      }
      list?.add(slot, weight, entry.org.number, p);
    }
    this.storeStems(slot, p);
    this.storeSenses(slot, p);
    this.addedAt[slot] = this.adds++;
    const senseIds = p.senseIds;
    for (let k = 0; k < senseIds.length; k++) {
      const sense = senseIds[k] ?? 0;
      const users = (this.senseUsers[sense] ?? 0) + 1;
      this.senseUsers[sense] = users;
      post(this.bySense, sense, users, slot);
    }
    const stemIds = p.stemIds;
    for (let k = 0; k < stemIds.length; k++) {
      const stem = stemIds[k] ?? 0;
      if (stem >= this.stemUsers.length) {
        const users = new Int32Array(Math.max(stem + 1, this.stemUsers.length * 2));
        users.set(this.stemUsers);
        this.stemUsers = users;
      }
      const users = (this.stemUsers[stem] ?? 0) + 1;
      this.stemUsers[stem] = users;
      post(this.byStem, stem, users, slot);
    }
    return slot;
  }

  /** The items that have a stem, if few do (at most `LEXICAL_POSTING_LIMIT`), else undefined. */
  stemPostings(stem: number): number[] | undefined {
    const users = this.stemUsers[stem] ?? 0;
    if (users === 0 || users > LEXICAL_POSTING_LIMIT) return undefined;
    let list = this.byStem[stem];
    if (!list) {
      list = this.slotsHolding(this.stemStart, this.stemCount, (k) => (this.stemPool[k] ?? 0) >> 1 === stem);
      this.byStem[stem] = list;
    }
    return list;
  }

  /** The items whose library reading names a concept, if few do (at most `LEXICAL_POSTING_LIMIT`), else undefined. */
  sensePostings(sense: number): number[] | undefined {
    const users = this.senseUsers[sense] ?? 0;
    if (users === 0 || users > LEXICAL_POSTING_LIMIT) return undefined;
    let list = this.bySense[sense];
    if (!list) {
      list = this.slotsHolding(this.senseStart, this.senseCount, (k) => this.senseIds[k] === sense);
      list.sort((a, b) => (this.addedAt[a] ?? 0) - (this.addedAt[b] ?? 0));
      this.bySense[sense] = list;
    }
    return list;
  }

  /** The live slots, in slot order, whose run of a pool (`start`, `count` per slot) holds an entry `holds` accepts. */
  private slotsHolding(start: Int32Array, count: Int32Array, holds: (k: number) => boolean): number[] {
    const slots: number[] = [];
    for (let slot = 0; slot < this.entries.length; slot++) {
      if (!this.entries[slot]) continue;
      const from = start[slot] ?? 0;
      const end = from + (count[slot] ?? 0);
      for (let k = from; k < end; k++) {
        if (!holds(k)) continue;
        slots.push(slot);
        break;
      }
    }
    return slots;
  }

  remove(slot: number): void {
    const entry = this.entries[slot];
    if (!entry) return;
    const p = entry.profile;
    for (const concept of p.conceptIndexes) {
      if (concept === p.main) this.mainOf[concept]?.get(p.county)?.remove(slot);
      else this.secondaryOf[concept]?.remove(slot);
    }
    for (const sense of p.senseIds) {
      this.senseUsers[sense] = (this.senseUsers[sense] ?? 1) - 1;
      const list = this.bySense[sense];
      const at = list ? list.indexOf(slot) : -1;
      if (at >= 0) list?.splice(at, 1);
    }
    for (const stem of p.stemIds) {
      this.stemUsers[stem] = (this.stemUsers[stem] ?? 1) - 1;
      const list = this.byStem[stem];
      if (!list) continue;
      const at = list.indexOf(slot);
      if (at >= 0) list.splice(at, 1);
    }
    this.poolGarbage += this.stemCount[slot] ?? 0;
    this.stemCount[slot] = 0;
    this.senseGarbage += this.senseCount[slot] ?? 0;
    this.senseCount[slot] = 0;
    this.entries[slot] = undefined;
    this.org[slot] = -1;
    this.free.push(slot);
  }

  private storeStems(slot: number, p: ItemProfile): void {
    const count = p.stemIds.length;
    if (this.poolUsed + count > this.stemPool.length) this.compactPool(count);
    this.stemStart[slot] = this.poolUsed;
    this.stemCount[slot] = count;
    for (let k = 0; k < count; k++) {
      this.stemPool[this.poolUsed + k] = ((p.stemIds[k] ?? 0) << 1) | ((p.stemWeights[k] ?? 1) === 1 ? 0 : 1);
    }
    this.poolUsed += count;
    this.norm[slot] = p.norm;
  }

  private storeSenses(slot: number, p: ItemProfile): void {
    const count = p.senseIds.length;
    if (this.senseUsed + count > this.senseIds.length) this.compactSenses(count);
    this.senseStart[slot] = this.senseUsed;
    this.senseCount[slot] = count;
    for (let k = 0; k < count; k++) {
      this.senseIds[this.senseUsed + k] = p.senseIds[k] ?? 0;
      this.senseWeights[this.senseUsed + k] = p.senseWeights[k] ?? 0;
    }
    this.senseUsed += count;
  }

  /** Drops the library readings of removed items, growing the pools if they are still too small. */
  private compactSenses(extra: number): void {
    const size = poolSize(this.senseUsed - this.senseGarbage, extra);
    const ids = new Int32Array(size);
    const weights = new Float64Array(size);
    this.senseUsed = this.packRuns(
      this.senseStart,
      this.senseCount,
      [this.senseIds, this.senseWeights],
      [ids, weights],
    );
    this.senseIds = ids;
    this.senseWeights = weights;
    this.senseGarbage = 0;
  }

  /** Drops the stems of removed items, growing the pool if it is still too small. */
  private compactPool(extra: number): void {
    const stems = new Int32Array(poolSize(this.poolUsed - this.poolGarbage, extra));
    this.poolUsed = this.packRuns(this.stemStart, this.stemCount, [this.stemPool], [stems]);
    this.stemPool = stems;
    this.poolGarbage = 0;
  }

  /**
   * Copies each live item's run (`start`, `count`) of the pools `from` to the front of `to`, side by side, in
   * slot order, and moves its start there; returns how much of `to` is used.
   */
  private packRuns(
    start: Int32Array,
    count: Int32Array,
    from: (Int32Array | Float64Array)[],
    to: (Int32Array | Float64Array)[],
  ): number {
    let used = 0;
    this.entries.forEach((entry, slot) => {
      if (!entry) return;
      const first = start[slot] ?? 0;
      const n = count[slot] ?? 0;
      for (let i = 0; i < from.length; i++)
        to[i]?.set((from[i] as Int32Array | Float64Array).subarray(first, first + n), used);
      start[slot] = used;
      used += n;
    });
    return used;
  }

  private grow(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.org = grow(this.org, new Int32Array(capacity));
    this.confidenceRoot = grow(this.confidenceRoot, new Float64Array(capacity));
    this.tieKey = grow(this.tieKey, new Float64Array(capacity));
    this.groups = grow(this.groups, new Int32Array(capacity));
    this.open = grow(this.open, new Uint8Array(capacity));
    this.county = grow(this.county, new Int32Array(capacity));
    this.municipality = grow(this.municipality, new Int32Array(capacity));
    this.presence = grow(this.presence, new Uint8Array(capacity));
    this.reach = grow(this.reach, new Uint8Array(capacity));
    this.concepts = grow(this.concepts, new Int32Array(capacity * VECTOR));
    this.conceptWeights = grow(this.conceptWeights, new Float64Array(capacity * VECTOR));
    this.stemStart = grow(this.stemStart, new Int32Array(capacity));
    this.stemCount = grow(this.stemCount, new Int32Array(capacity));
    this.senseStart = grow(this.senseStart, new Int32Array(capacity));
    this.senseCount = grow(this.senseCount, new Int32Array(capacity));
    this.addedAt = grow(this.addedAt, new Float64Array(capacity));
    this.norm = grow(this.norm, new Float64Array(capacity));
    this.capacity = capacity;
  }
}

/** Keeps the best `size` candidates seen, worst at the root of a binary heap. */
class TopList {
  // Typed arrays kept from ranking to ranking: emptied arrays of numbers would give up their memory and grow
  // again for every item ranked.
  private scores = new Float64Array(16);
  private slots = new Int32Array(16);
  private count = 0;
  private size = 0;
  private entries: (Entry | undefined)[] = [];
  private tieKeys: Float64Array = new Float64Array(0);

  /** Empties the list for another ranking. */
  reset(size: number, entries: (Entry | undefined)[], tieKeys: Float64Array): void {
    this.size = size;
    this.entries = entries;
    this.tieKeys = tieKeys;
    this.count = 0;
  }

  /** The score a new candidate must reach to enter (ties are settled by `tieKey`). */
  get threshold(): number {
    return this.count < this.size ? Number.NEGATIVE_INFINITY : (this.scores[0] ?? 0);
  }

  offer(score: number, slot: number): void {
    if (this.size <= 0) return;
    if (this.count < this.size) {
      if (this.count === this.scores.length) {
        this.scores = grownDoubles(this.scores, this.count * 2);
        this.slots = grownInts(this.slots, this.count * 2);
      }
      this.scores[this.count] = score;
      this.slots[this.count] = slot;
      this.count++;
      this.up(this.count - 1);
    } else if (this.better(score, slot, this.scores[0] ?? 0, this.slots[0] ?? 0)) {
      this.scores[0] = score;
      this.slots[0] = slot;
      this.down(0);
    }
  }

  get length(): number {
    return this.count;
  }

  /**
   * Writes the list into `slots` and `scores` from `at`, best first, and empties it (taking the worst off the
   * heap each time); returns how many.
   */
  drain(slots: Int32Array, scores: Float64Array, at: number): number {
    const n = this.count;
    for (let k = n - 1; k >= 0; k--) {
      slots[at + k] = this.slots[0] ?? 0;
      scores[at + k] = this.scores[0] ?? 0;
      this.count--;
      if (k === 0) break;
      this.slots[0] = this.slots[this.count] ?? 0;
      this.scores[0] = this.scores[this.count] ?? 0;
      this.down(0);
    }
    return n;
  }

  /**
   * Higher score first. Equal scores by the items' tie keys (a hash of the organisation id, then the index), and
   * only if two organisations' hashes collide by their ids: an order that never depends on insertion order.
   */
  private better(scoreA: number, a: number, scoreB: number, b: number): boolean {
    if (scoreA !== scoreB) return scoreA > scoreB;
    const ka = this.tieKeys[a] ?? 0;
    const kb = this.tieKeys[b] ?? 0;
    if (ka !== kb) return ka < kb;
    const ea = this.entries[a];
    const eb = this.entries[b];
    if (!ea || !eb || a === b) return false;
    if (ea.org.id !== eb.org.id) return ea.org.id < eb.org.id;
    return ea.index < eb.index;
  }

  private worseAt(i: number, j: number): boolean {
    return this.better(this.scores[j] ?? 0, this.slots[j] ?? 0, this.scores[i] ?? 0, this.slots[i] ?? 0);
  }

  private up(i: number): void {
    let child = i;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.worseAt(child, parent)) return;
      this.swap(child, parent);
      child = parent;
    }
  }

  private down(i: number): void {
    let parent = i;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (left < this.count && this.worseAt(left, worst)) worst = left;
      if (right < this.count && this.worseAt(right, worst)) worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }

  private swap(a: number, b: number): void {
    const score = this.scores[a] ?? 0;
    this.scores[a] = this.scores[b] ?? 0;
    this.scores[b] = score;
    const slot = this.slots[a] ?? 0;
    this.slots[a] = this.slots[b] ?? 0;
    this.slots[b] = slot;
  }
}

/**
 * The matching engine's state for one mobilisation: every need and offer analysed once and indexed by support
 * type, so a need is only compared with offers that share a concept with it (or, for a need with no clear
 * concept, a rare word), and lists that cannot reach the current top list are skipped by an exact bound.
 * Organisations can be added, replaced and removed one at a time; every query reads the current state, so an
 * index updated incrementally answers exactly like one rebuilt from scratch. A pair's score depends only on its
 * two items, so stored matches stay valid when other organisations change.
 */
export class MatchIndex {
  readonly analyser: Analyser;
  readonly scoring: ScoringSettings;
  /** Reads texts with the library, where the scoring weighs that reading (see `Field.senses`). */
  private readonly senses: Analyser | undefined;
  /** What each library concept weighs in that reading (see `Field.senseScale`). */
  private readonly senseScale: Float64Array | undefined;
  private readonly needs: ItemStore;
  private readonly offers: ItemStore;
  private readonly orgs = new Map<string, OrgEntry>();
  private readonly orgNumbers = new Map<string, number>();
  private readonly counties = new Map<string, number>();
  /** Each county id's normalised name, and which pairs of ids are neighbours (1), not (2) or unknown (0). */
  private readonly countyNames: string[] = [];
  private neighbourTable = new Uint8Array(0);
  private readonly municipalities = new Map<string, number>();
  /** Whether two county ids share a land border, for help that needs presence. */
  readonly neighbours: Neighbours = (a, b) => this.areNeighbours(a, b);
  private readonly stems = new StemTable();
  private visited = new Uint32Array(1024);
  private scratch = new Float64Array(1024);
  /** The library reading of the item being ranked, spread over an array indexed by library concept. */
  private senseScratch = new Float64Array(0);
  private visit = 0;
  // What one ranking reads, kept here rather than in closures: the top list and the item being ranked (for
  // `finish`).
  private readonly top = new TopList();
  private bestSlots = new Int32Array(16);
  private bestScores = new Float64Array(16);
  private rankOwn: ItemProfile | undefined;
  /**
   * What `search` hands `finish` and `tryInFull` about a candidate, and they hand back (see `WITHOUT_WORDS`): a
   * double passed to or returned from a call the compiler does not inline is boxed, a new object on the heap,
   * and these calls run for millions of candidates.
   */
  private readonly carried = new Float64Array(4);
  private rankOthers: ItemStore | undefined;
  private rankSide: 'need' | 'offer' = 'need';
  private rankSuggestedOnly = false;
  private rankMinScore = 0;
  /** Counts changes, so a running `allMatches` notices them. */
  private version = 0;
  /**
   * Each need's best score, the first of its own list, by slot (NaN: not known yet), for `suggestMargin`; valid
   * for the index's `version` it was filled in. A need's ranking notes it; a pair seen from its offer's side asks
   * for it, and a need not ranked yet in this version is ranked for its first offer alone.
   */
  private needBest = new Float64Array(0);
  /**
   * Each need's proposal floor, by slot, for `suggestPerNeed`: the score of the last proposal it keeps (-∞: it has
   * fewer than the cap; NaN: not known yet). Valid for the same `version` as `needBest`.
   */
  private needFloor = new Float64Array(0);
  /** The index's `version` `needBest` and `needFloor` were filled in (`freshNeedNotes`). */
  private needNotesVersion = -1;
  private floorSlots = new Int32Array(0);
  private floorScores = new Float64Array(0);
  private readonly oneSlot = new Int32Array(1);
  private readonly oneScore = new Float64Array(1);

  constructor(organisations: Iterable<MatchOrganisation> = [], options: MatchIndexOptions = {}) {
    this.analyser = options.analyser ?? options.field?.analyser ?? new Analyser();
    this.scoring = { ...DEFAULT_SCORING, ...options.field?.model.scoring, ...options.scoring };
    this.senses = (this.scoring.weights.library ?? 0) > 0 ? options.field?.senses : undefined;
    this.senseScale = this.senses ? options.field?.senseScale : undefined;
    const count = this.analyser.vocabulary.supportTypeCount;
    const senseConcepts = this.senses?.vocabulary.concepts.length ?? 0;
    this.needs = new ItemStore(count, senseConcepts);
    this.offers = new ItemStore(count, senseConcepts);
    this.upsertAll(organisations);
  }

  get organisationCount(): number {
    return this.orgs.size;
  }

  has(orgId: string): boolean {
    return this.orgs.has(orgId);
  }

  /** Adds an organisation or replaces its earlier version. Unchanged texts are not analysed again. */
  upsert(organisation: MatchOrganisation): void {
    this.put(organisation, undefined, undefined);
  }

  /**
   * `upsert` for several organisations, with the library readings of the new ones' texts (where the scoring
   * weighs them) made first, in one pass, and once per distinct text: a reading depends on the text alone. Reading
   * with one analyser at a time keeps its tables in the processor's cache, where alternating the field's and the
   * library's for every text cost half as much again. A text given again (with the same tags) is not read again:
   * its profile is the first one's, at its own organisation's place.
   */
  upsertAll(organisations: Iterable<MatchOrganisation>): void {
    const list = [...organisations];
    const senses = this.senses;
    let readings: Map<string, SenseReading> | undefined;
    if (senses) {
      readings = new Map();
      for (const organisation of list) {
        if (this.orgs.has(organisation.id)) continue;
        for (const items of [organisation.needs, organisation.offers]) {
          for (const { text } of items) {
            if (readings.has(text)) continue;
            readings.set(text, senses.conceptVector(text, this.senseScale));
          }
        }
      }
    }
    const read = new Map<string, ItemProfile>();
    for (const organisation of list) this.put(organisation, readings, read);
  }

  /** `read`: profiles of untagged texts read earlier in the same `upsertAll`, by text. */
  private put(
    organisation: MatchOrganisation,
    readings: Map<string, SenseReading> | undefined,
    read: Map<string, ItemProfile> | undefined,
  ): void {
    this.version++;
    const previous = this.orgs.get(organisation.id);
    const known = new Map<string, ItemProfile>();
    if (previous) {
      for (const [store, slots] of [
        [this.needs, previous.needs],
        [this.offers, previous.offers],
      ] as const) {
        for (const slot of slots) {
          const profile = store.entries[slot]?.profile;
          if (profile) known.set(profileKey(profile.item), profile);
        }
      }
      this.remove(organisation.id);
    }
    const county = organisation.county?.trim() || undefined;
    const municipality = organisation.municipality?.trim() || undefined;
    let number = this.orgNumbers.get(organisation.id);
    if (number === undefined) {
      number = this.orgNumbers.size;
      this.orgNumbers.set(organisation.id, number);
    }
    const org: OrgEntry = {
      id: organisation.id,
      hash: fnv1a(organisation.id),
      number,
      county,
      countyId: this.countyId(county),
      municipality,
      municipalityId: this.municipalityId(municipality),
      needs: [],
      offers: [],
    };
    this.orgs.set(org.id, org);
    for (let index = 0; index < organisation.needs.length; index++) {
      const item = organisation.needs[index] as MatchItem;
      const profile = this.profileOf(item, org, known, readings, read);
      org.needs.push(this.needs.add({ org, index, profile, id: item.id }));
    }
    for (let index = 0; index < organisation.offers.length; index++) {
      const item = organisation.offers[index] as MatchItem;
      const profile = this.profileOf(item, org, known, readings, read);
      org.offers.push(this.offers.add({ org, index, profile, id: item.id }));
    }
  }

  remove(orgId: string): boolean {
    const org = this.orgs.get(orgId);
    if (!org) return false;
    this.version++;
    for (const slot of org.needs) this.needs.remove(slot);
    for (const slot of org.offers) this.offers.remove(slot);
    this.orgs.delete(orgId);
    return true;
  }

  /**
   * What the engine understood of an item: its concepts, target groups and their evidence. Analysed again on
   * request (analysis is deterministic), so the index need not keep every text's full analysis.
   */
  analysisOf(side: 'need' | 'offer', ref: ItemRef): TextAnalysis | undefined {
    const item = this.entry(side, ref)?.profile.item;
    return item
      ? this.analyser.analyse(item.text, { themes: item.themes, targetGroups: item.targetGroups })
      : undefined;
  }

  /** "Who could meet this need": the best offers of other organisations, best first. */
  offersForNeed(ref: ItemRef, query: MatchQuery = {}): Match[] {
    const entry = this.entry('need', ref);
    return entry ? this.rank(entry, 'need', query) : [];
  }

  /** "Who could use this offer": the needs of other organisations it could meet, best first. */
  needsForOffer(ref: ItemRef, query: MatchQuery = {}): Match[] {
    const entry = this.entry('offer', ref);
    return entry ? this.rank(entry, 'offer', query) : [];
  }

  /**
   * Everything that changes when one organisation changes: the offers for each of its needs and the needs for
   * each of its offers. Together with `remove`, this is all a re-match after a profile update needs.
   */
  matchesForOrganisation(orgId: string, query: MatchQuery = {}): { needs: Match[][]; offers: Match[][] } {
    const org = this.orgs.get(orgId);
    if (!org) return { needs: [], offers: [] };
    const rankSlot = (side: 'need' | 'offer', slot: number) => {
      const entry = (side === 'need' ? this.needs : this.offers).entries[slot];
      return entry ? this.rank(entry, side, query) : [];
    };
    return {
      needs: org.needs.map((slot) => rankSlot('need', slot)),
      offers: org.offers.map((slot) => rankSlot('offer', slot)),
    };
  }

  /**
   * For every need of every organisation (in insertion order), its best offers. The top lists are found first,
   * for all needs at once and in an order that keeps memory warm (needs of one concept and county one after
   * another meet the same candidates), several times faster than one by one; the matches and their reasons are
   * then made as they are yielded. If the index changes while this runs, the remaining needs are ranked as
   * they come, so the answers always reflect the index as it is.
   */
  *allMatches(query: MatchQuery = {}): Generator<{ need: ItemRef; matches: Match[] }> {
    for (const { item, matches } of this.allLists('need', query)) yield { need: item, matches };
  }

  /** For every offer of every organisation (in insertion order), the needs it could meet: as `allMatches`. */
  *allOfferMatches(query: MatchQuery = {}): Generator<{ offer: ItemRef; matches: Match[] }> {
    for (const { item, matches } of this.allLists('offer', query)) yield { offer: item, matches };
  }

  /**
   * The lists `allMatches` (side 'need') or `allOfferMatches` ('offer') gives, as a whole run stores them (see
   * `MatchListText`): the reasons written as JSON text when asked for, without the reason objects.
   */
  *allListTexts(side: 'need' | 'offer', query: MatchQuery = {}): Generator<MatchListText> {
    const version = this.version;
    // As `allLists`: a suggested-only list whose proposals ask for their need's best or floor is found item by item.
    const found =
      query.suggestedOnly === true && this.asksBeyondPair() ? undefined : this.searchAll(side, query);
    const store = side === 'need' ? this.needs : this.offers;
    const view = found ? new FoundListText(found, side === 'need', this.analyser.vocabulary) : undefined;
    for (const org of this.orgs.values()) {
      for (const slot of side === 'need' ? org.needs : org.offers) {
        const entry = store.entries[slot];
        if (!entry) continue;
        if (this.version !== version || !view) {
          const item = { org: org.id, index: entry.index };
          yield new RankedListText(item, entry.id, side, this.rank(entry, side, query), this.idOf);
        } else yield view.moveTo(org, entry, slot);
      }
    }
  }

  private *allLists(
    side: 'need' | 'offer',
    query: MatchQuery,
  ): Generator<{ item: ItemRef; matches: Match[] }> {
    const version = this.version;
    // A suggested-only list whose proposals ask for their need's best or floor is found item by item (see
    // `rankSuggestedNearBest`); nothing runs whole lists that way, so it need not be fast.
    const found =
      query.suggestedOnly === true && this.asksBeyondPair() ? undefined : this.searchAll(side, query);
    const vocabulary = this.analyser.vocabulary;
    const store = side === 'need' ? this.needs : this.offers;
    for (const org of this.orgs.values()) {
      for (const slot of side === 'need' ? org.needs : org.offers) {
        const entry = store.entries[slot];
        if (!entry) continue;
        const item = { org: org.id, index: entry.index };
        if (this.version !== version || !found) {
          yield { item, matches: this.rank(entry, side, query) };
          continue;
        }
        const matches: Match[] = [];
        const start = found.start[slot] ?? 0;
        const end = start + (found.count[slot] ?? 0);
        for (let r = start; r < end; r++) {
          const at = r * EXPLANATION_WIDTH;
          const otherOrg = found.otherOrgs[r] as OrgEntry;
          const other = { org: otherOrg.id, index: found.otherIndexes[r] ?? 0 };
          const otherProfile = found.otherProfiles[r] as ItemProfile;
          const needSide = side === 'need';
          matches.push({
            need: needSide ? item : other,
            offer: needSide ? other : item,
            score: found.scores[r] ?? 0,
            suggested: found.codes[at + 3] === 1,
            reasons: reasonsFrom(
              needSide ? entry.profile : otherProfile,
              found.offerEvidence[r],
              needSide ? otherProfile : entry.profile,
              found.codes,
              at,
              vocabulary,
              // An organisation's entry holds its county and municipality as it gave them.
              needSide ? { need: org, offer: otherOrg } : { need: otherOrg, offer: org },
            ),
          });
        }
        yield { item, matches };
      }
    }
  }

  /**
   * The top list of every item of one side, best first: `count[slot]` results from `start[slot]`, each with the
   * other side's item, score and what its reasons are made of (`explainCodes`, found here while both items are
   * fresh in memory).
   */
  private searchAll(side: 'need' | 'offer', query: MatchQuery): FoundLists {
    const entries = (side === 'need' ? this.needs : this.offers).entries;
    const others = (side === 'need' ? this.offers : this.needs).entries;
    // By main concept, then county, then slot, as one number each (any order gives the same lists; this one is
    // the fast one, and sorting numbers is much faster than comparing profiles).
    const keys: number[] = [];
    for (let slot = 0; slot < entries.length; slot++) {
      const profile = entries[slot]?.profile;
      if (!profile) continue;
      const main = Math.min(profile.main + 1, 1023);
      const county = Math.min(profile.county + 1, 4095);
      keys.push((main * 4096 + county) * 2 ** 30 + slot);
    }
    const order = Float64Array.from(keys).sort();
    const start = new Int32Array(entries.length);
    const count = new Int32Array(entries.length);
    let capacity = Math.max(16, order.length * Math.min(query.top ?? 10, 16));
    let slots = new Int32Array(capacity);
    let scores = new Float64Array(capacity);
    let codes = new Int32Array(capacity * EXPLANATION_WIDTH);
    let otherIndexes = new Int32Array(capacity);
    const otherOrgs: OrgEntry[] = [];
    const offerEvidence: (string[] | undefined)[] = [];
    const otherProfiles: ItemProfile[] = [];
    const otherIds: (string | undefined)[] = [];
    let used = 0;
    const top = this.top;
    for (const key of order) {
      const slot = key % 2 ** 30;
      const ownEntry = entries[slot] as Entry;
      this.search(ownEntry, side, query);
      const n = top.length;
      if (used + n > capacity) {
        capacity = Math.max(used + n, capacity * 2);
        slots = grownInts(slots, capacity);
        scores = grownDoubles(scores, capacity);
        codes = grownInts(codes, capacity * EXPLANATION_WIDTH);
        otherIndexes = grownInts(otherIndexes, capacity);
      }
      start[slot] = used;
      count[slot] = n;
      top.drain(slots, scores, used);
      if (side === 'need' && n > 0 && !query.suggestedOnly) this.noteNeedList(slot, scores, slots, used, n);
      const own = ownEntry.profile;
      for (let r = used; r < used + n; r++) {
        const otherEntry = others[slots[r] ?? 0] as Entry;
        const other = otherEntry.profile;
        const need = side === 'need' ? own : other;
        const offer = side === 'need' ? other : own;
        offerEvidence.push(explainCodes(need, offer, codes, r * EXPLANATION_WIDTH, this.neighbours));
        // The need's best and floor may be found by ranking it: only now, with this item's list drained.
        codes[r * EXPLANATION_WIDTH + 3] = this.proposed(
          need,
          offer,
          scores[r] ?? 0,
          side === 'need' ? slot : (slots[r] ?? 0),
        )
          ? 1
          : 0;
        otherProfiles.push(other);
        otherIds.push(otherEntry.id);
        otherOrgs.push(otherEntry.org);
        otherIndexes[r] = otherEntry.index;
      }
      used += n;
    }
    return { start, count, scores, codes, otherOrgs, otherIndexes, otherIds, offerEvidence, otherProfiles };
  }

  /**
   * The profile of an item: its earlier version's if text and tags are unchanged, or that of the same text read
   * earlier in this batch (`read`), at the organisation's place; else a new one. A profile depends on nothing
   * but the text, its tags and the place.
   */
  private profileOf(
    item: MatchItem,
    org: OrgEntry,
    known: Map<string, ItemProfile>,
    readings: Map<string, SenseReading> | undefined,
    read: Map<string, ItemProfile> | undefined,
  ): ItemProfile {
    // A batch knows untagged texts by the text alone (tagged ones, seldom repeated, are read each time): no key
    // to build for every item.
    const batch = read && item.themes === undefined && item.targetGroups === undefined ? read : undefined;
    const reused = (known.size > 0 ? known.get(profileKey(item)) : undefined) ?? batch?.get(item.text);
    if (reused) {
      return reused.county === org.countyId && reused.municipality === org.municipalityId
        ? reused
        : profileAt(reused, { county: org.countyId, municipality: org.municipalityId });
    }
    const profile = this.profile(item, org, readings?.get(item.text));
    batch?.set(item.text, profile);
    return profile;
  }

  private profile(item: MatchItem, org: OrgEntry, reading: SenseReading | undefined): ItemProfile {
    const analysis = this.analyser.analyseItem(item.text, {
      themes: item.themes,
      targetGroups: item.targetGroups,
    });
    // Another analyser: the field's keeps this text's stems in its buffers for `buildProfile`.
    const senses = reading ?? this.senses?.conceptVector(item.text, this.senseScale);
    return buildProfile(
      analysis,
      item,
      this.analyser.vocabulary,
      this.stems,
      { county: org.countyId, municipality: org.municipalityId },
      this.scoring,
      this.analyser,
      this.placed(reachOf(item.text)),
      senses,
    );
  }

  /** A reach with the counties it names numbered as this index numbers them. */
  private placed(reach: Reach | undefined): Reach | undefined {
    if (!reach?.counties) return reach;
    return { ...reach, countyIds: reach.counties.map((county) => this.countyId(county)) };
  }

  private countyId(county: string | undefined): number {
    if (!county) return -1;
    const key = normaliseCounty(county);
    let id = this.counties.get(key);
    if (id === undefined) {
      id = this.counties.size;
      this.counties.set(key, id);
      this.countyNames.push(key);
    }
    return id;
  }

  private municipalityId(municipality: string | undefined): number {
    if (!municipality) return -1;
    const key = municipality.toLowerCase();
    let id = this.municipalities.get(key);
    if (id === undefined) {
      id = this.municipalities.size;
      this.municipalities.set(key, id);
    }
    return id;
  }

  private areNeighbours(a: number, b: number): boolean {
    const size = this.countyNames.length;
    if (this.neighbourTable.length < size * size) {
      // Counties are few (21 in Sweden); the table is rebuilt when one is first seen.
      this.neighbourTable = new Uint8Array(size * size);
    }
    const at = a * size + b;
    let known = this.neighbourTable[at] ?? 0;
    if (known === 0) {
      known = areNeighbours(this.countyNames[a] ?? '', this.countyNames[b] ?? '') ? 1 : 2;
      this.neighbourTable[at] = known;
    }
    return known === 1;
  }

  /**
   * What is left of a candidate for the place an offer is restricted to (see `isOutsideReach`): 1 unless the
   * offer of the pair names one. Reads the side being ranked from `rankSide`.
   */
  private reachOf(own: ItemProfile, others: ItemStore, slot: number): number {
    const needSide = this.rankSide === 'need';
    if (needSide ? others.reach[slot] !== 1 : !own.reach) return 1;
    const other = (others.entries[slot] as Entry).profile;
    return isOutsideReach(needSide ? own : other, needSide ? other : own) ? OUTSIDE_REACH : 1;
  }

  /** A candidate's county share (see `placeShare`), from the store's arrays. */
  private placeOf(own: ItemProfile, others: ItemStore, slot: number): number {
    const county = others.county[slot] ?? -1;
    if (!own.presence || others.presence[slot] !== 1) return own.county >= 0 && county === own.county ? 1 : 0;
    if (own.county < 0 || county < 0) return NEARNESS_SHARE.unknown;
    if (own.county === county) {
      const municipality = others.municipality[slot] ?? -1;
      return own.municipality >= 0 && own.municipality === municipality
        ? NEARNESS_SHARE.municipality
        : NEARNESS_SHARE.county;
    }
    return NEARNESS_SHARE[this.areNeighbours(own.county, county) ? 'neighbour' : 'far'];
  }

  /** An item's id as the caller gave it (`MatchItem.id`). */
  private readonly idOf = (side: 'need' | 'offer', ref: ItemRef): string | undefined =>
    this.entry(side, ref)?.id;

  private entry(side: 'need' | 'offer', ref: ItemRef): Entry | undefined {
    const org = this.orgs.get(ref.org);
    const slot = (side === 'need' ? org?.needs : org?.offers)?.[ref.index];
    if (slot === undefined) return undefined;
    return (side === 'need' ? this.needs : this.offers).entries[slot];
  }

  /**
   * The best items of the other side for one item. Candidates come from the posting lists of the item's
   * concepts, strongest concept first and, within it, its own county first; a bucket or the rest of a
   * weight-sorted list is skipped as soon as its best possible score cannot enter the top list, and words are
   * only compared for candidates that could still enter. The result is exactly the top list over all items.
   * The arithmetic is `combine`'s, written out in the loops (same operations in the same order, so the same
   * bits): this is the engine's hot path.
   */
  private rank(entry: Entry, side: 'need' | 'offer', query: MatchQuery): Match[] {
    if (query.suggestedOnly === true && this.asksBeyondPair()) {
      return this.rankSuggestedNearBest(entry, side, query);
    }
    this.search(entry, side, query);
    const n = this.drainTop();
    if (side === 'need' && n > 0)
      this.noteNeedList(this.slotOf('need', entry), this.bestScores, this.bestSlots, 0, n);
    return this.matchesOf(entry, side, this.bestSlots, this.bestScores, 0, n);
  }

  /** Empties the top list into `bestSlots` and `bestScores`, best first; returns how many. */
  private drainTop(): number {
    if (this.bestSlots.length < this.top.length) {
      this.bestSlots = new Int32Array(this.top.length);
      this.bestScores = new Float64Array(this.top.length);
    }
    return this.top.drain(this.bestSlots, this.bestScores, 0);
  }

  /**
   * A suggested-only list where a proposal also asks for its need's best (`suggestMargin`) or first proposals
   * (`suggestPerNeed`): the pairs `isSuggested` admits, best first, less those too far below their need's best or
   * floor. Along a need's own list that is one cut at one score, so its first `top` are found at once; along an
   * offer's, each need has its own best and floor, so the list is read further until `top` are found or it ends.
   */
  private rankSuggestedNearBest(entry: Entry, side: 'need' | 'offer', query: MatchQuery): Match[] {
    const wanted = query.top ?? 10;
    if (wanted <= 0) return [];
    const ownSlot = this.slotOf(side, entry);
    for (let size = wanted; ; size *= 2) {
      this.search(entry, side, { ...query, top: size });
      const n = this.drainTop();
      let kept = 0;
      for (let i = 0; i < n && kept < wanted; i++) {
        const score = this.bestScores[i] ?? 0;
        const slot = this.bestSlots[i] ?? 0;
        // Ranking a need for its best or its floor leaves these two arrays alone.
        const needSlot = side === 'need' ? ownSlot : slot;
        if (!this.nearNeedsBest(score, needSlot) || !this.withinNeedsFirst(score, needSlot)) continue;
        this.bestSlots[kept] = slot;
        this.bestScores[kept] = score;
        kept++;
      }
      if (kept >= wanted || n < size)
        return this.matchesOf(entry, side, this.bestSlots, this.bestScores, 0, kept);
    }
  }

  /** Where an item is kept in its side's store. */
  private slotOf(side: 'need' | 'offer', entry: Entry): number {
    return (side === 'need' ? entry.org.needs : entry.org.offers)[entry.index] ?? -1;
  }

  /** The need best scores known in this version of the index (see `needBest`). */
  /** Empties the needs' noted bests and floors when the index has changed since they were noted. */
  private freshNeedNotes(): void {
    if (this.needNotesVersion !== this.version || this.needBest.length < this.needs.entries.length) {
      const size = Math.max(16, this.needs.entries.length);
      this.needBest = new Float64Array(size).fill(Number.NaN);
      this.needFloor = new Float64Array(size).fill(Number.NaN);
      this.needNotesVersion = this.version;
    }
  }

  private noteNeedBest(slot: number, best: number): void {
    if (this.scoring.suggestMargin <= 0) return;
    this.freshNeedNotes();
    this.needBest[slot] = best;
  }

  /** Whether a proposal asks for more than the pair itself: its need's other pairs. */
  private asksBeyondPair(): boolean {
    return this.scoring.suggestMargin > 0 || this.scoring.suggestPerNeed > 0;
  }

  /**
   * Notes what a need's whole list (`n` pairs from `from`, best first, drained) tells of its best and its
   * proposal floor, so that other lists need not rank it again.
   */
  private noteNeedList(slot: number, scores: Float64Array, slots: Int32Array, from: number, n: number): void {
    this.noteNeedBest(slot, scores[from] ?? 0);
    if (this.scoring.suggestPerNeed <= 0) return;
    const floor = this.floorIn(slot, scores, slots, from, n);
    if (Number.isNaN(floor)) return;
    this.freshNeedNotes();
    this.needFloor[slot] = floor;
  }

  /**
   * A need's proposal floor as its list (`n` pairs from `from`, best first, its very first) shows it: the score
   * of its `suggestPerNeed`-th proposal, -∞ if the list shows it has fewer, NaN if the list ends too soon to tell.
   * A proposal here is what `isSuggested` and `suggestMargin` admit: the cap counts the need's own choices, not
   * what the offers' margins make of them.
   */
  private floorIn(slot: number, scores: Float64Array, slots: Int32Array, from: number, n: number): number {
    const need = this.needs.entries[slot]?.profile;
    if (!need) return Number.NEGATIVE_INFINITY;
    const best = scores[from] ?? 0;
    let kept = 0;
    for (let r = from; r < from + n; r++) {
      const score = scores[r] ?? 0;
      // Nothing further down is near enough to the need's best to be proposed.
      if (this.scoring.suggestMargin > 0 && !isNearNeedsBest(score, best, this.scoring)) {
        return Number.NEGATIVE_INFINITY;
      }
      const offer = this.offers.entries[slots[r] ?? 0]?.profile;
      if (!offer || !isSuggested(need, offer, this.scoring, this.neighbours)) continue;
      kept++;
      if (kept >= this.scoring.suggestPerNeed) return score;
    }
    return Number.NaN;
  }

  /**
   * A need's proposal floor (see `needFloor`). May rank the need, further until the floor shows, so never while
   * another ranking is under way: only once its top list is drained.
   */
  private floorOfNeed(slot: number): number {
    this.freshNeedNotes();
    const noted = this.needFloor[slot] ?? Number.NaN;
    if (!Number.isNaN(noted)) return noted;
    let floor = Number.NEGATIVE_INFINITY;
    const entry = this.needs.entries[slot];
    for (let size = Math.max(4, 2 * this.scoring.suggestPerNeed); entry; size *= 2) {
      this.search(entry, 'need', { top: size });
      if (this.floorSlots.length < this.top.length) {
        this.floorSlots = new Int32Array(this.top.length);
        this.floorScores = new Float64Array(this.top.length);
      }
      const n = this.top.drain(this.floorSlots, this.floorScores, 0);
      if (n === 0) break;
      this.noteNeedBest(slot, this.floorScores[0] ?? 0);
      const found = this.floorIn(slot, this.floorScores, this.floorSlots, 0, n);
      if (!Number.isNaN(found) || n < size) {
        floor = Number.isNaN(found) ? Number.NEGATIVE_INFINITY : found;
        break;
      }
    }
    this.needFloor[slot] = floor;
    return floor;
  }

  /** Whether a pair is among its need's first proposals (`suggestPerNeed`); ranks the need only with a cap. */
  private withinNeedsFirst(score: number, needSlot: number): boolean {
    return this.scoring.suggestPerNeed <= 0 || score >= this.floorOfNeed(needSlot);
  }

  /**
   * Whether a listed pair is proposed: `isSuggested`, then what its need's other pairs say (its best, its first
   * proposals), cheapest first. Never while a ranking is under way.
   */
  private proposed(need: ItemProfile, offer: ItemProfile, score: number, needSlot: number): boolean {
    return (
      isSuggested(need, offer, this.scoring, this.neighbours) &&
      this.nearNeedsBest(score, needSlot) &&
      this.withinNeedsFirst(score, needSlot)
    );
  }

  /**
   * The first score of a need's own list (-∞ if it has none). May rank the need, so never while another ranking
   * is under way: only once its top list is drained.
   */
  private bestOfNeed(slot: number): number {
    this.freshNeedNotes();
    const noted = this.needBest[slot] ?? Number.NaN;
    if (!Number.isNaN(noted)) return noted;
    let best = Number.NEGATIVE_INFINITY;
    const entry = this.needs.entries[slot];
    if (entry) {
      this.search(entry, 'need', { top: 1 });
      if (this.top.drain(this.oneSlot, this.oneScore, 0) > 0) best = this.oneScore[0] ?? best;
    }
    this.needBest[slot] = best;
    return best;
  }

  /** Whether a pair's score is near its need's best (`suggestMargin`); asks for that best only with a margin. */
  private nearNeedsBest(score: number, needSlot: number): boolean {
    return this.scoring.suggestMargin <= 0 || isNearNeedsBest(score, this.bestOfNeed(needSlot), this.scoring);
  }

  /** The matches of one item with `count` items of the other side from `start` (best first), with reasons. */
  private matchesOf(
    entry: Entry,
    side: 'need' | 'offer',
    slots: Int32Array,
    scores: Float64Array,
    start: number,
    count: number,
  ): Match[] {
    const others = side === 'need' ? this.offers : this.needs;
    const vocabulary = this.analyser.vocabulary;
    const matches: Match[] = [];
    const ownSlot = side === 'need' ? this.slotOf('need', entry) : -1;
    for (let i = start; i < start + count; i++) {
      const score = scores[i] ?? 0;
      const other = others.entries[slots[i] ?? 0] as Entry;
      const needEntry = side === 'need' ? entry : other;
      const offerEntry = side === 'need' ? other : entry;
      matches.push({
        need: { org: needEntry.org.id, index: needEntry.index },
        offer: { org: offerEntry.org.id, index: offerEntry.index },
        score,
        suggested: this.proposed(
          needEntry.profile,
          offerEntry.profile,
          score,
          side === 'need' ? ownSlot : (slots[i] ?? 0),
        ),
        reasons: explain(
          needEntry.profile,
          offerEntry.profile,
          vocabulary,
          { need: needEntry.org, offer: offerEntry.org },
          this.neighbours,
        ),
      });
    }
    return matches;
  }

  /**
   * Finds the best items of the other side for one item, into `this.top` (see `rank`).
   */
  private search(entry: Entry, side: 'need' | 'offer', query: MatchQuery): void {
    const settings = this.scoring;
    const { concept: A, confidence: B, group: C, county: D } = settings.weights;
    // The most the words can add, as pruning counts it.
    const E =
      settings.weights.lexical * settings.lexicalCeiling +
      (settings.weights.library ?? 0) * settings.libraryCeiling;
    const openGroup = settings.openGroup;
    const own = entry.profile;
    const others = side === 'need' ? this.offers : this.needs;
    const top = this.top;
    top.reset(query.top ?? 10, others.entries, others.tieKey);
    const minScore = Math.max(query.minScore ?? settings.minScore, Number.MIN_VALUE);
    const stamp = this.nextVisit(others.entries.length);
    const visited = this.visited;
    const ownOrg = entry.org.number;
    const ownCounty = own.county;
    const ownRoot = own.confidenceRoot;
    const ownGroups = own.groups;
    const ownOpen = own.open;
    const ownPresence = own.presence;
    const carried = this.carried;
    // `reachOf` is 1 unless the offer of the pair names a place: told here without the call for most candidates.
    const needSide = side === 'need';
    const reaches = others.reach;
    const ownReach = own.reach !== undefined;
    // The item's own stem vector, spread over an array indexed by stem id: a candidate's words are then
    // compared by reading its stems once. Cleared again before returning.
    const scratch = this.scratchFor(own);
    const senseScratch = this.senseScratchFor(own);
    this.rankOwn = own;
    this.rankOthers = others;
    this.rankSide = side;
    this.rankSuggestedOnly = query.suggestedOnly === true;
    this.rankMinScore = minScore;
    let threshold = minScore;

    const ownConcepts = own.conceptIndexes;
    const ownWeights = own.conceptWeights;
    // The largest county share a candidate can have, at home and elsewhere: more for help that needs presence
    // (see `placeShare`).
    const homeShare = ownPresence ? MAX_NEARNESS_SHARE : 1;
    const awayShare = ownPresence ? MAX_AWAY_SHARE : 0;
    // What `scoreBound` multiplies a secondary candidate's overlap by.
    const secondaryBound = A + B * ownRoot + C + D * homeShare;
    for (let k = 0; k < ownConcepts.length; k++) {
      const concept = ownConcepts[k] ?? 0;
      const weight = ownWeights[k] ?? 0;
      // Items whose main concept this is: their weight for it is their largest (1, or their certainty with a
      // temperature), so the overlap is the product of the two weights for it (a larger overlap through an
      // earlier, stronger concept was already tried when that list was scanned). The item's own county first.
      const byCounty = others.mainOf[concept];
      const lists = others.mainLists[concept];
      if (byCounty && lists && lists.length > 0) {
        const home = byCounty.get(ownCounty);
        // The home county's list, then the others in the map's order.
        for (let b = home ? -1 : 0; b < lists.length; b++) {
          const list = b < 0 ? (home as PostingList) : (lists[b] as PostingList);
          if (b >= 0 && list === home) continue;
          const sameCounty = list === home && ownCounty >= 0;
          const bound = weight * (A + B * ownRoot + C + D * (sameCounty ? homeShare : awayShare)) + E;
          if (bound + 1e-9 < threshold) continue;
          const { ints, doubles } = list;
          for (let i = 0; i < list.length; i++) {
            const at = i * INTS;
            const slot = ints[at] ?? 0;
            if (ints[at + 1] === ownOrg || visited[slot] === stamp) continue;
            visited[slot] = stamp;
            const group =
              (ownGroups & (ints[at + 2] ?? 0)) !== 0 ? 1 : ownOpen || ints[at + 3] === 1 ? openGroup : 0;
            const place = ownPresence ? this.placeOf(own, others, slot) : sameCounty ? 1 : 0;
            const overlap = weight * (doubles[i * DOUBLES] ?? 0);
            const withoutWords =
              overlap *
              (A + B * (ownRoot * (doubles[i * DOUBLES + 1] ?? 0)) + C * group + D * place) *
              ((needSide ? reaches[slot] === 1 : ownReach) ? this.reachOf(own, others, slot) : 1);
            if (withoutWords + E < threshold) continue;
            carried[WITHOUT_WORDS] = withoutWords;
            carried[OVERLAP] = overlap;
            carried[THRESHOLD] = threshold;
            carried[KNOWN] = -1;
            this.finish(slot);
            threshold = carried[THRESHOLD] ?? threshold;
          }
        }
      }
      // Items where it is secondary, heaviest first: their overlap may come from another concept, so it is
      // computed in full.
      const secondaries = others.secondaryOf[concept];
      if (!secondaries || secondaries.length === 0) continue;
      secondaries.sort();
      const { ints, doubles } = secondaries;
      for (let i = 0; i < secondaries.length; i++) {
        const at = i * INTS;
        const d = i * DOUBLES;
        // `scoreBound`, written out.
        if (weight * (doubles[d] ?? 0) * secondaryBound + E + 1e-9 < threshold) break;
        const slot = ints[at] ?? 0;
        if (ints[at + 1] === ownOrg || visited[slot] === stamp) continue;
        visited[slot] = stamp;
        if (ints[at + 4 + VECTOR - 1] === OVERFLOW) {
          carried[THRESHOLD] = threshold;
          this.tryInFull(others, slot, own);
          threshold = carried[THRESHOLD] ?? threshold;
          continue;
        }
        let overlap = 0;
        for (let a = 0; a < ownConcepts.length; a++) {
          const ownConcept = ownConcepts[a] ?? 0;
          for (let b = 0; b < VECTOR; b++) {
            if (ints[at + 4 + b] !== ownConcept) continue;
            const product = (ownWeights[a] ?? 0) * (doubles[d + 2 + b] ?? 0);
            if (product > overlap) overlap = product;
          }
        }
        const group =
          (ownGroups & (ints[at + 2] ?? 0)) !== 0 ? 1 : ownOpen || ints[at + 3] === 1 ? openGroup : 0;
        const place = this.placeOf(own, others, slot);
        const withoutWords =
          overlap *
          (A + B * (ownRoot * (doubles[d + 1] ?? 0)) + C * group + D * place) *
          ((needSide ? reaches[slot] === 1 : ownReach) ? this.reachOf(own, others, slot) : 1);
        if (withoutWords + E < threshold) continue;
        carried[WITHOUT_WORDS] = withoutWords;
        carried[OVERLAP] = overlap;
        carried[THRESHOLD] = threshold;
        carried[KNOWN] = -1;
        this.finish(slot);
        threshold = carried[THRESHOLD] ?? threshold;
      }
    }
    // A text with no clear concept still gets a ranked list, from rare shared words; such pairs are never
    // suggested, since nothing says the other side would help. Where words weigh much, every text looks there.
    if (own.mainScore < settings.suggestScore || settings.wordCandidates) {
      for (let k = 0; k < own.stemIds.length; k++) {
        if ((own.stemWeights[k] ?? 0) < 1) continue;
        const postings = others.stemPostings(own.stemIds[k] ?? 0);
        if (!postings) continue;
        for (let p = 0; p < postings.length; p++) {
          const slot = postings[p] ?? 0;
          if (visited[slot] === stamp || others.org[slot] === ownOrg) continue;
          visited[slot] = stamp;
          carried[THRESHOLD] = threshold;
          this.tryInFull(others, slot, own);
          threshold = carried[THRESHOLD] ?? threshold;
        }
      }
    }

    // Texts that share a library concept with this one, where that reading weighs in the score: they may share
    // neither a kind nor a word. Only concepts few texts name, as with words.
    if ((settings.weights.library ?? 0) > 0) {
      for (const sense of own.senseIds) {
        const postings = others.sensePostings(sense);
        if (!postings) continue;
        for (let p = 0; p < postings.length; p++) {
          const slot = postings[p] ?? 0;
          if (visited[slot] === stamp || others.org[slot] === ownOrg) continue;
          visited[slot] = stamp;
          carried[THRESHOLD] = threshold;
          this.tryInFull(others, slot, own);
          threshold = carried[THRESHOLD] ?? threshold;
        }
      }
    }

    for (const stem of own.stemIds) scratch[stem] = 0;
    for (const sense of own.senseIds) senseScratch[sense] = 0;
    this.rankOwn = undefined;
    this.rankOthers = undefined;
  }

  /**
   * The second half of scoring, for a candidate whose score without words can still enter: the words, then
   * the top list. Reads the item being ranked from the `rank*` fields, and the candidate's score without words,
   * its overlap, the threshold and the library cosine where the caller has it already (else -1) from `carried`,
   * where it leaves the threshold a candidate must now reach.
   */
  private finish(slot: number): void {
    const carried = this.carried;
    const withoutWords = carried[WITHOUT_WORDS] ?? 0;
    const overlap = carried[OVERLAP] ?? 0;
    const threshold = carried[THRESHOLD] ?? 0;
    const known = carried[KNOWN] ?? -1;
    const own = this.rankOwn as ItemProfile;
    const others = this.rankOthers as ItemStore;
    if (this.rankSuggestedOnly) {
      const other = others.entries[slot];
      const needSide = this.rankSide === 'need';
      if (
        !other ||
        !isSuggested(
          needSide ? own : other.profile,
          needSide ? other.profile : own,
          this.scoring,
          this.neighbours,
        )
      )
        return;
    }
    const ownNorm = own.norm;
    const otherNorm = others.norm[slot] ?? 0;
    let lexical = 0;
    if (ownNorm !== 0 && otherNorm !== 0) {
      const scratch = this.scratch;
      const stemPool = others.stemPool;
      const start = others.stemStart[slot] ?? 0;
      const end = start + (others.stemCount[slot] ?? 0);
      let dot = 0;
      for (let k = start; k < end; k++) {
        const stem = stemPool[k] ?? 0;
        dot += (scratch[stem >> 1] ?? 0) * ((stem & 1) === 0 ? 1 : 0.2);
      }
      lexical = dot / (ownNorm * otherNorm);
    }
    const library = this.scoring.weights.library ?? 0;
    const senses = known >= 0 ? known : library > 0 ? this.senseSimilarity(others, slot) : 0;
    if (overlap === 0 && lexical === 0 && senses === 0) return;
    const score = Math.min(1, withoutWords + this.scoring.weights.lexical * lexical + library * senses);
    if (score < threshold) return;
    this.top.offer(score, slot);
    carried[THRESHOLD] = Math.max(this.top.threshold, this.rankMinScore);
  }

  /**
   * A candidate reached through a secondary concept or a shared word: its overlap is computed in full. Reads and
   * leaves the threshold in `carried`, as `finish`.
   */
  private tryInFull(others: ItemStore, slot: number, own: ItemProfile): void {
    const carried = this.carried;
    const threshold = carried[THRESHOLD] ?? 0;
    let overlap = 0;
    const at = slot * VECTOR;
    const concepts = others.concepts;
    if (concepts[at + VECTOR - 1] === OVERFLOW) {
      const other = (others.entries[slot] as Entry).profile;
      for (let k = 0; k < own.conceptIndexes.length; k++) {
        const product = (own.conceptWeights[k] ?? 0) * weightOf(other, own.conceptIndexes[k] ?? 0);
        if (product > overlap) overlap = product;
      }
    } else {
      // `weightOf` on the store's copy: the candidate's weight for each of the item's concepts, 0 if it has none.
      const weights = others.conceptWeights;
      for (let k = 0; k < own.conceptIndexes.length; k++) {
        const concept = own.conceptIndexes[k] ?? 0;
        let weight = 0;
        for (let b = 0; b < VECTOR; b++) {
          if (concepts[at + b] !== concept) continue;
          weight = weights[at + b] ?? 0;
          break;
        }
        const product = (own.conceptWeights[k] ?? 0) * weight;
        if (product > overlap) overlap = product;
      }
    }
    const settings = this.scoring;
    const groups = others.groups[slot] ?? 0;
    const group =
      (own.groups & groups) !== 0 ? 1 : own.open || others.open[slot] === 1 ? settings.openGroup : 0;
    const withoutWords = combine(
      settings,
      overlap,
      own.confidenceRoot * (others.confidenceRoot[slot] ?? 0),
      group,
      this.placeOf(own, others, slot),
      this.reachOf(own, others, slot),
      0,
    );
    // A candidate reached through a shared word or library concept: its library cosine is cheap to compute
    // exactly, and the ceiling would leave out the very pairs only the library finds.
    const library = settings.weights.library ?? 0;
    const senses = library > 0 ? this.senseSimilarity(others, slot) : 0;
    if (withoutWords + settings.weights.lexical * settings.lexicalCeiling + library * senses < threshold)
      return;
    carried[WITHOUT_WORDS] = withoutWords;
    carried[OVERLAP] = overlap;
    carried[KNOWN] = senses;
    this.finish(slot);
  }

  /**
   * `senseSimilarity` of the item being ranked and a candidate, from the candidate's pooled reading and the
   * ranked item's spread over `senseScratch`: the same products added in the same (ascending) order, so the
   * same bits, with a zero for each concept only the candidate names.
   */
  private senseSimilarity(others: ItemStore, slot: number): number {
    const scratch = this.senseScratch;
    const ids = others.senseIds;
    const weights = others.senseWeights;
    const start = others.senseStart[slot] ?? 0;
    const end = start + (others.senseCount[slot] ?? 0);
    let dot = 0;
    for (let k = start; k < end; k++) dot += (scratch[ids[k] ?? 0] ?? 0) * (weights[k] ?? 0);
    return dot;
  }

  private senseScratchFor(own: ItemProfile): Float64Array {
    const size = this.senses?.vocabulary.concepts.length ?? 0;
    if (this.senseScratch.length < size) this.senseScratch = new Float64Array(size);
    const scratch = this.senseScratch;
    for (let k = 0; k < own.senseIds.length; k++) scratch[own.senseIds[k] ?? 0] = own.senseWeights[k] ?? 0;
    return scratch;
  }

  private scratchFor(own: ItemProfile): Float64Array {
    if (this.scratch.length < this.stems.size) {
      this.scratch = new Float64Array(Math.max(this.stems.size, this.scratch.length * 2));
    }
    const scratch = this.scratch;
    for (let k = 0; k < own.stemIds.length; k++) scratch[own.stemIds[k] ?? 0] = own.stemWeights[k] ?? 0;
    return scratch;
  }

  private nextVisit(size: number): number {
    if (this.visited.length < size) {
      const grown = new Uint32Array(Math.max(size, this.visited.length * 2));
      grown.set(this.visited);
      this.visited = grown;
    }
    this.visit = this.visit >= 0xfffffffe ? 1 : this.visit + 1;
    if (this.visit === 1) this.visited.fill(0);
    return this.visit;
  }
}

/**
 * A slot added to the posting list of a stem or library concept that `users` items now hold: a list is kept only
 * while few hold it (at most `LEXICAL_POSTING_LIMIT`); past that it is dropped, and rebuilt if they become few again.
 */
function post(lists: (number[] | undefined)[], id: number, users: number, slot: number): void {
  const list = lists[id];
  if (users > LEXICAL_POSTING_LIMIT) {
    if (list) lists[id] = undefined;
  } else if (list) list.push(slot);
  else if (users === 1) {
    while (lists.length < id) lists.push(undefined);
    lists[id] = [slot];
  }
}

function grownInts(array: Int32Array, size: number) {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

function grownDoubles(array: Float64Array, size: number) {
  const next = new Float64Array(size);
  next.set(array);
  return next;
}

/** Items are re-used on upsert when their text and tags are unchanged. */
function profileKey(item: MatchItem): string {
  return JSON.stringify([item.text, item.themes ?? [], item.targetGroups ?? []]);
}
