import { supportTypes as template } from '../../vocabulary/support-types';
import type {
  AbbreviationDefinition,
  ConceptDefinition,
  Language,
  TargetGroupDefinition,
  TermTiers,
} from '../../vocabulary/types';
import { labelKey, type TextLabels } from '../analyse';
import type { ScoringSettings } from '../score';
import { fingerprint } from '../vocabulary';
import {
  type BuildSettings,
  type CorpusStats,
  corpusStats,
  DEFAULT_BUILD,
  kindConcepts,
  libraryReader,
  resolveKinds,
} from './build';
import { Field } from './field';
import { type AbbreviationInput, compileAbbreviations, compileGroups, type TargetGroupInput } from './groups';
import type { KindDefinition } from './kinds';
import {
  DEFAULT_SELF_TRAINING,
  type LabelledItem,
  type LearnedTerm,
  type SelfTrainingSettings,
  selfTrain,
} from './learn';

/** A need, an offer or a project of the mobilisation, as learning reads it. */
export type CorpusItem = { org: string; text: string };

/** A coordinator's decision on a proposed pair, by the two texts. */
export type PairDecision = { need: string; offer: string; accepted: boolean };

/** A kind an organisation tagged its own need or offer with. */
export type TextTag = { text: string; kind: string };

export type LearningInput = {
  /** The mobilisation's kinds; absent: the mental-health template. */
  kinds?: KindDefinition[];
  /** Every need and offer of the mobilisation. */
  items: CorpusItem[];
  decisions?: PairDecision[];
  tags?: TextTag[];
  /** The mobilisation's target groups; absent: those of the general language. */
  targetGroups?: TargetGroupInput[];
  /** The mobilisation's own abbreviations, beside (and before) the general language's. */
  abbreviations?: AbbreviationInput[];
};

/**
 * What the engine has learnt about one mobilisation: its kinds compiled into concepts (their own terms, the
 * terms their names give, the library concepts they draw on, and the words the mobilisation's texts and
 * decisions tie to them) and the texts whose kind the mobilisation has confirmed or refuted. Plain data: stored
 * in PostgreSQL, compiled into a `Field` by any instance.
 */
export type FieldModel = {
  version: 1;
  kinds: { id: string; sv: string; en: string; draws: string[]; needsPresence: boolean }[];
  concepts: ConceptDefinition[];
  learned: LearnedTerm[];
  labels: { text: string; confirmed: string[]; refuted: string[] }[];
  /**
   * How sure pairs must be before they are proposed: a field read from its kinds' names is less sure of a text
   * that touches two kinds than the tuned template, so each side's main kind must lead its second.
   */
  scoring: Partial<ScoringSettings>;
  /** A score added to each kind wherever a text names it (`kindBias`), in a field read from names. */
  bias?: Record<string, number>;
  /**
   * How many of the mobilisation's texts name each library concept, in a field whose pairs compare the texts'
   * library readings: a concept weighs less there the more texts name it (`Field.senseScale`, decision 076).
   */
  library?: LibraryCounts;
  /**
   * How a field read from names reads a text (decision 078): the words of its request sentence that its request
   * words do not govern count `contextFactor` (`AnalyserSettings.contextFactor`). Absent: as the template.
   */
  reading?: { contextFactor: number; labelLead?: number };
  /** The mobilisation's target groups (absent: the general language's) and its own abbreviations. */
  targetGroups?: TargetGroupDefinition[];
  abbreviations?: AbbreviationDefinition[];
  /** Changes whenever anything above changes; part of the engine version of stored matches. */
  fingerprint: string;
};

/** Of `texts` texts counted, how many name each library concept (by id; absent: none). */
export type LibraryCounts = { texts: number; named: Record<string, number> };

