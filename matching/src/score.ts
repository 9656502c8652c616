import type { TextAnalysis } from './analyse';
import { MAX_NEARNESS_SHARE, NEARNESS_SHARE, type Nearness } from './places';
import type { Reach } from './reach';
import type { Reason } from './reasons';
import type { Vocabulary } from './vocabulary';

export type ScoringSettings = {
  /** Secondary concepts count with (score / main score) ^ sharpen, so the main concept dominates. */
  sharpen: number;
  /** Secondary concepts weaker than this (after sharpening) are left out. */
  minConceptWeight: number;
  /** Main-concept score at which a text counts as clearly about its concept. */
  confidentScore: number;
  /** Main-concept score both sides need before a pair is suggested to a person. */
  suggestScore: number;
  /** The offer's main-concept score needed when that concept is one peers seldom offer. */
  rareOfferScore: number;
  /**
   * How far each side's main concept must lead its second before a pair is suggested: a field read from its
   * kinds' names alone is less sure of a text that touches two kinds than a vocabulary tuned on the field.
   */
  suggestLead: number;
  /**
   * Reading a text's concept scores as a distribution (0: off). Above 0, a concept's weight is its softmax
   * probability at this temperature, beside a "none of them" option of score 0: a text read as one kind by a
   * clear margin carries its whole weight, one torn between two kinds or barely read carries part of it. A pair's
   * overlap is then the chance both texts are of the shared kind, so an offer that is plainly of the need's kind
   * outranks one that only may be. Off for the tuned template, whose main concept is sure enough by itself.
   */
  temperature: number;
  /**
   * With a temperature: how sure both texts must be, together, that they are of their shared main kind (the
   * product of the two probabilities) before the pair is proposed.
   */
  suggestCertainty: number;
  /**
   * How alike two texts must be besides their kind before their pair is proposed: the cosine of their readings
   * with the library plus that of their words (0: not asked). Two texts of one kind may be about different
   * things of it: pollinators and wetlands are both a nature survey (decision 056).
   */
  suggestLikeness: number;
  /**
   * How far below the best score its need has a pair may be and still be proposed (0: not asked). A proposal says
   * "this offer would meet the need"; when the need's own list holds an offer that scores far higher (nearer,
   * more alike, surer of its kind), a weaker one of the same kind is at best a second choice, and often of the
   * kind only by the words both happen to use (decision 075). The need is what the work is for, so its list
   * decides; the margin is in the score's own units.
   */
  suggestMargin: number;
  /**
   * How many proposals a need has at most (0: no cap): the first of those `isSuggested` and `suggestMargin`
   * admit, best first. A proposal says "this offer would meet the need"; past the second, the list is a search
   * result, not a proposal, and in a field read from names the further ones are more often a misreading of one
   * side (decision 082). A pair whose score equals the last one kept is kept too, from whichever side it is seen.
   */
  suggestPerNeed: number;
  /**
   * Help that needs presence on both sides (premises, volunteers, local activities) is proposed only within the
   * county: further away it is still ranked, a neighbouring county above the rest, but nobody is told that
   * premises in Jämtland meet a need in Sundsvall.
   */
  presenceNearby: boolean;
  /**
   * Whether every text is also ranked against the texts it shares rare words with, not only a text without a
   * clear concept: where words carry much of a pair's score (a field read from its kinds' names), a pair the
   * kinds miss and the words find belongs in the list.
   */
  wordCandidates: boolean;
  /**
   * The highest cosine of two texts' words pruning allows for (1: exact). Texts of two organisations seldom
   * share half their weighted words (2 of some 30,000 ranked pairs over nine fields' sets), so where words
   * weigh much, a ceiling of 0.5 keeps the lists as they were while pruning most candidates again.
   */
  lexicalCeiling: number;
  /**
   * The highest cosine of two texts' library readings pruning allows for (1: exact). Unlike words, two texts
   * of one field often share their library concepts, so a ceiling of 1 prunes almost nothing; below it, a pair
   * is still scored in full whenever it is a candidate (it shares a kind, a rare word or a rare library concept).
   */
  libraryCeiling: number;
  /**
   * Shares of the final score; they sum to 1. `library` (absent: 0) is the cosine of the two texts' readings with
   * the whole library of kinds of help (see `ItemProfile.senseIds`).
   */
  weights: {
    concept: number;
    confidence: number;
    group: number;
    lexical: number;
    county: number;
    library?: number;
  };
  /** Group compatibility when one side is for everyone or names no group (an overlap counts 1). */
  openGroup: number;
  /** Pairs scoring below this are not listed at all. */
  minScore: number;
};

export const DEFAULT_SCORING: ScoringSettings = {
  sharpen: 2,
  minConceptWeight: 0.15,
  confidentScore: 3,
  suggestScore: 2,
  rareOfferScore: 3,
  suggestLead: 0,
  temperature: 0,
  suggestCertainty: 0,
  suggestLikeness: 0,
  suggestMargin: 0,
  suggestPerNeed: 0,
  presenceNearby: false,
  wordCandidates: false,
  lexicalCeiling: 1,
  libraryCeiling: 1,
  weights: { concept: 0.45, confidence: 0.25, group: 0.2, county: 0.07, lexical: 0.03 },
  openGroup: 0.9,
  minScore: 0.02,
};

