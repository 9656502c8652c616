import type { TextAnalysis } from './analyse';
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
  /** Shares of the final score; they sum to 1. */
  weights: { concept: number; confidence: number; group: number; lexical: number; county: number };
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
  weights: { concept: 0.45, confidence: 0.25, group: 0.2, lexical: 0.07, county: 0.03 },
  openGroup: 0.9,
  minScore: 0.02,
};

/** What the index keeps about one need or offer: its analysis reduced to numbers for fast pair scoring. */
export type ItemProfile = {
  analysis: TextAnalysis;
  /** Support-type index of the main concept, or -1. */
  main: number;
  mainScore: number;
  /** min(1, mainScore / confidentScore). */
  confidence: number;
  /** Support types with their weight (main = 1), strongest first. */
  conceptIndexes: number[];
  conceptWeights: number[];
  /** Weight per support type, for O(1) lookup from the other side of a pair. */
  dense: Float32Array;
  /** Bit per named target group (the "everyone" group excluded). */
  groups: number;
  /** The text is for everyone, or names no group: compatible with any group. */
  open: boolean;
  openToAll: boolean;
  /** Interned stem ids, ascending, with weights and the vector's norm. */
  stemIds: Int32Array;
  stemWeights: Float32Array;
  norm: number;
  county: number;
};

/** Gives each distinct stem a number, so lexical similarity is a merge of two sorted integer arrays. */
export class StemTable {
  private readonly ids = new Map<string, number>();
  id(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(stem, id);
    }
    return id;
  }
}