export type LearningSettings = {
  /** Self-training rounds over the mobilisation's texts. */
  rounds: number;
  /** Self-training rounds for the template, whose vocabulary is tuned already. */
  templateRounds: number;
  selfTraining: SelfTrainingSettings;
  build: BuildSettings;
  distrust: DistrustSettings;
  /**
   * The score's shares in a field read from names. Its kinds are read less surely than the tuned template's, so
   * the words both texts use weigh far more: measured on nine fields' blind sets, a pair's shared words (with
   * every text ranked against those it shares rare words with) raised nDCG@5 by 0.05 on average, most where the
   * kinds' names said least, and rare words weighed up by their rarity lowered it. The shares are a ranking model
   * fitted on the readable graded sets (`pnpm bench:fit-weights`, decision 068): the texts' confidence adds
   * nothing beside the chance both are of one kind, and the place more than it was given by hand.
   */
  namedWeights: ScoringSettings['weights'];
  /** See `ScoringSettings.lexicalCeiling`. */
  lexicalCeiling: number;
  /** See `ScoringSettings.libraryCeiling`. */
  libraryCeiling: number;
  /** How far a main kind must lead the second before a pair is proposed, in a field read from names. */
  namedLead: number;
  /** The scoring temperature of a field read from names (see `ScoringSettings.temperature`). */
  temperature: number;
  /** How sure both texts of a pair must be of their shared kind before it is proposed, in a field read from names. */
  suggestCertainty: number;
  /** How alike two texts must be besides their kind before a pair is proposed, in a field read from names. */
  suggestLikeness: number;
  /** How far below its need's best score a pair may be proposed, in a field read from names (decision 075). */
  suggestMargin: number;
  /** How many proposals a need has at most, in a field read from names (decision 082). */
  suggestPerNeed: number;
  /** How strongly a field read from names evens out the share of texts each kind takes (0: not at all). */
  kindBalance: number;
  /** Texts the prior over kinds is estimated on at most: shares of 40 kinds settle within 2,000 texts. */
  priorSampleSize: number;
  /**
   * Texts a field read from names counts at most to weigh each library concept by how few of them name it
   * (decision 076); 0: every library concept weighs the same. Reading a text with the library costs about 0.1 ms,
   * and how common a concept is settles within a thousand texts.
   */
  librarySampleSize: number;
  /**
   * In a field read from names, the weight of the words of a text's request sentence outside what its request
   * words ask for or offer (decision 078; 1: all alike). Read from names, a kind is often named by the scene a
   * need is set in ("Föräldrarna vi träffar …", "Skolan borde …") rather than by what it asks for.
   */
  namedContextFactor: number;
  /** Texts self-training reads at most: word statistics settle long before 40,000 texts. */
  sampleSize: number;
  /**
   * In a field read from names, how likely a decided pair must have been read as about a kind (the product of its
   * two texts' probabilities for it) for an acceptance to confirm the kind, and for a rejection to refute it.
   */
  pairShares: { accepted: number; rejected: number };
  /**
   * In a field read from names, how far a confirmed kind must lead a text's other kinds for the confirmation to
   * leave the text as read (`AnalyserSettings.labelLead`): a confirmation that restates the reading does not make
   * the text surer; one that corrects it counts as a tag (decision 085).
   */
  namedLabelLead: number;
};

export type DistrustSettings = {
  /**
   * Suggest score a kind gets when coordinators accepted few of its proposals: the trust (accepted + 1) /
   * (decided + 2) below `low` gives `lowScore`, below `mid` gives `midScore`.
   */
  low: number;
  lowScore: number;
  mid: number;
  midScore: number;
};

export const DEFAULT_LEARNING: LearningSettings = {
  rounds: 1,
  templateRounds: 0,
  selfTraining: DEFAULT_SELF_TRAINING,
  build: DEFAULT_BUILD,
  distrust: { low: 0.4, lowScore: 6, mid: 0.6, midScore: 4 },
  namedWeights: { concept: 0.29, confidence: 0, group: 0.015, county: 0.135, lexical: 0.285, library: 0.275 },
  lexicalCeiling: 0.5,
  libraryCeiling: 0,
  namedLead: 1,
  temperature: 0.7,
  suggestCertainty: 0.6,
  suggestLikeness: 0.3,
  suggestMargin: 0.1,
  suggestPerNeed: 2,
  kindBalance: 0.5,
  priorSampleSize: 2000,
  librarySampleSize: 1000,
  namedContextFactor: 0.8,
  sampleSize: 8000,
  pairShares: { accepted: 0.1, rejected: 0.25 },
  namedLabelLead: 1,
};

