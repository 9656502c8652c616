import stopwordsIso from 'stopwords-iso/stopwords-iso.json';
import type { Language } from '../../vocabulary/types';
import { type Analyser, labelKey } from '../analyse';

/** A need, an offer or a project of the mobilisation, as learning sees it. */
export type CorpusItem = {
  org: string;
  text: string;
  /** The item's id where it has one, to name the evidence of a learnt word. */
  id?: string;
};

/** A text whose kind the mobilisation confirmed or refuted. */
export type LabelledItem = { confirmed: string[]; refuted: string[] };

/** A word the mobilisation's own texts tie to one kind. */
export type LearnedTerm = {
  kind: string;
  language: Language;
  /** The word as most often written. */
  word: string;
  stem: string;
  tier: 'related' | 'hint';
  /** Texts of the kind that use it, and texts in all. */
  support: number;
  uses: number;
  /** Items of the kind that use it (ids, or texts where items have none), at most five. */
  evidence: string[];
  /** How many of them the mobilisation confirmed (a coordinator's accepted pair or an organisation's tag). */
  confirmed: number;
};

export type SelfTrainingSettings = {
  /** Main-kind score an item needs to teach. */
  minScore: number;
  /** How far the main kind must lead the second. */
  minMargin: number;
  /** Texts of a kind (from different organisations) that must use a word. */
  minSupport: number;
  /** Share of all texts using the word that must be of that kind. */
  minPurity: number;
  /**
   * How unlikely the word's uses in the kind must be if words fell on kinds by their size alone (a binomial
   * tail): a word of two uses, both in a kind of 5 % of the texts, has 0.0025.
   */
  maxChance: number;
  /** The same, and the support, for a word to count as `related` rather than `hint`. */
  relatedChance: number;
  relatedSupport: number;
};

export const DEFAULT_SELF_TRAINING: SelfTrainingSettings = {
  minScore: 3,
  minMargin: 1.5,
  minSupport: 2,
  minPurity: 0.5,
  maxChance: 0.005,
  relatedChance: 0.0001,
  relatedSupport: 3,
};

// Words no kind is known by, whatever the field: function words, and everyday verbs and adverbs (the ISO
// stop-word lists), which a few texts of one kind may share by chance.
const STOPWORDS = { sv: new Set<string>(stopwordsIso.sv), en: new Set<string>(stopwordsIso.en) };

/** P(X ≥ k) for X ~ Binomial(n, p): how likely k of n uses fall on a kind that has a share p of the texts. */
export function binomialTail(n: number, k: number, p: number): number {
  if (k <= 0) return 1;
  if (p <= 0) return 0;
  let term = (1 - p) ** n;
  let below = 0;
  for (let i = 0; i < k; i++) {
    below += term;
    term *= ((n - i) / (i + 1)) * (p / (1 - p));
  }
  return Math.max(0, 1 - below);
}

/**
 * Words the mobilisation's texts tie to a kind: the texts the engine reads clearly as one kind are labelled with
 * it, and a word most of whose uses are in texts of one kind, by at least two organisations, is a word of that
 * kind ("APL" beside "praktikplats"). Known terms of the kind are left out.
 */
export function selfTrain(
  analyser: Analyser,
  items: CorpusItem[],
  labelled: Map<string, LabelledItem>,
  known: (kind: string, stem: string) => boolean,
  settings: SelfTrainingSettings = DEFAULT_SELF_TRAINING,
): LearnedTerm[] {
  type Use = {
    uses: number;
    byKind: Map<string, Set<string>>;
    words: Map<string, number>;
    evidence: Map<string, { items: string[]; confirmed: number }>;
  };
  const stats: Record<Language, Map<string, Use>> = { sv: new Map(), en: new Map() };
  const labelledCount = new Map<string, number>();
  for (const item of items) {
    const analysis = analyser.analyse(item.text);
    const [first, second] = analysis.concepts;
    const told = labelled.get(labelKey(item.text));
    // What the mobilisation said of a text outweighs how the engine reads it.
    const clear =
      first &&
      !told?.refuted.includes(first.id) &&
      first.score >= settings.minScore &&
      first.score - (second?.score ?? 0) >= settings.minMargin;
    const label = told?.confirmed.length === 1 ? told.confirmed[0] : clear ? first.id : undefined;
    if (label) labelledCount.set(label, (labelledCount.get(label) ?? 0) + 1);
    const seen = new Set<string>();
    analysis.stems.forEach((s, k) => {
      const word = analysis.words[k] ?? s;
      if (seen.has(s) || s.length < 3 || STOPWORDS[analysis.language].has(word)) return;
      seen.add(s);
      const map = stats[analysis.language];
      let use = map.get(s);
      if (!use) {
        use = { uses: 0, byKind: new Map(), words: new Map(), evidence: new Map() };
        map.set(s, use);
      }
      use.uses++;
      use.words.set(word, (use.words.get(word) ?? 0) + 1);
      if (label) {
        const orgs = use.byKind.get(label) ?? new Set<string>();
        orgs.add(item.org);
        use.byKind.set(label, orgs);
        const evidence = use.evidence.get(label) ?? { items: [], confirmed: 0 };
        if (evidence.items.length < 5) evidence.items.push(item.id ?? item.text);
        if (told?.confirmed.includes(label)) evidence.confirmed++;
        use.evidence.set(label, evidence);
      }
    });
  }
  const total = items.length;
  const learned: LearnedTerm[] = [];
  for (const language of ['sv', 'en'] as const) {
    for (const [s, use] of stats[language]) {
      for (const [kind, orgs] of use.byKind) {
        const support = orgs.size;
        if (support < settings.minSupport || support / use.uses < settings.minPurity) continue;
        const chance = binomialTail(use.uses, support, (labelledCount.get(kind) ?? 0) / total);
        if (chance > settings.maxChance || known(kind, s)) continue;
        const word = [...use.words].sort((a, b) => b[1] - a[1])[0]?.[0] ?? s;
        learned.push({
          kind,
          language,
          word,
          stem: s,
          tier: chance <= settings.relatedChance && support >= settings.relatedSupport ? 'related' : 'hint',
          support,
          uses: use.uses,
          evidence: use.evidence.get(kind)?.items ?? [],
          confirmed: use.evidence.get(kind)?.confirmed ?? 0,
        });
      }
    }
  }
  return learned;
}