/** What the index keeps about one need or offer: its analysis reduced to numbers for fast pair scoring. */
export type ItemProfile = {
  /** The item as given, to recognise it unchanged on a later upsert. */
  item: { text: string; themes?: string[]; targetGroups?: string[] };
  /** Support-type index of the main concept, or -1. */
  main: number;
  mainScore: number;
  /** The main concept's score minus the second support type's. */
  lead: number;
  /** Main-concept score this item needs, as an offer, to be suggested (higher for seldom-offered concepts). */
  offerSuggestScore: number;
  /** Main-concept score this item needs, as a need, to be suggested. */
  needSuggestScore: number;
  /** The probability of its main concept with a temperature (see `ScoringSettings.temperature`), else 1. */
  certainty: number;
  /** min(1, mainScore / confidentScore). */
  confidence: number;
  /** √confidence: the score uses the product of the two roots (their geometric mean), symmetric bit for bit. */
  confidenceRoot: number;
  /**
   * Support types with their weight, strongest first: main = 1, or, with a temperature, the probability that the
   * text is of the concept (see `ScoringSettings.temperature`).
   */
  conceptIndexes: number[];
  conceptWeights: number[];
  /** The words that show each of those concepts in the text (the analysis's evidence, for reasons). */
  conceptEvidence: string[][];
  /** Bit per named target group (the "everyone" group excluded). */
  groups: number;
  /** The text is for everyone, or names no group: compatible with any group. */
  open: boolean;
  openToAll: boolean;
  /**
   * The library concepts the text names (indexes in the library's vocabulary, ascending) with their scores
   * scaled to a unit vector: what the text is about at the library's finer grain, where a mobilisation's kinds
   * read from names are coarse and often wrong. Empty unless the field reads texts with the library.
   */
  senseIds: number[];
  senseWeights: number[];
  /**
   * The library reading's weights before the field weighs its concepts by rarity (decision 076), over the same
   * ids: what a proposal's likeness reads (decision 056). The same array as `senseWeights` where nothing is weighed.
   */
  senseLikeness: number[];
  /** Interned stem ids, ascending, with weights and the vector's norm. */
  stemIds: number[];
  stemWeights: number[];
  /** The word (as written) behind each stem id, to name the shared words of a pair. */
  stemWords: string[];
  /** Named target groups (ids), without "everyone". */
  namedGroups: string[];
  /** The words that name each of `namedGroups` in the text, for reasons that say what both texts say. */
  groupEvidence: string[][];
  norm: number;
  county: number;
  /** The organisation's municipality (an id of the index), or -1. */
  municipality: number;
  /** Its main concept is help that needs presence (premises, volunteers, local activities). */
  presence: boolean;
  /** As an offer, the place its text restricts it to ("kan sökas av föreningar i Tvärbäck"), if any. */
  reach: Reach | undefined;
};

/** What is left of a pair whose need is outside the place the offer restricts itself to. */
export const OUTSIDE_REACH = 0.5;

/** Whether a need's organisation is outside the place its offer is restricted to (when both places are known). */
export function isOutsideReach(need: ItemProfile, offer: ItemProfile): boolean {
  const reach = offer.reach;
  if (!reach || need.county < 0) return false;
  if (reach.countyIds) return !reach.countyIds.includes(need.county);
  if (offer.county < 0) return false;
  if (need.county !== offer.county) return true;
  return (
    reach.level === 'municipality' &&
    need.municipality >= 0 &&
    offer.municipality >= 0 &&
    need.municipality !== offer.municipality
  );
}

/** Whether two county ids of an index share a land border. */
export type Neighbours = (a: number, b: number) => boolean;

/** How near the organisations of two items are. */
export function nearnessOf(a: ItemProfile, b: ItemProfile, neighbours: Neighbours): Nearness {
  if (a.county < 0 || b.county < 0) return 'unknown';
  if (a.county === b.county) {
    return a.municipality >= 0 && a.municipality === b.municipality ? 'municipality' : 'county';
  }
  return neighbours(a.county, b.county) ? 'neighbour' : 'far';
}

/** Whether distance matters for a pair: both sides are mainly help that needs presence. */
export function isLocal(a: ItemProfile, b: ItemProfile): boolean {
  return a.presence && b.presence;
}

/**
 * The county share of a pair (see `combine`): by nearness where both sides need presence, else 1 for the same
 * county and 0 otherwise.
 */
export function placeShare(a: ItemProfile, b: ItemProfile, neighbours: Neighbours): number {
  if (isLocal(a, b)) return NEARNESS_SHARE[nearnessOf(a, b, neighbours)];
  return a.county >= 0 && a.county === b.county ? 1 : 0;
}