/**
 * Learns a mobilisation's field from its kinds, its texts and what its people have said: coordinators' decisions
 * on proposed pairs (an accepted pair shows both texts are of the kind they were paired under; a rejected one
 * that one of them is not) and organisations' tags. Pure and deterministic; runs in a job, never on a request.
 */
export function learnField(input: LearningInput, options: Partial<LearningSettings> = {}): FieldModel {
  const settings = { ...DEFAULT_LEARNING, ...options };
  // Only kinds read from their names need to know how common their words are.
  const stats = input.kinds ? corpusStats(input.items.map((i) => i.text)) : undefined;
  const kinds = input.kinds ?? templateKinds();
  const resolved = input.kinds ? resolveKinds(input.kinds, stats, settings.build) : undefined;
  const baseConcepts = resolved ? kindConcepts(resolved) : template;
  const draws = resolved ? resolved.map((r) => r.draws) : kinds.map((k) => k.draws ?? [k.id]);
  const summary = kinds.map((kind, i) => ({
    id: kind.id,
    sv: kind.sv,
    en: kind.en,
    draws: draws[i] ?? [],
    needsPresence: baseConcepts.find((c) => c.id === kind.id)?.needsPresence === true,
  }));
  const scoring: Partial<ScoringSettings> = input.kinds
    ? {
        suggestLead: settings.namedLead,
        temperature: settings.temperature,
        suggestCertainty: settings.suggestCertainty,
        suggestLikeness: settings.suggestLikeness,
        suggestMargin: settings.suggestMargin,
        suggestPerNeed: settings.suggestPerNeed,
        presenceNearby: true,
        weights: settings.namedWeights,
        wordCandidates: true,
        lexicalCeiling: settings.lexicalCeiling,
        libraryCeiling: settings.libraryCeiling,
      }
    : {};
  let bias: Record<string, number> = {};
  // Concepts most of a field's texts name (its own topic: "unga" in a youth drive) make any two of its texts look
  // alike; they weigh less in a pair's library likeness than the concepts that tell texts apart.
  const library =
    input.kinds && settings.librarySampleSize > 0 && (settings.namedWeights.library ?? 0) > 0
      ? libraryCounts(sample(input.items, settings.librarySampleSize))
      : undefined;
  const reading =
    input.kinds && settings.namedContextFactor < 1
      ? { contextFactor: settings.namedContextFactor }
      : undefined;
  const groups = input.targetGroups ? compileGroups(input.targetGroups) : undefined;
  const abbreviations =
    input.abbreviations && input.abbreviations.length > 0
      ? compileAbbreviations(input.abbreviations)
      : undefined;
  // Only a field that has labels reads them by a lead, so a field learnt without decisions or tags keeps its
  // reading and its fingerprint (cold matches stay current).
  const readingWith = (labels: FieldModel['labels']): FieldModel['reading'] =>
    input.kinds && labels.length > 0
      ? { contextFactor: reading?.contextFactor ?? 1, labelLead: settings.namedLabelLead }
      : reading;
  const build = (concepts: ConceptDefinition[], labels: FieldModel['labels']): FieldModel => ({
    version: 1,
    kinds: summary,
    concepts,
    learned: [],
    labels,
    scoring,
    ...(Object.keys(bias).length > 0 ? { bias } : {}),
    ...(library ? { library } : {}),
    ...(readingWith(labels) ? { reading: readingWith(labels) } : {}),
    ...(groups ? { targetGroups: groups } : {}),
    ...(abbreviations ? { abbreviations } : {}),
    fingerprint: '',
  });
  // How much of the mobilisation's texts each kind takes, read from names: a kind whose names (or the library
  // concepts it draws on) catch far more texts than its share is read too eagerly, one that catches almost none
  // too timidly. Both are evened out a little, as a prior over kinds.
  if (input.kinds && settings.kindBalance > 0) {
    bias = kindBias(
      Field.fromModel(build(baseConcepts, [])),
      sample(input.items, settings.priorSampleSize),
      kinds.map((k) => k.id),
      settings,
    );
  }

  // Labels first, from the field as its names and the library read it: the decisions were made on pairs that
  // field proposed.
  const cold = Field.fromModel(build(baseConcepts, []));
  const pairKind = input.kinds
    ? likeliestSharedKind(cold, settings.temperature, settings.pairShares)
    : sharedMainKind(mainKinds(cold));
  const labels = deriveLabels(pairKind, input.decisions ?? [], input.tags ?? []);
  const concepts = distrust(baseConcepts, pairKind, input.decisions ?? [], settings.distrust);
  let model = build(concepts, labels);
  let learned: LearnedTerm[] = [];
  const rounds = input.kinds || labels.length > 0 ? settings.rounds : settings.templateRounds;
  for (let round = 0; round < rounds; round++) {
    const field = Field.fromModel(model);
    const labelled = labelledItems(input.items, labels);
    const fresh = selfTrain(
      field.analyser,
      sample(input.items, settings.sampleSize),
      labelled,
      (kind, stem) => field.analyser.analyse(stem).concepts.some((c) => c.id === kind),
      settings.selfTraining,
    );
    if (fresh.length === 0) break;
    learned = [...learned, ...fresh];
    model = { ...build(withTerms(concepts, learned), labels), learned };
  }
  return {
    ...model,
    // The language of its own counts only when it has some, so fields learnt before keep their fingerprints.
    fingerprint: fingerprint(
      JSON.stringify([
        model.concepts,
        model.labels,
        scoring,
        model.bias ?? {},
        ...(groups || abbreviations ? [groups ?? null, abbreviations ?? null] : []),
        // Only where it is counted, so the template's fingerprint stays as it was.
        ...(library ? [{ library }] : []),
        ...(model.reading ? [{ reading: model.reading }] : []),
      ]),
    ),
  };
}

