import { Analyser, type TextAnalysis } from './analyse';
import type { Reason } from './reasons';
import {
  baseScore,
  buildProfile,
  DEFAULT_SCORING,
  explain,
  type ItemProfile,
  isSuggested,
  pairScore,
  type ScoringSettings,
  StemTable,
} from './score';

export type MatchItem = {
  text: string;
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

export type MatchQuery = {
  /** How many matches to return per item (default 10). */
  top?: number;
  /** Leave out pairs scoring below this. */
  minScore?: number;
  /** Only pairs that would be shown to a person. */
  suggestedOnly?: boolean;
};

export type MatchIndexOptions = {
  analyser?: Analyser;
  scoring?: Partial<ScoringSettings>;
};

type OrgEntry = {
  id: string;
  county: string | undefined;
  countyId: number;
  needs: number[];
  offers: number[];
};
type Entry = { org: OrgEntry; index: number; profile: ItemProfile };

// Stems shared by more items than this are too common to find lexical candidates with.
const LEXICAL_POSTING_LIMIT = 2_000;

/** Needs or offers, with inverted indexes from support type and from stem to the items that have them. */
class ItemStore {
  readonly entries: (Entry | undefined)[] = [];
  private readonly free: number[] = [];
  readonly byConcept: Set<number>[];
  readonly byStem = new Map<number, Set<number>>();

  constructor(conceptCount: number) {
    this.byConcept = Array.from({ length: conceptCount }, () => new Set<number>());
  }

  add(entry: Entry): number {
    const slot = this.free.pop() ?? this.entries.length;
    this.entries[slot] = entry;
    for (const concept of entry.profile.conceptIndexes) this.byConcept[concept]?.add(slot);
    for (const stem of entry.profile.stemIds) {
      let set = this.byStem.get(stem);
      if (!set) {
        set = new Set();
        this.byStem.set(stem, set);
      }
      set.add(slot);
    }
    return slot;
  }

  remove(slot: number): void {
    const entry = this.entries[slot];
    if (!entry) return;
    for (const concept of entry.profile.conceptIndexes) this.byConcept[concept]?.delete(slot);
    for (const stem of entry.profile.stemIds) {
      const set = this.byStem.get(stem);
      set?.delete(slot);
      if (set?.size === 0) this.byStem.delete(stem);
    }
    this.entries[slot] = undefined;
    this.free.push(slot);
  }
}

/** Keeps the best `size` candidates seen, worst on top of a binary heap. */
class TopList {
  private readonly scores: number[] = [];
  private readonly items: Entry[] = [];

  constructor(private readonly size: number) {}

  /** The score a new candidate must reach to enter (ties are settled by organisation id and index). */
  get threshold(): number {
    return this.items.length < this.size ? Number.NEGATIVE_INFINITY : (this.scores[0] ?? 0);
  }

  offer(score: number, entry: Entry): void {
    if (this.size <= 0) return;
    if (this.items.length < this.size) {
      this.scores.push(score);
      this.items.push(entry);
      this.up(this.items.length - 1);
      return;
    }
    if (!this.worse(0, score, entry)) return;
    this.scores[0] = score;
    this.items[0] = entry;
    this.down(0);
  }

  /** Best first. */
  sorted(): { score: number; entry: Entry }[] {
    return this.items
      .map((entry, i) => ({ score: this.scores[i] ?? 0, entry }))
      .sort((a, b) => (better(a.score, a.entry, b.score, b.entry) ? -1 : 1));
  }

  /** Whether the element at i is worse than (score, entry). */
  private worse(i: number, score: number, entry: Entry): boolean {
    const item = this.items[i];
    return item !== undefined && better(score, entry, this.scores[i] ?? 0, item);
  }

  private up(i: number): void {
    let child = i;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.lower(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  private down(i: number): void {
    let parent = i;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < this.items.length && this.lower(left, smallest)) smallest = left;
      if (right < this.items.length && this.lower(right, smallest)) smallest = right;
      if (smallest === parent) return;
      this.swap(parent, smallest);
      parent = smallest;
    }
  }

  private lower(a: number, b: number): boolean {
    const ia = this.items[a];
    const ib = this.items[b];
    if (!ia || !ib) return false;
    return better(this.scores[b] ?? 0, ib, this.scores[a] ?? 0, ia);
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a] ?? 0;
    this.scores[a] = this.scores[b] ?? 0;
    this.scores[b] = s;
    const e = this.items[a];
    const f = this.items[b];
    if (e && f) {
      this.items[a] = f;
      this.items[b] = e;
    }
  }
}