/** Gives each distinct stem a number, so lexical similarity is a merge of two sorted integer arrays. */
export class StemTable {
  private readonly ids = { sv: new Map<string, number>(), en: new Map<string, number>() };
  private next = 0;
  /** Stem id + 1 by the analyser's stem number (0: not seen yet), so most stems are interned without hashing. */
  private byKey = new Int32Array(1024);
  /** Per stem id: the last profile that used it (deduplication) and where in that profile's stems it came first. */
  private seen = new Int32Array(1024);
  private firstAt = new Int32Array(1024);
  private stamp = 0;

  get size(): number {
    return this.next;
  }

  id(language: 'sv' | 'en', stem: string): number {
    const map = this.ids[language];
    let id = map.get(stem);
    if (id === undefined) {
      id = this.next++;
      map.set(stem, id);
    }
    return id;
  }

  /** `id`, by the analyser's number for the stem. */
  idByKey(key: number, language: 'sv' | 'en', stem: string): number {
    if (key >= this.byKey.length) this.byKey = grown(this.byKey, key + 1);
    const known = this.byKey[key] ?? 0;
    if (known > 0) return known - 1;
    const id = this.id(language, stem);
    this.byKey[key] = id + 1;
    return id;
  }

  /**
   * The distinct stem ids of one text's first `count` stems, ascending, each with the position of its first
   * occurrence (whose word names it). Interns stems not seen before.
   */
  distinct(
    language: 'sv' | 'en',
    stems: string[],
    count: number,
    keys: Int32Array | undefined,
  ): { ids: number[]; firstAt: number[] } {
    this.stamp = this.stamp >= 0x7ffffffe ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.seen.fill(0);
    const ids: number[] = [];
    for (let k = 0; k < count; k++) {
      const stem = stems[k] as string;
      const id = keys ? this.idByKey(keys[k] ?? 0, language, stem) : this.id(language, stem);
      if (id >= this.seen.length) {
        const size = Math.max(id + 1, this.seen.length * 2);
        this.seen = grown(this.seen, size);
        this.firstAt = grown(this.firstAt, size);
      }
      if (this.seen[id] === this.stamp) continue;
      this.seen[id] = this.stamp;
      this.firstAt[id] = k;
      // Insertion into the ascending list: texts have a few dozen stems at most.
      let at = ids.length;
      ids.push(id);
      while (at > 0 && (ids[at - 1] as number) > id) {
        ids[at] = ids[at - 1] as number;
        at--;
      }
      ids[at] = id;
    }
    return { ids, firstAt: ids.map((id) => this.firstAt[id] ?? 0) };
  }
}