/** The main kind the cold field reads each text as, read once per text. */
function mainKinds(field: Field): (text: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (text) => {
    const key = labelKey(text);
    if (!cache.has(key)) cache.set(key, field.analyser.analyse(text).concepts[0]?.id);
    return cache.get(key);
  };
}

/**
 * The kind a decided pair was about, by how the cold field read its two texts, or undefined when it says nothing
 * of any kind. For a rejected pair, only a kind both texts were read as surely enough to be refuted.
 */
type PairKind = (d: PairDecision) => string | undefined;

/** The template's rule: the pair is about the main kind both texts share, if they share it. */
function sharedMainKind(main: (text: string) => string | undefined): PairKind {
  return (d) => {
    const kind = main(d.need);
    return kind !== undefined && kind === main(d.offer) ? kind : undefined;
  };
}

/**
 * In a field read from names, a text's kinds are a distribution (the softmax the pairs are scored with), and a
 * pair is about the kind both texts most likely share: the largest product of their probabilities. An accepted
 * pair whose texts' main kinds differ (decided under an earlier model, or listed but not proposed) is still about
 * one kind, most often one text's second reading, unless neither text reads much of any shared kind. A rejected
 * pair refutes that kind only where the pair was read as about it: one listed on shared words says nothing
 * against a kind.
 */
function likeliestSharedKind(
  field: Field,
  temperature: number,
  shares: LearningSettings['pairShares'],
): PairKind {
  const cache = new Map<string, Map<string, number>>();
  const read = (text: string) => {
    const key = labelKey(text);
    let probabilities = cache.get(key);
    if (!probabilities) {
      const concepts = field.analyser.analyse(text).concepts;
      // Relative to the main score, as `buildProfile` computes a text's certainty, so no exponent overflows.
      const top = concepts[0]?.score ?? 0;
      let sum = Math.exp(-top / temperature);
      for (const c of concepts) sum += Math.exp((c.score - top) / temperature);
      probabilities = new Map(concepts.map((c) => [c.id, Math.exp((c.score - top) / temperature) / sum]));
      cache.set(key, probabilities);
    }
    return probabilities;
  };
  return (d) => {
    const need = read(d.need);
    const offer = read(d.offer);
    let best: string | undefined;
    let product = 0;
    for (const [kind, p] of need) {
      const q = (offer.get(kind) ?? 0) * p;
      if (q > product) {
        product = q;
        best = kind;
      }
    }
    return product >= (d.accepted ? shares.accepted : shares.rejected) ? best : undefined;
  };
}