/** Higher score first; equal scores by organisation id, then index, so results never depend on insert order. */
function better(scoreA: number, a: Entry, scoreB: number, b: Entry): boolean {
  if (scoreA !== scoreB) return scoreA > scoreB;
  if (a.org.id !== b.org.id) return a.org.id < b.org.id;
  return a.index < b.index;
}

/**
 * The matching engine's state for one mobilisation: every need and offer analysed once, indexed by support type
 * and by stem, so a need is only compared with offers that share a concept with it (or, for a need with no clear
 * concept, a rare word). Organisations can be added, replaced and removed one at a time; every query reads the
 * current state, so an index updated incrementally answers exactly like one rebuilt from scratch. Scores
 * depend only on the two items of a pair, so stored matches stay valid when other organisations change.
 */
export class MatchIndex {
  readonly analyser: Analyser;
  readonly scoring: ScoringSettings;
  private readonly needs: ItemStore;
  private readonly offers: ItemStore;
  private readonly orgs = new Map<string, OrgEntry>();
  private readonly counties = new Map<string, number>();
  private readonly stems = new StemTable();
  private visited = new Uint32Array(1024);
  private visit = 0;

  constructor(organisations: Iterable<MatchOrganisation> = [], options: MatchIndexOptions = {}) {
    this.analyser = options.analyser ?? new Analyser();
    this.scoring = { ...DEFAULT_SCORING, ...options.scoring };
    const count = this.analyser.vocabulary.supportTypeCount;
    this.needs = new ItemStore(count);
    this.offers = new ItemStore(count);
    for (const organisation of organisations) this.upsert(organisation);
  }

  get organisationCount(): number {
    return this.orgs.size;
  }

  has(orgId: string): boolean {
    return this.orgs.has(orgId);
  }

  /** Adds an organisation or replaces its earlier version. */
  upsert(organisation: MatchOrganisation): void {
    this.remove(organisation.id);
    const county = organisation.county?.trim() || undefined;
    const org: OrgEntry = {
      id: organisation.id,
      county,
      countyId: this.countyId(county),
      needs: [],
      offers: [],
    };
    this.orgs.set(org.id, org);
    organisation.needs.forEach((item, index) => {
      org.needs.push(this.needs.add({ org, index, profile: this.profile(item, org.countyId) }));
    });
    organisation.offers.forEach((item, index) => {
      org.offers.push(this.offers.add({ org, index, profile: this.profile(item, org.countyId) }));
    });
  }

  remove(orgId: string): boolean {
    const org = this.orgs.get(orgId);
    if (!org) return false;
    for (const slot of org.needs) this.needs.remove(slot);
    for (const slot of org.offers) this.offers.remove(slot);
    this.orgs.delete(orgId);
    return true;
  }

  /** What the engine understood of an item: its concepts, target groups and their evidence. */
  analysisOf(side: 'need' | 'offer', ref: ItemRef): TextAnalysis | undefined {
    return this.entry(side, ref)?.profile.analysis;
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
    const pick = (store: ItemStore, slot: number) => store.entries[slot];
    return {
      needs: org.needs.map((slot) => {
        const entry = pick(this.needs, slot);
        return entry ? this.rank(entry, 'need', query) : [];
      }),
      offers: org.offers.map((slot) => {
        const entry = pick(this.offers, slot);
        return entry ? this.rank(entry, 'offer', query) : [];
      }),
    };
  }