function grown(array: Int32Array, size: number) {
  const next = new Int32Array(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** The stems of the text an analyser read last, with their numbers (see `Analyser#lastStems`). */
export type StemSource = {
  lastStems(): { count: number; stems: string[]; words: string[]; keys: Int32Array };
  isGenericStem(key: number): boolean;
};

/**
 * Reduces an analysis to what pair scoring reads. With `stemSource` (the analyser that just read the text with
 * `analyseItem`), the stems come from its buffers, with its numbers for them and its test for generic stems:
 * the same profile, built without copying the stems or hashing a string per stem.
 */
export function buildProfile(
  analysis: TextAnalysis,
  item: ItemProfile['item'],
  vocabulary: Vocabulary,
  stems: StemTable,
  place: { county: number; municipality: number },
  settings: ScoringSettings,
  stemSource?: StemSource,
  reach?: Reach,
  senses?: SenseReading,
): ItemProfile {
  const conceptIndexes: number[] = [];
  const conceptWeights = doubles();
  const conceptEvidence: string[][] = [];
  const top = analysis.concepts[0];
  const mainScore = top?.score ?? 0;
  const temperature = settings.temperature;
  // With a temperature, the main concept's probability: its exponent over every concept's and the "none" option.
  let certainty = 1;
  if (temperature > 0 && mainScore > 0) {
    let sum = Math.exp(-mainScore / temperature);
    for (const concept of analysis.concepts) sum += Math.exp((concept.score - mainScore) / temperature);
    certainty = 1 / sum;
  }
  for (const concept of analysis.concepts) {
    const index = vocabulary.byId.get(concept.id)?.index;
    if (index === undefined || mainScore <= 0) continue;
    const relative =
      temperature > 0
        ? Math.exp((concept.score - mainScore) / temperature)
        : (concept.score / mainScore) ** settings.sharpen;
    if (relative < settings.minConceptWeight) continue;
    conceptIndexes.push(index);
    conceptWeights.push(relative * certainty);
    // Reasons show up to three words per side.
    conceptEvidence.push(concept.evidence.slice(0, 3));
  }
  let groups = 0;
  let openToAll = false;
  for (const group of analysis.targetGroups) {
    const info = vocabulary.byId.get(group.id);
    if (!info) continue;
    if (info.general) openToAll = true;
    else groups |= 1 << (info.index - vocabulary.supportTypeCount);
  }
  const generic = vocabulary.tables[analysis.language].generic;
  const lexical = stemSource?.lastStems();
  const textStems = lexical ? lexical.stems : analysis.stems;
  const textWords = lexical ? lexical.words : analysis.words;
  const keys = lexical?.keys;
  const { ids: stemIds, firstAt } = stems.distinct(
    analysis.language,
    textStems,
    lexical ? lexical.count : textStems.length,
    keys,
  );
  const stemWeights = doubles();
  const stemWords: string[] = [];
  let norm = 0;
  for (let k = 0; k < stemIds.length; k++) {
    const at = firstAt[k] ?? 0;
    const stem = textStems[at] as string;
    const weight = (stemSource && keys ? stemSource.isGenericStem(keys[at] ?? 0) : generic.has(stem))
      ? 0.2
      : 1;
    stemWeights.push(weight);
    stemWords.push(textWords[at] ?? stem);
    norm += weight * weight;
  }
  const mainInfo = top ? vocabulary.byId.get(top.id) : undefined;
  const named = analysis.targetGroups.filter((g) => !vocabulary.byId.get(g.id)?.general);
  // A text the mobilisation showed is not of its main kind is never proposed under it again; it is still ranked
  // as it reads, since a reading that was wrong for one pair may be the same wrong reading as its partner's.
  const refutedMain = top !== undefined && analysis.refuted?.includes(top.id) === true;
  return {
    item,
    main: mainInfo?.index ?? -1,
    mainScore,
    lead: mainScore - (analysis.concepts[1]?.score ?? 0),
    offerSuggestScore: refutedMain
      ? Number.POSITIVE_INFINITY
      : Math.max(
          mainInfo?.suggestScore ?? settings.suggestScore,
          mainInfo?.rarelyOffered ? settings.rareOfferScore : 0,
        ),
    needSuggestScore: refutedMain
      ? Number.POSITIVE_INFINITY
      : (mainInfo?.suggestScore ?? settings.suggestScore),
    certainty,
    confidence: Math.min(1, mainScore / settings.confidentScore),
    confidenceRoot: Math.sqrt(Math.min(1, mainScore / settings.confidentScore)),
    // Copies of exactly their length: arrays grown by `push` keep room for more, which for tens of thousands of
    // profiles is most of the index's memory (and of the collector's work while building it).
    conceptIndexes: conceptIndexes.slice(),
    conceptWeights: conceptWeights.slice(),
    conceptEvidence: conceptEvidence.slice(),
    groups,
    open: openToAll || groups === 0,
    // "Kommunens föreningsbidrag kan sökas av alla föreningar som driver verksamhet för barn och unga": a text
    // that names a group is not open to everyone, whatever else it says of "alla".
    openToAll: openToAll && groups === 0,
    senseIds: senses?.ids ?? NO_SENSES,
    senseWeights: senses?.weights ?? NO_SENSE_WEIGHTS,
    senseLikeness: senses?.plain ?? senses?.weights ?? NO_SENSE_WEIGHTS,
    stemIds: stemIds.slice(),
    stemWeights: stemWeights.slice(),
    stemWords: stemWords.slice(),
    namedGroups: named.map((g) => g.id),
    groupEvidence: named.map((g) => g.evidence.slice(0, 2)),
    norm: Math.sqrt(norm),
    county: place.county,
    municipality: place.municipality,
    presence: mainInfo?.needsPresence === true,
    reach,
  };
}

/** A text's library concepts as `ItemProfile.senseIds`, `senseWeights` and `senseLikeness` hold them. */
export type SenseReading = { ids: number[]; weights: number[]; plain?: number[] };

const NO_SENSES: number[] = [];
const NO_SENSE_WEIGHTS: number[] = doubles();

/**
 * A profile read from the same text (and tags) for an organisation elsewhere: everything but the place is the
 * text's, so it is shared rather than read again. Written out field by field in `buildProfile`'s order, so both
 * make objects of one shape and the scoring loops that read profiles stay monomorphic.
 */
export function profileAt(p: ItemProfile, place: { county: number; municipality: number }): ItemProfile {
  return {
    item: p.item,
    main: p.main,
    mainScore: p.mainScore,
    lead: p.lead,
    offerSuggestScore: p.offerSuggestScore,
    needSuggestScore: p.needSuggestScore,
    certainty: p.certainty,
    confidence: p.confidence,
    confidenceRoot: p.confidenceRoot,
    conceptIndexes: p.conceptIndexes,
    conceptWeights: p.conceptWeights,
    conceptEvidence: p.conceptEvidence,
    groups: p.groups,
    open: p.open,
    openToAll: p.openToAll,
    senseIds: p.senseIds,
    senseWeights: p.senseWeights,
    senseLikeness: p.senseLikeness,
    stemIds: p.stemIds,
    stemWeights: p.stemWeights,
    stemWords: p.stemWords,
    namedGroups: p.namedGroups,
    groupEvidence: p.groupEvidence,
    norm: p.norm,
    county: place.county,
    municipality: place.municipality,
    presence: p.presence,
    reach: p.reach,
  };
}

/** Cosine of two texts' library readings (both unit vectors). */
export function senseSimilarity(a: ItemProfile, b: ItemProfile): number {
  return sparseDot(a.senseIds, a.senseWeights, b.senseIds, b.senseWeights);
}

/**
 * Cosine of two texts' library readings as a proposal's likeness reads them: every library concept alike, as
 * decision 056 chose its threshold, whatever the field weighs them by in the score.
 */
export function senseLikeness(a: ItemProfile, b: ItemProfile): number {
  return sparseDot(a.senseIds, a.senseLikeness, b.senseIds, b.senseLikeness);
}

/** The dot product of two sparse vectors, each as ascending ids and their weights. */
function sparseDot(ai: number[], aw: number[], bi: number[], bw: number[]): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] ?? 0;
    const y = bi[j] ?? 0;
    if (x === y) {
      dot += (aw[i] ?? 0) * (bw[j] ?? 0);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot;
}

/**
 * An empty array that holds doubles. V8 would otherwise store [1, 1] as small integers and [1, 0.2] as doubles,
 * and the ranking loop, seeing both, would be compiled for neither.
 */
function doubles(): number[] {
  const array = [0.5];
  array.pop();
  return array;
}

/** Cosine of the two stem vectors. */
export function lexicalSimilarity(a: ItemProfile, b: ItemProfile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  return sparseDot(a.stemIds, a.stemWeights, b.stemIds, b.stemWeights) / (a.norm * b.norm);
}

/** An item's weight for a support type (0 if it does not concern it). Items have a handful of concepts. */
export function weightOf(profile: ItemProfile, concept: number): number {
  const at = profile.conceptIndexes.indexOf(concept);
  return at < 0 ? 0 : (profile.conceptWeights[at] ?? 0);
}

/** The shared concept that carries a pair: the largest product of the two sides' weights. */
export function conceptOverlap(need: ItemProfile, offer: ItemProfile): { concept: number; weight: number } {
  let best = -1;
  let weight = 0;
  for (let k = 0; k < need.conceptIndexes.length; k++) {
    const index = need.conceptIndexes[k] ?? 0;
    const product = (need.conceptWeights[k] ?? 0) * weightOf(offer, index);
    if (product > weight) {
      weight = product;
      best = index;
    }
  }
  return { concept: best, weight };
}

export function groupCompatibility(need: ItemProfile, offer: ItemProfile, settings: ScoringSettings): number {
  if ((need.groups & offer.groups) !== 0) return 1;
  if (need.open || offer.open) return settings.openGroup;
  return 0;
}

/**
 * The score formula, on plain numbers so the index's hot loop and `pairScore` compute exactly the same value.
 * `overlap` is the shared concept's weight product, `group` the target-group compatibility, `lexical` the cosine
 * of the stem vectors.
 */
export function combine(
  settings: ScoringSettings,
  overlap: number,
  rootProduct: number,
  group: number,
  place: number,
  reach: number,
  lexical: number,
  senses = 0,
): number {
  const w = settings.weights;
  // The county part (`place` times the county weight, see `placeShare`) scales with the concept overlap: being
  // near alone never makes a match. `reach` (1, or `OUTSIDE_REACH`) lowers an offer the need cannot take up.
  const base =
    overlap * (w.concept + w.confidence * rootProduct + w.group * group + w.county * place) * reach;
  return Math.min(1, base + w.lexical * lexical + (w.library ?? 0) * senses);
}

/**
 * The highest score a pair with this concept overlap can reach, whatever the other side: for pruning candidate
 * lists. `ownConfidence` is the confidence of the item being matched.
 */
export function scoreBound(settings: ScoringSettings, overlap: number, ownConfidenceRoot: number): number {
  const w = settings.weights;
  return (
    overlap * (w.concept + w.confidence * ownConfidenceRoot + w.group + w.county * MAX_NEARNESS_SHARE) +
    w.lexical * settings.lexicalCeiling +
    (w.library ?? 0) * settings.libraryCeiling +
    1e-9
  );
}

export function pairScore(
  need: ItemProfile,
  offer: ItemProfile,
  settings: ScoringSettings,
  neighbours: Neighbours,
): number {
  const overlap = conceptOverlap(need, offer).weight;
  const lexical = lexicalSimilarity(need, offer);
  const senses = senseSimilarity(need, offer);
  if (overlap === 0 && lexical === 0 && senses === 0) return 0;
  return combine(
    settings,
    overlap,
    need.confidenceRoot * offer.confidenceRoot,
    groupCompatibility(need, offer, settings),
    placeShare(need, offer, neighbours),
    isOutsideReach(need, offer) ? OUTSIDE_REACH : 1,
    lexical,
    senses,
  );
}

/**
 * Whether a pair is confident enough to show a person: same main concept, both clearly about it, and the need
 * within the place the offer is for.
 */
export function isSuggested(
  need: ItemProfile,
  offer: ItemProfile,
  settings: ScoringSettings,
  neighbours?: Neighbours,
): boolean {
  return (
    !isOutsideReach(need, offer) &&
    !(
      neighbours &&
      settings.presenceNearby &&
      isLocal(need, offer) &&
      !SAME_COUNTY.has(nearnessOf(need, offer, neighbours))
    ) &&
    need.main >= 0 &&
    need.main === offer.main &&
    need.mainScore >= need.needSuggestScore &&
    offer.mainScore >= offer.offerSuggestScore &&
    need.lead >= settings.suggestLead &&
    offer.lead >= settings.suggestLead &&
    need.certainty * offer.certainty >= settings.suggestCertainty &&
    (settings.suggestLikeness <= 0 ||
      senseLikeness(need, offer) + lexicalSimilarity(need, offer) >= settings.suggestLikeness)
  );
}

/**
 * Whether a pair's score is near enough to the best score its need has (`needBest`, the first of the need's own
 * list) to be proposed, beside `isSuggested`'s reading of the pair itself (see `ScoringSettings.suggestMargin`).
 */
export function isNearNeedsBest(score: number, needBest: number, settings: ScoringSettings): boolean {
  return settings.suggestMargin <= 0 || score >= needBest - settings.suggestMargin;
}

// Where help that needs presence may be proposed (`presenceNearby`); an unknown county is not held against it.
const SAME_COUNTY = new Set<Nearness>(['municipality', 'county', 'unknown']);

/** The reasons for a pair, most telling first. */
/** Where the two organisations of a pair are, as given, for reasons that say where. */
export type PairPlaces = {
  need: { county?: string | undefined; municipality?: string | undefined };
  offer: { county?: string | undefined; municipality?: string | undefined };
};

export function explain(
  need: ItemProfile,
  offer: ItemProfile,
  vocabulary: Vocabulary,
  places: PairPlaces,
  neighbours: Neighbours,
): Reason[] {
  const at = explainCodes(need, offer, scratchCodes, 0, neighbours);
  return reasonsFrom(need, at, offer, scratchCodes, 0, vocabulary, places);
}

/** Numbers per pair written by `explainCodes`. */
export const EXPLANATION_WIDTH = 11;
const scratchCodes = new Int32Array(EXPLANATION_WIDTH);

// The target-group reason of a pair (`explainCodes`, place 1).
const GROUPS_NONE = 0;
const GROUPS_SHARED = 1;
const GROUPS_OFFER_OPEN = 2;
const GROUPS_NEED_OPEN = 3;
const GROUPS_MISMATCH = 4;

// Where the pair's organisations are (`explainCodes`, place 2): same county for any help, or, for help that
// needs presence, how near they are.
const PLACE_NONE = 0;
const PLACE_SAME_COUNTY = 1;
const NEARNESS_CODES: Exclude<Nearness, 'unknown'>[] = ['municipality', 'county', 'neighbour', 'far'];
const NEARNESS_BASE = 2;

/**
 * What `explain` finds for a pair, as `EXPLANATION_WIDTH` numbers from `at`: the place in the need's concepts
 * of the shared concept that carries the pair (-1: none), the target-group case, same county (1/0), whether the
 * pair is suggested (1/0, for the caller), and up to five places in the need's stems of the words both use.
 * Returns the evidence of the carrying concept on the offer's side, which `reasonsFrom` needs with the codes.
 * Splitting `explain` in two lets a whole run find the reasons of its pairs while both items are still in the
 * processor's cache, and make the reason objects later.
 */
export function explainCodes(
  need: ItemProfile,
  offer: ItemProfile,
  codes: Int32Array,
  at: number,
  neighbours: Neighbours,
): string[] | undefined {
  // The shared concept that carries the pair, as `conceptOverlap` finds it, with its place on either side.
  let bestNeed = -1;
  let bestOffer = -1;
  let weight = 0;
  for (let k = 0; k < need.conceptIndexes.length; k++) {
    const index = need.conceptIndexes[k] ?? 0;
    const place = offer.conceptIndexes.indexOf(index);
    const product = (need.conceptWeights[k] ?? 0) * (place < 0 ? 0 : (offer.conceptWeights[place] ?? 0));
    if (product > weight) {
      weight = product;
      bestNeed = k;
      bestOffer = place;
    }
  }
  codes[at] = bestNeed;
  let groups = GROUPS_NONE;
  if ((need.groups & offer.groups) !== 0) groups = GROUPS_SHARED;
  else if (offer.openToAll) groups = GROUPS_OFFER_OPEN;
  else if (need.openToAll) groups = GROUPS_NEED_OPEN;
  else if (need.groups !== 0 && offer.groups !== 0) groups = GROUPS_MISMATCH;
  codes[at + 1] = groups;
  const sameCounty = need.county >= 0 && need.county === offer.county;
  codes[at + 2] = sameCounty ? PLACE_SAME_COUNTY : PLACE_NONE;
  if (isLocal(need, offer)) {
    const nearness = (NEARNESS_CODES as Nearness[]).indexOf(nearnessOf(need, offer, neighbours));
    if (nearness >= 0) codes[at + 2] = NEARNESS_BASE + nearness;
  }
  // Content words (not generic ones) both texts use, as written in the need: a merge of the sorted stem ids.
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < need.stemIds.length && j < offer.stemIds.length && count < 5) {
    const x = need.stemIds[i] ?? 0;
    const y = offer.stemIds[j] ?? 0;
    if (x === y) {
      if ((need.stemWeights[i] ?? 0) >= 1 && (need.stemWords[i] ?? '').length >= 3)
        codes[at + 5 + count++] = i;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  codes[at + 4] = count;
  codes[at + 10] = isOutsideReach(need, offer) ? 1 : 0;
  return bestOffer < 0 ? undefined : offer.conceptEvidence[bestOffer];
}

/** JSON texts of strings and lists of strings met in reasons, by value: place names, kinds, groups. */
const quotedTexts = new Map<string, string>();

/** A string as JSON writes it; the few a whole run meets again and again are written once. */
function quoted(text: string): string {
  let json = quotedTexts.get(text);
  if (json === undefined) {
    json = JSON.stringify(text);
    // Place names and ids are few; anything beyond that is a caller's odd input, not worth keeping.
    if (quotedTexts.size > 10_000) quotedTexts.clear();
    quotedTexts.set(text, json);
  }
  return json;
}

/**
 * JSON texts of a profile's lists of words (evidence, groups), by the list itself (a profile's lists are never
 * changed once built): a need meets ten offers in its list and each offer ten needs in its own, so each list is
 * written once rather than for every pair. `first3`: of the list's first three words, as concept reasons show.
 */
const listTexts = new WeakMap<readonly string[], string>();
const first3Texts = new WeakMap<readonly string[], string>();

function listJson(words: readonly string[] | undefined, first3: boolean): string {
  if (words === undefined || words.length === 0) return '[]';
  const cache = first3 ? first3Texts : listTexts;
  let json = cache.get(words);
  if (json === undefined) {
    json = JSON.stringify(first3 ? words.slice(0, 3) : words);
    cache.set(words, json);
  }
  return json;
}

/** Each of a profile's stem words as JSON writes it, by the profile's list of them (see `listTexts`). */
const stemWordTexts = new WeakMap<readonly string[], string[]>();

function stemWordJson(words: readonly string[], k: number): string {
  let texts = stemWordTexts.get(words);
  if (texts === undefined) {
    texts = words.map((word) => JSON.stringify(word));
    stemWordTexts.set(words, texts);
  }
  return texts[k] ?? '""';
}

/**
 * `JSON.stringify(reasonsFrom(…))`, written straight from `explainCodes`' numbers, character for character: a
 * whole run stores 300,000 pairs' reasons as JSON, and making the reason objects to serialise them at once was
 * most of its time outside the engine's searches. Keys come in the order `reasonsFrom` gives them.
 */
export function reasonsJson(
  need: ItemProfile,
  offerEvidence: string[] | undefined,
  offer: Pick<ItemProfile, 'namedGroups' | 'groupEvidence' | 'reach'>,
  codes: Int32Array,
  at: number,
  vocabulary: Vocabulary,
  places: PairPlaces,
): string {
  // The pieces are joined at the end into one flat text (joined as they come, a whole run kept 300,000 trees
  // of pieces until each was flattened, and the collector copied them meanwhile). No closures: this runs
  // 300,000 times.
  const out = reasonPieces;
  out.length = 0;
  out.push('[');
  const bestNeed = codes[at] ?? -1;
  const concept = bestNeed >= 0 ? vocabulary.concepts[need.conceptIndexes[bestNeed] ?? -1] : undefined;
  if (concept) {
    out.push(
      '{"kind":"concept","concept":',
      quoted(concept.id),
      ',"needEvidence":',
      listJson(need.conceptEvidence[bestNeed], true),
      ',"offerEvidence":',
      listJson(offerEvidence, true),
      '}',
    );
  }
  const groups = codes[at + 1];
  if (groups === GROUPS_SHARED) {
    for (let k = 0; k < need.namedGroups.length; k++) {
      const group = need.namedGroups[k] as string;
      const other = offer.namedGroups.indexOf(group);
      if (other < 0) continue;
      out.push(
        out.length > 1 ? ',{"kind":"targetGroup","group":' : '{"kind":"targetGroup","group":',
        quoted(group),
        ',"needEvidence":',
        listJson(need.groupEvidence[k], false),
        ',"offerEvidence":',
        listJson(offer.groupEvidence[other], false),
        '}',
      );
    }
  } else if (groups === GROUPS_OFFER_OPEN)
    out.push(out.length > 1 ? ',' : '', '{"kind":"openToAll","side":"offer"}');
  else if (groups === GROUPS_NEED_OPEN)
    out.push(out.length > 1 ? ',' : '', '{"kind":"openToAll","side":"need"}');
  else if (groups === GROUPS_MISMATCH) {
    out.push(
      out.length > 1 ? ',' : '',
      '{"kind":"targetGroupMismatch","needGroups":',
      listJson(need.namedGroups, false),
      ',"offerGroups":',
      listJson(offer.namedGroups, false),
      '}',
    );
  }
  const place = codes[at + 2] ?? PLACE_NONE;
  const county = places.need.county;
  if (place === PLACE_SAME_COUNTY && county !== undefined) {
    out.push(out.length > 1 ? ',' : '', '{"kind":"county","county":', quoted(county), '}');
  }
  const nearness = NEARNESS_CODES[place - NEARNESS_BASE];
  if (nearness) {
    const where = nearness === 'municipality' ? places.offer.municipality : places.offer.county;
    if (where) {
      out.push(
        out.length > 1 ? ',' : '',
        `{"kind":"place","nearness":"${nearness}","where":`,
        quoted(where),
        '}',
      );
    }
  }
  if (codes[at + 10] === 1) {
    const where = offer.reach?.place ?? places.offer.municipality ?? places.offer.county;
    if (where) out.push(out.length > 1 ? ',' : '', '{"kind":"outsideReach","where":', quoted(where), '}');
  }
  const count = codes[at + 4] ?? 0;
  if (count > 0) {
    out.push(out.length > 1 ? ',' : '', '{"kind":"words","words":[');
    for (let k = 0; k < count; k++) {
      const index = codes[at + 5 + k] ?? 0;
      if (k > 0) out.push(',');
      out.push(index < need.stemWords.length ? stemWordJson(need.stemWords, index) : '""');
    }
    out.push(']}');
  }
  out.push(']');
  return out.join('');
}

/** `reasonsJson`'s pieces, one array for every call. */
const reasonPieces: string[] = [];

/**
 * The reasons `explain` gives, from `explainCodes`' numbers: reads only the need's profile, the offer's
 * evidence for the carrying concept and the offer's named target groups.
 */
export function reasonsFrom(
  need: ItemProfile,
  offerEvidence: string[] | undefined,
  offer: Pick<ItemProfile, 'namedGroups' | 'groupEvidence' | 'reach'>,
  codes: Int32Array,
  at: number,
  vocabulary: Vocabulary,
  places: PairPlaces,
): Reason[] {
  const reasons: Reason[] = [];
  const bestNeed = codes[at] ?? -1;
  const concept = bestNeed >= 0 ? vocabulary.concepts[need.conceptIndexes[bestNeed] ?? -1] : undefined;
  if (concept) {
    reasons.push({
      kind: 'concept',
      concept: concept.id,
      needEvidence: need.conceptEvidence[bestNeed]?.slice(0, 3) ?? [],
      offerEvidence: offerEvidence?.slice(0, 3) ?? [],
    });
  }
  const groups = codes[at + 1];
  if (groups === GROUPS_SHARED) {
    need.namedGroups.forEach((group, k) => {
      const at = offer.namedGroups.indexOf(group);
      if (at < 0) return;
      reasons.push({
        kind: 'targetGroup',
        group,
        needEvidence: need.groupEvidence[k] ?? [],
        offerEvidence: offer.groupEvidence[at] ?? [],
      });
    });
  } else if (groups === GROUPS_OFFER_OPEN) reasons.push({ kind: 'openToAll', side: 'offer' });
  else if (groups === GROUPS_NEED_OPEN) reasons.push({ kind: 'openToAll', side: 'need' });
  else if (groups === GROUPS_MISMATCH) {
    reasons.push({
      kind: 'targetGroupMismatch',
      needGroups: need.namedGroups,
      offerGroups: offer.namedGroups,
    });
  }
  const place = codes[at + 2] ?? PLACE_NONE;
  const county = places.need.county;
  if (place === PLACE_SAME_COUNTY && county !== undefined) reasons.push({ kind: 'county', county });
  const nearness = NEARNESS_CODES[place - NEARNESS_BASE];
  if (nearness) {
    // Where the offer is, seen from the need: its municipality when they share it, else its county.
    const where = nearness === 'municipality' ? places.offer.municipality : places.offer.county;
    if (where) reasons.push({ kind: 'place', nearness, where });
  }
  if (codes[at + 10] === 1) {
    const where = offer.reach?.place ?? places.offer.municipality ?? places.offer.county;
    if (where) reasons.push({ kind: 'outsideReach', where });
  }
  const count = codes[at + 4] ?? 0;
  if (count > 0) {
    const words: string[] = [];
    for (let k = 0; k < count; k++) words.push(need.stemWords[codes[at + 5 + k] ?? 0] ?? '');
    reasons.push({ kind: 'words', words });
  }
  return reasons;
}