/**
 * A score added to each kind where a text names it: minus `kindBalance` times the log of the kind's share of the
 * texts' probability mass against an even share (the softmax at the scoring temperature, with "none", that the
 * pairs are scored with). A kind's mass counts at least half a text, so a kind nobody's text names is lifted by
 * a bounded amount.
 */
function kindBias(
  field: Field,
  items: CorpusItem[],
  ids: string[],
  settings: LearningSettings,
): Record<string, number> {
  const mass = new Map<string, number>(ids.map((id) => [id, 0]));
  const t = settings.temperature;
  for (const item of items) {
    const concepts = field.analyser.analyse(item.text).concepts;
    let sum = 1;
    for (const c of concepts) sum += Math.exp(c.score / t);
    for (const c of concepts) mass.set(c.id, (mass.get(c.id) ?? 0) + Math.exp(c.score / t) / sum);
  }
  const total = [...mass.values()].reduce((a, b) => a + b, 0);
  const even = total / Math.max(1, ids.length);
  const bias: Record<string, number> = {};
  if (even <= 0) return bias;
  for (const [id, m] of mass) {
    const b = -settings.kindBalance * Math.log(Math.max(0.5, m) / even);
    bias[id] = Math.round(b * 1000) / 1000;
  }
  return bias;
}

/** How many of the items name each library concept, as the field's library reading reads them. */
function libraryCounts(items: CorpusItem[]): LibraryCounts {
  const reader = libraryReader();
  const concepts = reader.vocabulary.concepts;
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const index of reader.conceptVector(item.text).ids) {
      const id = concepts[index]?.id;
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  // By id, so the same texts give the same model (and fingerprint) in any order.
  const named: Record<string, number> = {};
  for (const id of [...counts.keys()].sort()) named[id] = counts.get(id) ?? 0;
  return { texts: items.length, named };
}

/** Every `step`-th item, so at most `size` of them, the same ones on every run. */
function sample<T>(items: T[], size: number): T[] {
  if (items.length <= size) return items;
  const step = items.length / size;
  return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)] as T);
}

/**
 * What coordinators' decisions say about the field's reading of each kind: a kind whose proposals they mostly
 * rejected is read less surely, so its pairs need a clearer statement before they are proposed.
 */
function distrust(
  concepts: ConceptDefinition[],
  pairKind: PairKind,
  decisions: PairDecision[],
  settings: DistrustSettings,
): ConceptDefinition[] {
  const counts = new Map<string, { accepted: number; rejected: number }>();
  for (const d of decisions) {
    const kind = pairKind(d);
    if (kind === undefined) continue;
    const c = counts.get(kind) ?? { accepted: 0, rejected: 0 };
    if (d.accepted) c.accepted++;
    else c.rejected++;
    counts.set(kind, c);
  }
  return concepts.map((concept) => {
    const c = counts.get(concept.id);
    const trust = c ? (c.accepted + 1) / (c.accepted + c.rejected + 2) : 1;
    if (trust >= settings.mid) return concept;
    return { ...concept, suggestScore: trust < settings.low ? settings.lowScore : settings.midScore };
  });
}

/** The template's kinds, as a mobilisation that starts from it has them. */
export function templateKinds(): KindDefinition[] {
  return template.map((c) => ({ id: c.id, sv: c.label.sv, en: c.label.en, draws: [c.id] }));
}