  /** For every need of every organisation (in insertion order), its best offers. */
  *allMatches(query: MatchQuery = {}): Generator<{ need: ItemRef; matches: Match[] }> {
    for (const org of this.orgs.values()) {
      for (const slot of org.needs) {
        const entry = this.needs.entries[slot];
        if (entry)
          yield { need: { org: org.id, index: entry.index }, matches: this.rank(entry, 'need', query) };
      }
    }
  }

  private profile(item: MatchItem, countyId: number): ItemProfile {
    const analysis = this.analyser.analyse(item.text, {
      themes: item.themes,
      targetGroups: item.targetGroups,
    });
    return buildProfile(analysis, this.analyser.vocabulary, this.stems, countyId, this.scoring);
  }

  private countyId(county: string | undefined): number {
    if (!county) return -1;
    const key = normaliseCounty(county);
    let id = this.counties.get(key);
    if (id === undefined) {
      id = this.counties.size;
      this.counties.set(key, id);
    }
    return id;
  }

  private entry(side: 'need' | 'offer', ref: ItemRef): Entry | undefined {
    const org = this.orgs.get(ref.org);
    const slot = (side === 'need' ? org?.needs : org?.offers)?.[ref.index];
    if (slot === undefined) return undefined;
    return (side === 'need' ? this.needs : this.offers).entries[slot];
  }

  private rank(entry: Entry, side: 'need' | 'offer', query: MatchQuery): Match[] {
    const settings = this.scoring;
    const top = query.top ?? 10;
    const minScore = Math.max(query.minScore ?? settings.minScore, Number.MIN_VALUE);
    const others = side === 'need' ? this.offers : this.needs;
    const list = new TopList(top);
    const stamp = this.nextVisit(others.entries.length);
    const lexicalWeight = settings.weights.lexical;
    const consider = (slot: number) => {
      if (this.visited[slot] === stamp) return;
      this.visited[slot] = stamp;
      const other = others.entries[slot];
      if (!other || other.org === entry.org) return;
      const need = side === 'need' ? entry.profile : other.profile;
      const offer = side === 'need' ? other.profile : entry.profile;
      if (query.suggestedOnly && !isSuggested(need, offer, settings)) return;
      const base = baseScore(need, offer, settings);
      if (base + lexicalWeight < list.threshold || base + lexicalWeight < minScore) return;
      const score = pairScore(need, offer, settings, base);
      if (score >= minScore) list.offer(score, other);
    };
    for (const concept of entry.profile.conceptIndexes) {
      for (const slot of others.byConcept[concept] ?? []) consider(slot);
    }
    // A text with no clear concept still gets a ranked list, from rare shared words; such pairs are never
    // suggested, since nothing says the offer would help.
    if (entry.profile.mainScore < settings.suggestScore) {
      entry.profile.stemIds.forEach((stem, k) => {
        if ((entry.profile.stemWeights[k] ?? 0) < 1) return;
        const postings = others.byStem.get(stem);
        if (!postings || postings.size > LEXICAL_POSTING_LIMIT) return;
        for (const slot of postings) consider(slot);
      });
    }
    const vocabulary = this.analyser.vocabulary;
    return list.sorted().map(({ score, entry: other }) => {
      const needEntry = side === 'need' ? entry : other;
      const offerEntry = side === 'need' ? other : entry;
      return {
        need: { org: needEntry.org.id, index: needEntry.index },
        offer: { org: offerEntry.org.id, index: offerEntry.index },
        score,
        suggested: isSuggested(needEntry.profile, offerEntry.profile, settings),
        reasons: explain(needEntry.profile, offerEntry.profile, vocabulary, needEntry.org.county),
      };
    });
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

/** "Västernorrlands län", "Västernorrland" and "västernorrlands" name the same county. */
export function normaliseCounty(county: string): string {
  return county
    .trim()
    .toLowerCase()
    .replace(/\s+län$/, '')
    .replace(/s$/, '');
}