export function buildProfile(
  analysis: TextAnalysis,
  vocabulary: Vocabulary,
  stems: StemTable,
  county: number,
  settings: ScoringSettings,
): ItemProfile {
  const dense = new Float32Array(vocabulary.supportTypeCount);
  const conceptIndexes: number[] = [];
  const conceptWeights: number[] = [];
  const top = analysis.concepts[0];
  const mainScore = top?.score ?? 0;
  for (const concept of analysis.concepts) {
    const index = vocabulary.byId.get(concept.id)?.index;
    if (index === undefined || mainScore <= 0) continue;
    const weight = (concept.score / mainScore) ** settings.sharpen;
    if (weight < settings.minConceptWeight) continue;
    dense[index] = weight;
    conceptIndexes.push(index);
    conceptWeights.push(weight);
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
  const weightByStem = new Map<number, number>();
  for (const stem of analysis.stems) {
    const id = stems.id(`${analysis.language}:${stem}`);
    const weight = generic.has(stem) ? 0.2 : 1;
    weightByStem.set(id, Math.max(weightByStem.get(id) ?? 0, weight));
  }
  const sorted = [...weightByStem.entries()].sort((a, b) => a[0] - b[0]);
  const stemIds = Int32Array.from(sorted.map(([id]) => id));
  const stemWeights = Float32Array.from(sorted.map(([, w]) => w));
  let norm = 0;
  for (const w of stemWeights) norm += w * w;
  return {
    analysis,
    main: top ? (vocabulary.byId.get(top.id)?.index ?? -1) : -1,
    mainScore,
    confidence: Math.min(1, mainScore / settings.confidentScore),
    conceptIndexes,
    conceptWeights,
    dense,
    groups,
    open: openToAll || groups === 0,
    openToAll,
    stemIds,
    stemWeights,
    norm: Math.sqrt(norm),
    county,
  };
}

/** Cosine of the two stem vectors. */
export function lexicalSimilarity(a: ItemProfile, b: ItemProfile): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let i = 0;
  let j = 0;
  let dot = 0;
  const ai = a.stemIds;
  const bi = b.stemIds;
  while (i < ai.length && j < bi.length) {
    const x = ai[i] ?? 0;
    const y = bi[j] ?? 0;
    if (x === y) {
      dot += (a.stemWeights[i] ?? 0) * (b.stemWeights[j] ?? 0);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/** The shared concept that carries a pair: the largest product of the two sides' weights. */
export function conceptOverlap(need: ItemProfile, offer: ItemProfile): { concept: number; weight: number } {
  let best = -1;
  let weight = 0;
  for (let k = 0; k < need.conceptIndexes.length; k++) {
    const index = need.conceptIndexes[k] ?? 0;
    const product = (need.conceptWeights[k] ?? 0) * (offer.dense[index] ?? 0);
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
 * Score of a pair without its lexical part — everything but the one costly term — so a candidate that cannot
 * reach the current top list is dropped before its words are compared.
 */
export function baseScore(need: ItemProfile, offer: ItemProfile, settings: ScoringSettings): number {
  const overlap = conceptOverlap(need, offer);
  if (overlap.weight === 0) return 0;
  const w = settings.weights;
  const sameCounty = need.county >= 0 && need.county === offer.county ? 1 : 0;
  return (
    overlap.weight *
      (w.concept +
        w.confidence * Math.sqrt(need.confidence * offer.confidence) +
        w.group * groupCompatibility(need, offer, settings)) +
    w.county * sameCounty
  );
}

export function pairScore(
  need: ItemProfile,
  offer: ItemProfile,
  settings: ScoringSettings,
  base?: number,
): number {
  const b = base ?? baseScore(need, offer, settings);
  const lexical = lexicalSimilarity(need, offer);
  return Math.min(1, b + settings.weights.lexical * lexical);
}

/** Whether a pair is confident enough to show a person: same main concept, both clearly about it. */
export function isSuggested(need: ItemProfile, offer: ItemProfile, settings: ScoringSettings): boolean {
  return (
    need.main >= 0 &&
    need.main === offer.main &&
    need.mainScore >= settings.suggestScore &&
    offer.mainScore >= settings.suggestScore
  );
}

/** The reasons for a pair, most telling first. */
export function explain(
  need: ItemProfile,
  offer: ItemProfile,
  vocabulary: Vocabulary,
  county: string | undefined,
): Reason[] {
  const reasons: Reason[] = [];
  const overlap = conceptOverlap(need, offer);
  const concept = vocabulary.concepts[overlap.concept];
  if (concept) {
    const evidence = (profile: ItemProfile) =>
      profile.analysis.concepts.find((c) => c.id === concept.id)?.evidence.slice(0, 3) ?? [];
    reasons.push({
      kind: 'concept',
      concept: concept.id,
      needEvidence: evidence(need),
      offerEvidence: evidence(offer),
    });
  }
  const shared = need.groups & offer.groups;
  if (shared !== 0) {
    for (const group of vocabulary.concepts.slice(vocabulary.supportTypeCount)) {
      if (!group.general && shared & (1 << (group.index - vocabulary.supportTypeCount))) {
        reasons.push({ kind: 'targetGroup', group: group.id });
      }
    }
  } else if (offer.openToAll) reasons.push({ kind: 'openToAll', side: 'offer' });
  else if (need.openToAll) reasons.push({ kind: 'openToAll', side: 'need' });
  else if (need.groups !== 0 && offer.groups !== 0) {
    const named = (profile: ItemProfile) =>
      profile.analysis.targetGroups.map((g) => g.id).filter((id) => !vocabulary.byId.get(id)?.general);
    reasons.push({ kind: 'targetGroupMismatch', needGroups: named(need), offerGroups: named(offer) });
  }
  if (county !== undefined && need.county >= 0 && need.county === offer.county)
    reasons.push({ kind: 'county', county });
  const words = sharedWords(need, offer, vocabulary);
  if (words.length > 0) reasons.push({ kind: 'words', words });
  return reasons;
}

function sharedWords(need: ItemProfile, offer: ItemProfile, vocabulary: Vocabulary): string[] {
  if (need.analysis.language !== offer.analysis.language) return [];
  const generic = vocabulary.tables[need.analysis.language].generic;
  const offerStems = new Set(offer.analysis.stems);
  const seen = new Set<string>();
  const out: string[] = [];
  need.analysis.stems.forEach((stem, i) => {
    const word = need.analysis.words[i];
    if (!word || word.length < 3 || !offerStems.has(stem) || generic.has(stem) || seen.has(stem)) return;
    seen.add(stem);
    out.push(word);
  });
  return out.slice(0, 5);
}