/** Corpus statistics for a model's learning, exposed for the field builder's callers. */
export function statsOf(items: CorpusItem[]): CorpusStats {
  return corpusStats(items.map((i) => i.text));
}

function withTerms(concepts: ConceptDefinition[], learned: LearnedTerm[]): ConceptDefinition[] {
  return concepts.map((concept) => {
    const mine = learned.filter((t) => t.kind === concept.id);
    if (mine.length === 0) return concept;
    const add = (language: Language): TermTiers => {
      const tiers = { ...concept[language] };
      for (const t of mine.filter((m) => m.language === language)) {
        tiers[t.tier] = [tiers[t.tier], t.word].filter(Boolean).join(',');
      }
      return tiers;
    };
    return { ...concept, sv: add('sv'), en: add('en') };
  });
}

/**
 * Which kinds reviewed and tagged texts are of, and are not. An accepted pair confirms the kind it was about
 * (`PairKind`) for both texts; a rejected pair refutes it for the side that is not confirmed by another decision,
 * or for both when neither is (one of them is wrong, and a text whose every proposed pair under a kind is
 * rejected is most likely not of it).
 */
function deriveLabels(pairKind: PairKind, decisions: PairDecision[], tags: TextTag[]): FieldModel['labels'] {
  const confirmed = new Map<string, Set<string>>();
  const refuted = new Map<string, Set<string>>();
  const mark = (map: Map<string, Set<string>>, text: string, kind: string) => {
    const key = labelKey(text);
    const set = map.get(key) ?? new Set<string>();
    set.add(kind);
    map.set(key, set);
  };
  for (const tag of tags) mark(confirmed, tag.text, tag.kind);
  for (const d of decisions) {
    const kind = pairKind(d);
    if (!kind || !d.accepted) continue;
    mark(confirmed, d.need, kind);
    mark(confirmed, d.offer, kind);
  }
  const isConfirmed = (text: string, kind: string) => confirmed.get(labelKey(text))?.has(kind) === true;
  // An offer rejected under a kind by a need that is of it is not of it; rejected by needs that are unconfirmed
  // themselves, it is only suspect, and refuted from the second such rejection.
  const suspect = new Map<string, number>();
  for (const d of decisions) {
    const kind = pairKind(d);
    if (!kind || d.accepted) continue;
    const needSure = isConfirmed(d.need, kind);
    if (isConfirmed(d.offer, kind)) {
      if (!needSure) mark(refuted, d.need, kind);
      continue;
    }
    if (needSure) {
      mark(refuted, d.offer, kind);
      continue;
    }
    mark(refuted, d.need, kind);
    const key = `${kind}\u0000${labelKey(d.offer)}`;
    const count = (suspect.get(key) ?? 0) + 1;
    suspect.set(key, count);
    if (count >= 2) mark(refuted, d.offer, kind);
  }
  // A text confirmed by one decision keeps its kind whatever else was rejected with it.
  for (const [key, kinds] of refuted) {
    for (const kind of [...kinds]) if (confirmed.get(key)?.has(kind)) kinds.delete(kind);
  }
  const keys = new Set([...confirmed.keys(), ...refuted.keys()]);
  return [...keys]
    .sort()
    .map((text) => ({
      text,
      confirmed: [...(confirmed.get(text) ?? [])].sort(),
      refuted: [...(refuted.get(text) ?? [])].sort(),
    }))
    .filter((l) => l.confirmed.length > 0 || l.refuted.length > 0);
}

function labelledItems(items: CorpusItem[], labels: FieldModel['labels']): Map<string, LabelledItem> {
  const byKey = new Map(labels.map((l) => [l.text, l]));
  const out = new Map<string, LabelledItem>();
  for (const item of items) {
    const label = byKey.get(labelKey(item.text));
    if (label) out.set(labelKey(item.text), { confirmed: label.confirmed, refuted: label.refuted });
  }
  return out;
}

/** The labels of a model, as the analyser takes them. */
export function textLabels(model: FieldModel): TextLabels {
  return new Map(model.labels.map((l) => [l.text, { confirmed: l.confirmed, refuted: l.refuted }]));
}
