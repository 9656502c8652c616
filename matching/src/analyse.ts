import type { Language } from '../vocabulary/types';
import { languageVote } from './language/detect-language';
import { stem } from './language/stem';
import { TokenScanner } from './language/tokenise';
import { WordTable } from './language/word-table';
import { type ConceptInfo, defaultVocabulary, type LanguageTables, type Vocabulary } from './vocabulary';

/** How strongly a text concerns a concept, and the words that show it. */
export type ConceptEvidence = { id: string; score: number; evidence: string[] };

export type TextAnalysis = {
  language: Language;
  /** Support types the text concerns, strongest first. The first is its main concept. */
  concepts: ConceptEvidence[];
  /** Target groups the text names (score ≥ the group threshold), strongest first. */
  targetGroups: ConceptEvidence[];
  /** Stems of the content words, compound parts included, for lexical similarity. */
  stems: string[];
  /** The word or compound part each stem came from, for showing shared words. */
  words: string[];
  /** Kinds the mobilisation has shown the text is not of (a coordinator's rejected proposals), if any. */
  refuted?: string[];
};

export type ItemTags = { themes?: string[]; targetGroups?: string[] };

/**
 * What a mobilisation has said about particular texts (a coordinator's review, an organisation's tag): the
 * kinds a text is confirmed to concern and the kinds it is shown not to. Keyed by `labelKey(text)`.
 */
export type TextLabels = Map<string, { confirmed: string[]; refuted: string[] }>;

/** The key of a text in `TextLabels`: the same text with other spacing is the same text. */
export function labelKey(text: string): string {
  // Most texts are their own key: they are returned as they are, without a copy.
  return NOT_A_KEY.test(text) ? text.trim().replace(/\s+/g, ' ') : text;
}

// Space at either end, two spaces in a row, or a space other than " ": what `labelKey` changes.
const NOT_A_KEY = /^\s|\s$|\s\s|[^\S ]/;

export type AnalyserSettings = {
  /** Each further term of the same concept adds this much less than the previous one. */
  decay: number;
  /** Weight left to a term in the scope of a negation ("som inte ligger i en skola"). */
  negatedFactor: number;
  /** Score a target group needs to count as named by the text. */
  groupThreshold: number;
  /** Weight of a theme or target group the organisation tagged the item with. */
  tagWeight: number;
  /** Weight of terms outside the sentence that states the need or offer. */
  backgroundFactor: number;
  /**
   * Weight of the terms of that sentence outside what its request words ask for or offer (1: all alike). What a
   * request word governs runs to the end of its clause ("vi behöver *hjälp att nå föräldrar*, men …"); the rest
   * of the sentence sets the scene ("Föräldrarna vi träffar är handfallna och vi behöver …"). Only a sentence
   * with a request word has an object to tell from its context.
   */
  contextFactor: number;
  /**
   * Weight of another support type's terms in the modifier of a clause's head ("data *om ensamhet*",
   * "statsbidrag *för aktiviteter* …"): they say what the support is about, not what it is.
   */
  modifierFactor: number;
  /**
   * Whether a prefix term that matches only a compound's modifier ("skol*" in "skolbussen") leaves the compound's
   * head to be read by its own terms (absent: no, the whole word's match wins, as before).
   */
  compoundHeads?: boolean;
  /** Score a concept needs on its own before a target-group boost applies. */
  boostThreshold: number;
  /**
   * Set: a text the mobilisation confirmed as of a kind it already reads as its main kind, ahead of every other kind
   * by at least this much, stays as read; a confirmation that corrects the reading gains `tagWeight`, as a tag.
   * Absent: every confirmed kind gains `tagWeight`. A coordinator's yes to a pair the engine proposed restates its
   * reading; made surer by it, an accepted offer would rise above the other offers of its kind for every need of
   * the kind, which the yes did not say (decision 085).
   */
  labelLead?: number;
  /**
   * Whether to keep the words that show each concept (absent: yes). A reading whose evidence nobody shows (a
   * field's library reading, see `Field.senses`) is cheaper without.
   */
  evidence?: boolean;
};

export const DEFAULT_ANALYSER_SETTINGS: AnalyserSettings = {
  decay: 0.5,
  negatedFactor: 0.25,
  groupThreshold: 2,
  tagWeight: 4,
  backgroundFactor: 0.75,
  contextFactor: 1,
  modifierFactor: 0.5,
  boostThreshold: 2,
};

type WordInfo = {
  stem: string;
  patterns: number[];
  /**
   * Patterns matched only by a compound's parts while the whole word matched something itself. The whole word
   * is then the more specific reading ("följeforskning" is evaluation, not research), so these parts may still
   * name a target group ("ungdomslokal") but not a support type.
   */
  partOnly: Set<number>;
  /** The single-word terms this word triggers, flattened as concept, weight, concept, weight… */
  singles: number[];
  /**
   * Phrase terms to check when this word occurs (they are anchored on one of its patterns), each as its term id,
   * its number of patterns and those patterns: most phrases are ruled out because a part does not occur in the
   * text, which this tells without reading the term.
   */
  anchors: Int32Array;
  /** Ignore rules to check when this word occurs. */
  ignoreAnchors: number[];
  /** Whether the word anchors any phrase or ignore rule (then the text's pattern occurrences are needed). */
  hasAnchors: boolean;
  /**
   * The text (its analyser's `textStamp`) whose phrases anchored on this word were last tried: where the word
   * occurs again in that text, every one of them has been tried already, so its anchors are not walked again.
   */
  anchorsTried: number;
  /** Its patterns that are part of a phrase or an ignore rule: the only ones whose occurrences are looked up. */
  phrasePatterns: number[];

  /** Stems that go into lexical similarity: the word's own, plus its compound parts. */
  lexical: string[];
  lexicalWords: string[];
  /** The analyser's number for each of `lexical` (see `Analyser#stemKeys`). */
  lexicalKeys: number[];
};

/** Hits `Hits.sortByConcept` sorts by insertion before merging them. */
const RUN = 8;

/**
 * The terms found in one text, in the order found, as parallel arrays reused from text to text: a term's
 * concept, weight, first and last position, and for a phrase all its positions (a single word is at `first`
 * = `last`). `order` holds indexes for the sorted views that weighing needs.
 */
class Hits {
  length = 0;
  concept = new Int32Array(32);
  weight = new Float64Array(32);
  first = new Int32Array(32);
  last = new Int32Array(32);
  positions: (number[] | undefined)[] = [];
  order = new Int32Array(32);
  /** `sortByConcept`'s second buffer, as long as `order`. */
  private spare = new Int32Array(32);

  add(concept: number, weight: number, first: number, last: number, positions: number[] | undefined): void {
    const i = this.length++;
    if (i === this.concept.length) this.grow(i * 2);
    this.concept[i] = concept;
    this.weight[i] = weight;
    this.first[i] = first;
    this.last[i] = last;
    this.positions[i] = positions;
  }

  /**
   * `order` as `aggregate` reads the hits: by concept, the heavier first, then by position, hits equal in all
   * three in the order found. Runs of `RUN` by insertion, then merged: a library reading finds dozens of hits,
   * which insertion alone sorts in quadratic time. Every hit has its own place in this order (the order found
   * decides the last ties), so it is the one a stable insertion sort gives.
   */
  sortByConcept(): void {
    const n = this.length;
    let from = this.order;
    let to = this.spare;
    for (let start = 0; start < n; start += RUN) {
      const end = Math.min(n, start + RUN);
      for (let h = start; h < end; h++) {
        let j = h - 1;
        while (j >= start && this.before(h, from[j] ?? 0)) {
          from[j + 1] = from[j] ?? 0;
          j--;
        }
        from[j + 1] = h;
      }
    }
    for (let width = RUN; width < n; width *= 2) {
      for (let left = 0; left < n; left += 2 * width) {
        const mid = Math.min(n, left + width);
        const right = Math.min(n, left + 2 * width);
        let i = left;
        let j = mid;
        let k = left;
        while (i < mid && j < right) {
          const a = from[i] ?? 0;
          const b = from[j] ?? 0;
          if (this.before(b, a)) {
            to[k++] = b;
            j++;
          } else {
            to[k++] = a;
            i++;
          }
        }
        while (i < mid) to[k++] = from[i++] ?? 0;
        while (j < right) to[k++] = from[j++] ?? 0;
      }
      const swap = from;
      from = to;
      to = swap;
    }
    if (from !== this.order) this.order.set(from.subarray(0, n));
  }

  /** Whether hit `a` comes before hit `b` in `sortByConcept`'s order. */
  private before(a: number, b: number): boolean {
    const ca = this.concept[a] ?? 0;
    const cb = this.concept[b] ?? 0;
    if (ca !== cb) return ca < cb;
    const wa = this.weight[a] ?? 0;
    const wb = this.weight[b] ?? 0;
    if (wa !== wb) return wa > wb;
    const fa = this.first[a] ?? 0;
    const fb = this.first[b] ?? 0;
    if (fa !== fb) return fa < fb;
    return a < b;
  }

  private grow(size: number): void {
    const ints = (old: Int32Array) => {
      const next = new Int32Array(size);
      next.set(old);
      return next;
    };
    this.concept = ints(this.concept);
    this.first = ints(this.first);
    this.last = ints(this.last);
    this.order = ints(this.order);
    this.spare = new Int32Array(size);
    const weight = new Float64Array(size);
    weight.set(this.weight);
    this.weight = weight;
  }
}

const NEGATORS = new Set([
  'inte',
  'ej',
  'icke',
  'aldrig',
  'not',
  'never',
  "don't",
  "doesn't",
  "isn't",
  "aren't",
]);
// "vi vet inte hur", "räcker inte", "får inte tag på": here the negation says what is lacking, which is the need.
const NEGATION_EXCEPTIONS = new Set(
  `vet veta kan har hade finns fanns når hinner orkar räcker fungerar funkar klarar lyckas får fick går vill
   är var blir ska behöver know have has had can could do does did is are was were will would enough`.split(
    /\s+/,
  ),
);
const CLAUSE_BREAK = new Set(['och', 'men', 'utan', 'eller', 'som', 'and', 'but', 'or', 'which', 'who']);
// Where what a request word asks for or offers ends: a new clause, not a coordination ("X och Y" is one object).
const OBJECT_BREAK = new Set(['men', 'utan', 'som', 'but', 'which', 'who']);
const NEGATION_SCOPE = 5;
// Words that open the modifier of a head: prepositions, relative "som"/"which", and "t.ex."/"such as".
// ("mot"/"against" is missing on purpose: "råd mot suicid", "handlingsplan mot våld" name the work's purpose.)
const MODIFIER_STARTERS = new Set(
  `om kring bland hos för till i inom av med på vid åt från efter under via som exempelvis t bl
   about among for on of in within with at from to around via such like including eg which who that`.split(
    /\s+/,
  ),
);
// After a word for teaching, "i"/"om" introduce what is taught — the content, not a side remark.
const TOPIC_PREPOSITIONS = new Set(['i', 'om', 'kring', 'in', 'on', 'about']);
const TEACHING =
  /^(utbild|föreläs|kurs|workshop|seminari|lär|undervis|handled|train|teach|course|lecture|educat)/;
// An infinitive head ("att utvärdera …") governs its object: the object describes what is evaluated.
const INFINITIVE_MARKERS = new Set(['att', 'to']);

const WORD_CACHE_LIMIT = 300_000;
// Compound heads naming a person by role: the rest of the compound is their field, not the text's subject.
const ROLE_HEADS =
  /^(tränare|tränarna|ledare|ledarna|lärare|lärarna|personal|personalen|pedagog|medarbetare|anställda|handledare|samordnare|konsulent|chef|chefer|instruktör|stödjare|stödjarna|rådgivare|sekreterare|arbetare)$/;

// Properties of a word form that the clause rules ask about, decided once per form (see `Form`).
const IS_NEGATOR = 1;
const IS_NEGATION_EXCEPTION = 2;
const IS_CLAUSE_BREAK = 4;
const IS_MODIFIER_STARTER = 8;
const IS_TOPIC_PREPOSITION = 16;
const IS_TEACHING = 32;
const IS_INFINITIVE_MARKER = 64;
const IS_REQUEST_SV = 128;
const IS_REQUEST_EN = 256;
const IS_OBJECT_BREAK = 512;

/**
 * A word form as written, with everything analysis needs to know about it that does not depend on the text
 * around it: its lower-cased form, its language vote, the flags above, the capitals-only pattern it is (if any),
 * and its `WordInfo` in each language once asked for. Forms are cached per analyser, so a text costs one map
 * look-up per word.
 */
type Form = {
  surface: string;
  vote: number;
  flags: number;
  capsSv: number;
  capsEn: number;
  sv: WordInfo | undefined;
  en: WordInfo | undefined;
};

/**
 * Sorts in place, stably (like `Array#sort`, so the result is the same): a text has a few dozen hits at most,
 * where this is several times faster than the built-in sort with a comparator.
 */
function insertionSort<T>(items: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
}

function byScore(a: ConceptEvidence, b: ConceptEvidence): number {
  return b.score - a.score || (a.id < b.id ? -1 : 1);
}

/**
 * Where each vocabulary pattern occurs in the current text, for phrases and ignore rules: one linked list of
 * positions per pattern, in typed arrays that are reused from text to text (a stamp tells the current text's
 * lists from stale ones), so finding phrases allocates nothing.
 */
class Occurrences {
  private stamp = 0;
  private readonly stamps: Int32Array;
  private readonly heads: Int32Array;
  private readonly tails: Int32Array;
  positions = new Int32Array(256);
  next = new Int32Array(256);
  private used = 0;

  constructor(patternCount: number) {
    this.stamps = new Int32Array(patternCount);
    this.heads = new Int32Array(patternCount);
    this.tails = new Int32Array(patternCount);
  }

  reset(): void {
    this.used = 0;
    this.stamp++;
    if (this.stamp === 0x7fffffff) {
      this.stamp = 1;
      this.stamps.fill(0);
    }
  }

  /** Appends a position; positions must come in ascending order. */
  add(pattern: number, position: number): void {
    if (this.used === this.positions.length) {
      const positions = new Int32Array(this.used * 2);
      positions.set(this.positions);
      this.positions = positions;
      const next = new Int32Array(this.used * 2);
      next.set(this.next);
      this.next = next;
    }
    const entry = this.used++;
    this.positions[entry] = position;
    this.next[entry] = -1;
    if (this.stamps[pattern] !== this.stamp) {
      this.stamps[pattern] = this.stamp;
      this.heads[pattern] = entry;
    } else {
      this.next[this.tails[pattern] ?? 0] = entry;
    }
    this.tails[pattern] = entry;
  }

  /** The first entry of a pattern's list, or -1; follow `next` for the rest. */
  head(pattern: number): number {
    return this.stamps[pattern] === this.stamp ? (this.heads[pattern] ?? -1) : -1;
  }
}

/** Per language: the occurrence lists and the stamps that make each term and ignore rule tried once per text. */
type LanguageScratch = {
  occurrences: Occurrences;
  triedTerms: Int32Array;
  triedRules: Int32Array;
};

/**
 * Reads a need or an offer: finds the vocabulary's concepts and target groups in it, with the words that show
 * them, and the stems for lexical similarity. Pure and deterministic. Word-level work — lower-casing, language
 * votes, stems, compound splits, typo corrections and the vocabulary patterns a word matches — is cached per
 * word form; each text is then a scan over its words with buffers reused from text to text. Whole texts are
 * never cached.
 */
export class Analyser {
  private readonly words: Record<Language, Map<string, WordInfo>> = { sv: new Map(), en: new Map() };
  private readonly forms = new WordTable<Form>();
  private readonly scanner = new TokenScanner();
  /** The current text's forms, position by position. */
  private tokenForms: Form[] = [];
  private infos: WordInfo[] = [];
  private factors = new Float64Array(64);
  private readonly scores: Float64Array;
  private readonly evidence: (string[] | undefined)[];
  /** Whether `evidence` holds anything since it was last cleared. */
  private evidenceWritten = false;
  private scratch: Record<Language, LanguageScratch> | undefined;
  private textStamp = 0;
  /** A number per distinct stem and language, so an index can intern stems without hashing strings. */
  private readonly stemNumbers: Record<Language, Map<string, number>> = { sv: new Map(), en: new Map() };
  private readonly genericStems: boolean[] = [];
  /** The stems of the text analysed last, with the word each came from and its number: see `lastStems`. */
  private keys: Int32Array = new Int32Array(256);
  private readonly lexicalStems: string[] = [];
  private readonly lexicalWords: string[] = [];
  private lexicalCount = 0;

  /** Per language and pattern: 1 when a phrase or an ignore rule uses the pattern. */
  private readonly phraseParts: Record<Language, Uint8Array>;
  /** Per concept: 1 for a support type. */
  private readonly isSupportType: Uint8Array;
  // Buffers of `discountModifiers` and `aggregate`.
  private readonly hits = new Hits();
  private heads = new Int32Array(16);
  private zoneStart = new Int32Array(16);
  private usedAt = new Int32Array(64);
  /** `matchPhrase`'s positions of the phrase being tried. */
  private chosen = new Int32Array(8);
  private useStamp = 0;

  /** Per concept, a score added wherever a text names it (a field's prior over its kinds), if any. */
  private bias: Float64Array | undefined;
  private readonly labels: Map<string, { confirmed: number[]; refuted: string[] }> = new Map();
  /** The label of the text read last, if it has one. */
  private label: { confirmed: number[]; refuted: string[] } | undefined;
  /** Per concept, the place of its id in the ids' order (see `conceptVector`). */
  private readonly idRank: Int32Array;
  /** `conceptVector`'s buffers: the concepts found in score order, their rounded scores, and those by concept. */
  private found = new Int32Array(0);
  private foundScore = new Float64Array(0);
  private rounded = new Float64Array(0);
  /** The concepts with a boost (see `applyBoosts`), in the vocabulary's order. */
  private readonly boosted: ConceptInfo[];

  constructor(
    readonly vocabulary: Vocabulary = defaultVocabulary(),
    readonly settings: AnalyserSettings = DEFAULT_ANALYSER_SETTINGS,
    labels?: TextLabels,
    bias?: Record<string, number>,
  ) {
    const index = (ids: string[]) =>
      ids.map((id) => vocabulary.byId.get(id)?.index).filter((i): i is number => i !== undefined);
    for (const [key, { confirmed, refuted }] of labels ?? []) {
      this.labels.set(key, { confirmed: index(confirmed), refuted });
    }
    this.scores = new Float64Array(vocabulary.concepts.length);
    for (const [id, b] of Object.entries(bias ?? {})) {
      const at = vocabulary.byId.get(id)?.index;
      if (at === undefined || b === 0) continue;
      this.bias ??= new Float64Array(vocabulary.concepts.length);
      this.bias[at] = b;
    }
    this.evidence = new Array(vocabulary.concepts.length).fill(undefined);
    const parts = (tables: LanguageTables) => {
      const used = new Uint8Array(tables.patternCount);
      for (const term of tables.terms)
        if (term.patterns.length > 1) for (const p of term.patterns) used[p] = 1;
      for (const rule of tables.ignores) for (const p of rule.patterns) used[p] = 1;
      return used;
    };
    this.phraseParts = { sv: parts(vocabulary.tables.sv), en: parts(vocabulary.tables.en) };
    this.isSupportType = Uint8Array.from(vocabulary.concepts, (c) => (c.kind === 'supportType' ? 1 : 0));
    this.idRank = new Int32Array(vocabulary.concepts.length);
    [...vocabulary.concepts]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .forEach((concept, rank) => {
        this.idRank[concept.index] = rank;
      });
    this.boosted = vocabulary.concepts.filter((c) => c.boost);
  }

  analyse(text: string, tags?: ItemTags): TextAnalysis {
    return this.read(text, tags, true);
  }

  /**
   * `analyse` for the index: the result's `stems` and `words` are left empty, and the index reads them, with
   * their numbers, from `lastStems` instead of copying them for every text.
   */
  analyseItem(text: string, tags?: ItemTags): TextAnalysis {
    return this.read(text, tags, false);
  }

  /**
   * `analyse` in a language given rather than detected: a search query of two words says too little about its
   * language, so it is read in each.
   */
  analyseAs(text: string, language: Language): TextAnalysis {
    return this.read(text, undefined, true, language);
  }

  /**
   * A text's support types as a unit vector, as decision 050 reads it of `analyse(text).concepts`:
   * the indexes of the support types the text names (rounded score above 0), ascending, with their rounded
   * scores divided by the vector's norm, whose squares are summed in the order `analyse` lists the concepts, so
   * the numbers are the same to the bit. For a reading that is only ever compared: no result objects, evidence
   * or stems are made, and `lastStems` is left as it was. With `scale` (per concept index), `weights` are the
   * rounded scores times their concept's scale, made a unit vector (a field weighs its library's concepts by how
   * few of its texts name them: decision 076), and `plain` the vector without the scale, over the same ids.
   */
  conceptVector(text: string, scale?: Float64Array): { ids: number[]; weights: number[]; plain?: number[] } {
    this.score(text, undefined);
    const scores = this.scores;
    const isType = this.isSupportType;
    const idRank = this.idRank;
    if (this.found.length < scores.length) {
      this.found = new Int32Array(scores.length);
      this.foundScore = new Float64Array(scores.length);
      this.rounded = new Float64Array(scores.length);
    }
    const found = this.found;
    const foundScore = this.foundScore;
    const rounded = this.rounded;
    // The scan goes by ascending index: the ids' own order, so they need no sorting afterwards.
    const ids: number[] = [];
    let n = 0;
    for (let index = 0; index < scores.length; index++) {
      const score = scores[index] ?? 0;
      if (score <= 0 || isType[index] !== 1) continue;
      const value = round(score);
      if (value <= 0) continue;
      ids.push(index);
      rounded[index] = value;
      // By score, the larger first, then by id: the order `analyse` lists the concepts in. Each found concept's
      // rounded score is kept beside it, so it is not rounded again at every comparison.
      const rank = idRank[index] ?? 0;
      let j = n - 1;
      while (j >= 0) {
        const other = found[j] ?? 0;
        const otherScore = foundScore[j] ?? 0;
        if (otherScore > value || (otherScore === value && (idRank[other] ?? 0) < rank)) break;
        found[j + 1] = other;
        foundScore[j + 1] = otherScore;
        j--;
      }
      found[j + 1] = index;
      foundScore[j + 1] = value;
      n++;
    }
    const weights = [0.5];
    weights.length = 0;
    if (n === 0) return scale ? { ids, weights, plain: weights } : { ids, weights };
    let norm = 0;
    let scaledNorm = 0;
    for (let k = 0; k < n; k++) {
      const score = foundScore[k] ?? 0;
      norm += score * score;
      if (scale) scaledNorm += (score * (scale[found[k] ?? 0] ?? 1)) ** 2;
    }
    for (const index of ids) weights.push((rounded[index] ?? 0) / Math.sqrt(norm));
    if (!scale) return { ids, weights: weights.slice() };
    const plain = weights.slice();
    // Where the scale leaves no concept of the text any weight, nothing of it is left to compare: all weights 0.
    const root = scaledNorm > 0 ? Math.sqrt(scaledNorm) : 1;
    weights.length = 0;
    for (const index of ids) weights.push(((rounded[index] ?? 0) * (scale[index] ?? 1)) / root);
    return { ids, weights: weights.slice(), plain };
  }

  private read(
    text: string,
    tags: ItemTags | undefined,
    withStems: boolean,
    forced?: Language,
  ): TextAnalysis {
    const { count, language } = this.score(text, tags, forced);
    const infos = this.infos;
    const scores = this.scores;
    const evidence = this.evidence;

    let keys: Int32Array = this.keys;
    const lexicalStems = this.lexicalStems;
    const lexicalWords = this.lexicalWords;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const info = infos[i] as WordInfo;
      const lexical = info.lexical;
      const lexicalKeys = info.lexicalKeys;
      const wordsOf = info.lexicalWords;
      if (keys.length < n + lexical.length) keys = this.growKeys(n + lexical.length);
      for (let k = 0; k < lexical.length; k++) {
        keys[n] = lexicalKeys[k] ?? 0;
        lexicalStems[n] = lexical[k] as string;
        lexicalWords[n] = wordsOf[k] as string;
        n++;
      }
    }
    this.lexicalCount = n;
    const stems = withStems ? lexicalStems.slice(0, n) : [];
    const words = withStems ? lexicalWords.slice(0, n) : [];

    const concepts: ConceptEvidence[] = [];
    const groups: ConceptEvidence[] = [];
    const all = this.vocabulary.concepts;
    for (let index = 0; index < all.length; index++) {
      const score = scores[index] ?? 0;
      if (score <= 0) continue;
      const concept = all[index] as ConceptInfo;
      const entry = { id: concept.id, score: round(score), evidence: evidence[index] ?? [] };
      if (concept.kind === 'supportType') concepts.push(entry);
      else if (score >= this.settings.groupThreshold) groups.push(entry);
    }
    insertionSort(concepts, byScore);
    insertionSort(groups, byScore);
    const refuted = this.label?.refuted;
    return refuted?.length
      ? { language, concepts, targetGroups: groups, stems, words, refuted }
      : { language, concepts, targetGroups: groups, stems, words };
  }

  /**
   * Reads a text into the analyser's buffers: its words' infos (`infos`), the concepts' scores (`scores`) and
   * evidence (`evidence`), and the label the mobilisation gave the text (`label`). Returns its word count and
   * language.
   */
  private score(
    text: string,
    tags: ItemTags | undefined,
    forced?: Language,
  ): { count: number; language: Language } {
    // Tags are resolved first: resolving one may analyse it as a text, which reuses this analyser's buffers.
    const tagged = tags ? this.resolveTags(tags) : undefined;
    const scanner = this.scanner;
    const count = scanner.scan(text);
    const scanned = scanner.text;
    const starts = scanner.start;
    const wordEnds = scanner.wordEnd;
    const hashes = scanner.hash;
    const forms = this.tokenForms;
    let vote = 0;
    for (let i = 0; i < count; i++) {
      const form =
        this.forms.getHashed(scanned, starts[i] ?? 0, wordEnds[i] ?? 0, hashes[i] ?? 0) ??
        this.form(scanner.original(i));
      forms[i] = form;
      vote += form.vote;
    }
    const language: Language = forced ?? (vote < 0 ? 'en' : 'sv');
    const tables = this.vocabulary.tables[language];
    const infos = this.infos;
    let needsOccurrences = false;
    for (let i = 0; i < count; i++) {
      const form = forms[i] as Form;
      let info = language === 'sv' ? form.sv : form.en;
      if (info === undefined) {
        info = this.word(tables, form.surface);
        if (language === 'sv') form.sv = info;
        else form.en = info;
      }
      infos[i] = info;
      if (info.hasAnchors) needsOccurrences = true;
    }
    this.textStamp = this.textStamp >= 0x7ffffffe ? 1 : this.textStamp + 1;
    const scratch = this.languageScratch(language);

    // Where each pattern occurs, for phrases and ignore rules; most texts need none of it.
    if (needsOccurrences) {
      const occurrences = scratch.occurrences;
      occurrences.reset();
      // Only the patterns phrases and ignore rules are made of: no other pattern's occurrences are looked up.
      const phraseParts = this.phraseParts[language];
      for (let position = 0; position < count; position++) {
        const patterns = (infos[position] as WordInfo).phrasePatterns;
        for (let k = 0; k < patterns.length; k++) occurrences.add(patterns[k] ?? 0, position);
        const capsPattern = capsOf(forms[position] as Form, language);
        if (capsPattern >= 0 && phraseParts[capsPattern] === 1) occurrences.add(capsPattern, position);
      }
    }

    const factors = this.positionFactors(count, language);
    const hits = this.findHits(tables, scratch, needsOccurrences, factors, count, language);
    this.discountModifiers(hits);
    const scores = this.scores;
    const evidence = this.evidence;
    scores.fill(0);
    // A reader without evidence (the library's) writes none for most texts: nothing to clear then.
    if (this.evidenceWritten) {
      evidence.fill(undefined);
      this.evidenceWritten = false;
    }
    this.aggregate(hits, text, scores, evidence);
    if (tagged) {
      for (let k = 0; k < tagged.length; k += 2) {
        const concept = tagged[k] as number;
        const tag = tagged[k + 1] as string;
        scores[concept] = (scores[concept] ?? 0) + this.settings.tagWeight;
        evidence[concept] = [tag, ...(evidence[concept] ?? [])];
        this.evidenceWritten = true;
      }
    }
    this.applyBoosts(scores);
    const bias = this.bias;
    if (bias) {
      // A kind a text names stays named: the prior moves it among the text's kinds, it does not erase it.
      for (let k = 0; k < bias.length; k++) {
        const score = scores[k] ?? 0;
        if (score > 0) scores[k] = Math.max(0.05, score + (bias[k] ?? 0));
      }
    }
    const label = this.labels.size > 0 ? this.labels.get(labelKey(text)) : undefined;
    if (label) this.applyLabels(label, scores, evidence);
    this.label = label;
    return { count, language };
  }

  /**
   * The stems of the text analysed last (its `stems`), the word each came from (its `words`), and the
   * analyser's number for each stem: valid until the next call. A number stands for one stem of one language,
   * for as long as this analyser lives, so an index can intern stems without hashing strings.
   */
  lastStems(): { count: number; stems: string[]; words: string[]; keys: Int32Array } {
    return { count: this.lexicalCount, stems: this.lexicalStems, words: this.lexicalWords, keys: this.keys };
  }

  /** Whether a stem number (see `stemKeys`) is a field word too common to say much. */
  isGenericStem(key: number): boolean {
    return this.genericStems[key] === true;
  }

  private growKeys(size: number): Int32Array {
    const keys = new Int32Array(Math.max(size, this.keys.length * 2));
    keys.set(this.keys);
    this.keys = keys;
    return keys;
  }

  private stemNumber(language: Language, stemText: string): number {
    const numbers = this.stemNumbers[language];
    let key = numbers.get(stemText);
    if (key === undefined) {
      key = this.genericStems.length;
      this.genericStems.push(this.vocabulary.tables[language].generic.has(stemText));
      numbers.set(stemText, key);
    }
    return key;
  }

  /** A word form seen for the first time (or since the cache was last cleared). */
  private form(original: string): Form {
    const surface = original.toLowerCase();
    const { sv, en } = this.vocabulary.tables;
    let flags = 0;
    if (NEGATORS.has(surface)) flags |= IS_NEGATOR;
    if (NEGATION_EXCEPTIONS.has(surface)) flags |= IS_NEGATION_EXCEPTION;
    if (CLAUSE_BREAK.has(surface)) flags |= IS_CLAUSE_BREAK;
    if (OBJECT_BREAK.has(surface)) flags |= IS_OBJECT_BREAK;
    if (MODIFIER_STARTERS.has(surface)) flags |= IS_MODIFIER_STARTER;
    if (TOPIC_PREPOSITIONS.has(surface)) flags |= IS_TOPIC_PREPOSITION;
    if (TEACHING.test(surface)) flags |= IS_TEACHING;
    if (INFINITIVE_MARKERS.has(surface)) flags |= IS_INFINITIVE_MARKER;
    if (sv.requestWords.has(surface)) flags |= IS_REQUEST_SV;
    if (en.requestWords.has(surface)) flags |= IS_REQUEST_EN;
    const form: Form = {
      surface,
      vote: languageVote(surface, sv.stopwords, en.stopwords),
      flags,
      capsSv: original !== surface ? (sv.caps.get(original) ?? -1) : -1,
      capsEn: original !== surface ? (en.caps.get(original) ?? -1) : -1,
      sv: undefined,
      en: undefined,
    };
    if (this.forms.size >= WORD_CACHE_LIMIT) this.forms.clear();
    this.forms.add(original, form);
    return form;
  }

  private languageScratch(language: Language): LanguageScratch {
    if (!this.scratch) {
      const make = (tables: LanguageTables): LanguageScratch => ({
        occurrences: new Occurrences(tables.patternCount),
        triedTerms: new Int32Array(tables.terms.length),
        triedRules: new Int32Array(tables.ignores.length),
      });
      this.scratch = { sv: make(this.vocabulary.tables.sv), en: make(this.vocabulary.tables.en) };
    }
    return this.scratch[language];
  }

  /** Stemming, compound splitting, typo correction and pattern lookup for one word form, cached. */
  private word(tables: LanguageTables, surface: string): WordInfo {
    const cache = this.words[tables.language];
    const cached = cache.get(surface);
    if (cached) return cached;
    const { decompounder } = this.vocabulary;
    const wordStem = stem(surface, tables.language);
    const patterns = new Set<number>();
    matchForm(tables, surface, wordStem, patterns);
    const content = isContent(tables, surface);
    const lexical: string[] = content ? [wordStem] : [];
    const lexicalWords: string[] = content ? [surface] : [];
    const partOnly = new Set<number>();
    const roleModifier = new Set<number>();
    if (tables.language === 'sv' && content) {
      const parts = decompounder.split(surface);
      if (parts) {
        // A prefix term that ends before the compound's last part names its modifier, not the whole word
        // ("skol*" in "skolbussen"): the head's own terms still read it.
        const headStart = surface.length - (parts[parts.length - 1] ?? '').length;
        const modifierOnly = this.settings.compoundHeads
          ? prefixMatches(tables, surface, headStart)
          : undefined;
        let whole = false;
        for (const pattern of patterns) if (!modifierOnly?.has(pattern)) whole = true;
        const fromParts = new Set<number>();
        for (const part of parts) {
          const partStem = stem(part, 'sv');
          matchForm(tables, part, partStem, fromParts);
          if (!tables.stopwords.has(part)) {
            lexical.push(partStem);
            lexicalWords.push(part);
          }
        }
        for (const pattern of fromParts) {
          if (whole && !patterns.has(pattern)) partOnly.add(pattern);
          patterns.add(pattern);
        }
        // "idrottstränare", "fritidsledare": a person whose field is the modifier; the field counts for half.
        const head = parts[parts.length - 1] ?? '';
        if (ROLE_HEADS.test(head)) {
          const headOnly = new Set<number>();
          matchForm(tables, head, stem(head, 'sv'), headOnly);
          for (const pattern of patterns) if (!headOnly.has(pattern)) roleModifier.add(pattern);
        }
      }
    }
    if (patterns.size === 0 && content && !tables.typos.has(wordStem) && !decompounder.isKnown(surface)) {
      const corrected = tables.typos.correct(wordStem);
      if (corrected) {
        matchForm(tables, corrected, corrected, patterns);
        lexical[0] = corrected;
      }
    }
    const sortedPatterns = [...patterns].sort((a, b) => a - b);
    const singles: number[] = [];
    const anchors: number[] = [];
    const ignoreAnchors: number[] = [];
    const { concepts } = this.vocabulary;
    for (const pattern of sortedPatterns) {
      for (const termId of tables.termsByPattern[pattern] ?? []) {
        const term = tables.terms[termId];
        if (!term) continue;
        if (term.patterns.length > 1) anchors.push(termId, term.patterns.length, ...term.patterns);
        // A function word is only ever part of a phrase: its stem may equal a term's ("som" and "sommar").
        else if (tables.stopwords.has(surface)) continue;
        else if (!(partOnly.has(pattern) && concepts[term.concept]?.kind === 'supportType')) {
          const role = roleModifier.has(pattern) && concepts[term.concept]?.kind === 'supportType';
          singles.push(term.concept, role ? term.weight * 0.5 : term.weight);
        }
      }
      for (const ruleId of tables.ignoresByPattern[pattern] ?? []) ignoreAnchors.push(ruleId);
    }
    const info: WordInfo = {
      stem: wordStem,
      patterns: sortedPatterns,
      partOnly,
      singles,
      anchors: Int32Array.from(anchors),
      ignoreAnchors,
      hasAnchors: anchors.length > 0 || ignoreAnchors.length > 0,
      anchorsTried: 0,
      phrasePatterns: sortedPatterns.filter((pattern) => this.phraseParts[tables.language][pattern] === 1),
      lexical,
      lexicalWords,
      lexicalKeys: lexical.map((s) => this.stemNumber(tables.language, s)),
    };
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(surface, info);
    return info;
  }

  /**
   * Weight of each position: lower in the scope of a negation and, optionally, outside the request sentence and
   * outside what its request words govern.
   */
  private positionFactors(count: number, language: Language): Float64Array {
    if (this.factors.length < count)
      this.factors = new Float64Array(Math.max(count, this.factors.length * 2));
    const factors = this.factors;
    factors.fill(1, 0, count);
    const forms = this.tokenForms;
    const sentences = this.scanner.sentence;
    for (let i = 0; i < count; i++) {
      if (((forms[i] as Form).flags & IS_NEGATOR) === 0) continue;
      if (i > 0 && ((forms[i - 1] as Form).flags & IS_NEGATION_EXCEPTION) !== 0) continue;
      if (i + 1 < count && ((forms[i + 1] as Form).flags & IS_NEGATION_EXCEPTION) !== 0) continue;
      const sentence = sentences[i];
      for (let j = i + 1; j < count && j <= i + NEGATION_SCOPE; j++) {
        if (sentences[j] !== sentence || ((forms[j] as Form).flags & IS_CLAUSE_BREAK) !== 0) break;
        factors[j] = this.settings.negatedFactor;
      }
    }
    const { backgroundFactor, contextFactor } = this.settings;
    if (backgroundFactor < 1 || contextFactor < 1) {
      // The sentence that states the request or offer: the last one with a request word, else the last one.
      const request = language === 'sv' ? IS_REQUEST_SV : IS_REQUEST_EN;
      let focus = -1;
      for (let i = 0; i < count; i++)
        if (((forms[i] as Form).flags & request) !== 0) focus = sentences[i] ?? 0;
      const asks = focus >= 0;
      if (focus < 0) focus = count > 0 ? (sentences[count - 1] ?? 0) : 0;
      for (let i = 0; i < count; i++) {
        if (sentences[i] !== focus) factors[i] = (factors[i] ?? 1) * backgroundFactor;
      }
      if (asks && contextFactor < 1) this.lowerContext(factors, count, focus, request);
    }
    return factors;
  }

  /**
   * In the request sentence, lowers what no request word governs: each request word governs the rest of its
   * clause, up to a word that opens another clause ("men", "som", "which"); "och"/"and" go on with its object.
   */
  private lowerContext(factors: Float64Array, count: number, focus: number, request: number) {
    const forms = this.tokenForms;
    const { sentence, clause } = this.scanner;
    let governed = false;
    for (let i = 0; i < count; i++) {
      if (sentence[i] !== focus) continue;
      const flags = (forms[i] as Form).flags;
      if (i > 0 && clause[i] !== clause[i - 1]) governed = false;
      if ((flags & IS_OBJECT_BREAK) !== 0) governed = false;
      if ((flags & request) !== 0) governed = true;
      if (!governed) factors[i] = (factors[i] ?? 1) * this.settings.contextFactor;
    }
  }

  private findHits(
    tables: LanguageTables,
    scratch: LanguageScratch,
    withOccurrences: boolean,
    factors: Float64Array,
    count: number,
    language: Language,
  ): Hits {
    const hits = this.hits;
    hits.length = 0;
    const infos = this.infos;
    const forms = this.tokenForms;
    const stamp = this.textStamp;
    const occurrences = scratch.occurrences;
    let ignored: Map<number, Set<number>> | undefined;
    if (withOccurrences) {
      const triedRules = scratch.triedRules;
      for (let position = 0; position < count; position++) {
        const ruleIds = (infos[position] as WordInfo).ignoreAnchors;
        for (let k = 0; k < ruleIds.length; k++) {
          const ruleId = ruleIds[k] ?? 0;
          if (triedRules[ruleId] === stamp) continue;
          triedRules[ruleId] = stamp;
          const rule = tables.ignores[ruleId];
          const matches = rule ? phraseMatches(rule.patterns, occurrences) : [];
          if (!rule || matches.length === 0) continue;
          ignored ??= new Map();
          const set = ignored.get(rule.concept) ?? new Set<number>();
          for (const positions of matches) for (const p of positions) set.add(p);
          ignored.set(rule.concept, set);
        }
      }
    }
    const triedTerms = scratch.triedTerms;
    for (let position = 0; position < count; position++) {
      const info = infos[position] as WordInfo;
      const factor = factors[position] ?? 1;
      const singles = info.singles;
      for (let k = 0; k < singles.length; k += 2) {
        const concept = singles[k] ?? 0;
        if (ignored?.get(concept)?.has(position)) continue;
        hits.add(concept, (singles[k + 1] ?? 0) * factor, position, position, undefined);
      }
      const capsPattern = capsOf(forms[position] as Form, language);
      if (capsPattern >= 0) {
        for (const termId of tables.termsByPattern[capsPattern] ?? []) {
          const term = tables.terms[termId];
          if (term?.patterns.length !== 1 || ignored?.get(term.concept)?.has(position)) continue;
          hits.add(term.concept, term.weight * factor, position, position, undefined);
        }
      }
      if (!withOccurrences || info.anchorsTried === stamp) continue;
      info.anchorsTried = stamp;
      const anchors = info.anchors;
      for (let k = 0; k < anchors.length; ) {
        const termId = anchors[k] ?? 0;
        const parts = k + 2;
        k = parts + (anchors[k + 1] ?? 0);
        if (triedTerms[termId] === stamp) continue;
        triedTerms[termId] = stamp;
        // `matchPhrase` finds nothing when a part does not occur: the usual case, told here from the word's own
        // copy of the phrase's patterns.
        let occurs = true;
        for (let q = parts; q < k && occurs; q++) occurs = occurrences.head(anchors[q] ?? 0) >= 0;
        if (!occurs) continue;
        const term = tables.terms[termId];
        if (!term) continue;
        const length = term.patterns.length;
        if (this.chosen.length < length) this.chosen = new Int32Array(length * 2);
        const chosen = this.chosen;
        if (!matchPhrase(term.patterns, occurrences, chosen)) continue;
        const skip = ignored?.get(term.concept);
        if (skip) {
          let all = true;
          for (let q = 0; q < length && all; q++) all = skip.has(chosen[q] ?? 0);
          if (all) continue;
        }
        let containsNegator = false;
        let first = chosen[0] ?? 0;
        let last = first;
        // Only a phrase found is kept: its positions as a list of its own.
        const matched: number[] = [];
        for (let q = 0; q < length; q++) {
          const p = chosen[q] ?? 0;
          matched.push(p);
          if (((forms[p] as Form).flags & IS_NEGATOR) !== 0) containsNegator = true;
          if (p < first) first = p;
          if (p > last) last = p;
        }
        let phraseFactor = 1;
        if (!containsNegator) for (const p of matched) phraseFactor = Math.min(phraseFactor, factors[p] ?? 1);
        hits.add(term.concept, term.weight * phraseFactor, first, last, matched);
      }
    }
    return hits;
  }

  /**
   * In each clause, the first core term of a support type is its head; terms of *other* support types after
   * the first preposition or relative pronoun that follows the head describe it and count less.
   */
  private discountModifiers(hits: Hits) {
    const isType = this.isSupportType;
    const { concept, weight, first, last } = hits;
    // Nothing to discount unless at least two support types compete.
    let firstType = -1;
    let competing = false;
    for (let h = 0; h < hits.length; h++) {
      const c = concept[h] ?? 0;
      if (isType[c] !== 1) continue;
      if (firstType < 0) firstType = c;
      else if (c !== firstType) {
        competing = true;
        break;
      }
    }
    if (!competing) return;
    // The support types' hits by position, the heavier first on the same position; otherwise in the order found.
    const order = hits.order;
    let n = 0;
    for (let h = 0; h < hits.length; h++) {
      if (isType[concept[h] ?? 0] !== 1) continue;
      const f = first[h] ?? 0;
      const w = weight[h] ?? 0;
      let j = n - 1;
      while (j >= 0) {
        const o = order[j] ?? 0;
        const fo = first[o] ?? 0;
        if (fo < f || (fo === f && (weight[o] ?? 0) >= w)) break;
        order[j + 1] = o;
        j--;
      }
      order[j + 1] = h;
      n++;
    }
    const count = this.scanner.count;
    const clause = this.scanner.clause;
    const forms = this.tokenForms;
    // Per clause (clauses are numbered from 0, at most one per word): its head, and where its modifier starts.
    const clauses = (clause[count - 1] ?? 0) + 1;
    if (this.heads.length < clauses) {
      this.heads = new Int32Array(Math.max(clauses, this.heads.length * 2));
      this.zoneStart = new Int32Array(this.heads.length);
    }
    const heads = this.heads;
    const zoneStart = this.zoneStart;
    heads.fill(-1, 0, clauses);
    zoneStart.fill(-1, 0, clauses);
    for (let k = 0; k < n; k++) {
      const h = order[k] ?? 0;
      const c = clause[first[h] ?? 0] ?? 0;
      if (heads[c] === -1 && (weight[h] ?? 0) >= 3) heads[c] = h;
    }
    for (let c = 0; c < clauses; c++) {
      const head = heads[c] ?? -1;
      if (head < 0) continue;
      const headFirst = first[head] ?? 0;
      const headLast = last[head] ?? 0;
      if (
        headFirst > 0 &&
        ((forms[headFirst - 1] as Form).flags & IS_INFINITIVE_MARKER) !== 0 &&
        headLast + 1 < count &&
        clause[headLast + 1] === c
      ) {
        zoneStart[c] = headLast + 1;
        continue;
      }
      let teaching = false;
      for (let p = headFirst - 1; p >= 0 && clause[p] === c; p--) {
        if (((forms[p] as Form).flags & IS_TEACHING) !== 0) teaching = true;
      }
      // From inside the head too: a head phrase may end in its own preposition ("data om").
      for (let p = headFirst + 1; p < count && clause[p] === c; p++) {
        const flags = (forms[p] as Form).flags;
        if ((flags & IS_TEACHING) !== 0) teaching = true;
        // "utbildar tränare i hur man bemöter …": the rest of the clause is what is taught.
        if (teaching && (flags & IS_TOPIC_PREPOSITION) !== 0) break;
        if ((flags & IS_MODIFIER_STARTER) === 0) continue;
        zoneStart[c] = p;
        break;
      }
    }
    for (let k = 0; k < n; k++) {
      const h = order[k] ?? 0;
      const c = clause[first[h] ?? 0] ?? 0;
      const start = zoneStart[c] ?? -1;
      const head = heads[c] ?? -1;
      if (start >= 0 && (first[h] ?? 0) >= start && (head < 0 || concept[h] !== concept[head])) {
        weight[h] = (weight[h] ?? 0) * this.settings.modifierFactor;
      }
    }
  }

  /** Per concept: strongest non-overlapping hits, each further one counting less (`decay`). */
  private aggregate(hits: Hits, text: string, scores: Float64Array, evidence: (string[] | undefined)[]) {
    const { concept, weight, first, last, positions } = hits;
    hits.sortByConcept();
    const order = hits.order;
    const starts = this.scanner.start;
    const ends = this.scanner.end;
    if (this.usedAt.length < this.scanner.count) {
      this.usedAt = new Int32Array(Math.max(this.scanner.count, this.usedAt.length * 2));
    }
    // Positions already counted for the current concept: those marked with its stamp.
    const usedAt = this.usedAt;
    const withEvidence = this.settings.evidence !== false;
    let i = 0;
    while (i < hits.length) {
      const current = concept[order[i] ?? 0] ?? 0;
      if (this.useStamp === 0x7fffffff) {
        this.useStamp = 0;
        usedAt.fill(0);
      }
      const stamp = ++this.useStamp;
      let factor = 1;
      let score = 0;
      let shown: string[] | undefined;
      for (; i < hits.length && concept[order[i] ?? 0] === current; i++) {
        const h = order[i] ?? 0;
        const w = weight[h] ?? 0;
        if (w <= 0) continue;
        const at = positions[h];
        if (at) {
          let clash = false;
          for (let k = 0; k < at.length; k++) {
            if (usedAt[at[k] ?? 0] === stamp) {
              clash = true;
              break;
            }
          }
          if (clash) continue;
          for (let k = 0; k < at.length; k++) usedAt[at[k] ?? 0] = stamp;
        } else {
          const f = first[h] ?? 0;
          if (usedAt[f] === stamp) continue;
          usedAt[f] = stamp;
        }
        score += w * factor;
        factor *= this.settings.decay;
        if (!withEvidence) continue;
        if (shown === undefined) shown = [];
        if (shown.length < 4) {
          const snippet = text.slice(starts[first[h] ?? 0], ends[last[h] ?? 0]);
          if (!shown.includes(snippet)) shown.push(snippet);
        }
      }
      scores[current] = score;
      // Without evidence, `read` gives each concept an empty list itself.
      if (withEvidence) {
        evidence[current] = shown ?? [];
        this.evidenceWritten = true;
      }
    }
  }

  /** Each tag's concept and the tag itself, flattened, in the order the tags are applied. */
  private resolveTags(tags: ItemTags): (number | string)[] | undefined {
    const themes = tags.themes ?? [];
    const groups = tags.targetGroups ?? [];
    if (themes.length === 0 && groups.length === 0) return undefined;
    const out: (number | string)[] = [];
    for (const tag of [...themes, ...groups]) {
      const concept = this.resolveTag(tag);
      if (concept !== undefined) out.push(concept, tag);
    }
    return out;
  }

  /** A tag may be a concept id, a label in either language, or free words ("unga", "Äldre"). */
  resolveTag(tag: string): number | undefined {
    const wanted = tag.trim().toLowerCase();
    for (const concept of this.vocabulary.concepts) {
      if (
        concept.id === wanted ||
        concept.label.sv.toLowerCase() === wanted ||
        concept.label.en.toLowerCase() === wanted ||
        concept.short.sv.toLowerCase() === wanted ||
        concept.short.en.toLowerCase() === wanted
      ) {
        return concept.index;
      }
    }
    const analysed = this.analyse(tag);
    const best = [...analysed.concepts, ...analysed.targetGroups].sort((a, b) => b.score - a.score)[0];
    return best ? this.vocabulary.byId.get(best.id)?.index : undefined;
  }

  /**
   * A reviewed or tagged text: confirmed kinds count as a tag would. Refuted ones are left as read (the text is
   * then never proposed under them, see `buildProfile`): moving the text to its next kind would move it among
   * texts it is as likely to be wrong for.
   */
  private applyLabels(
    label: { confirmed: number[] },
    scores: Float64Array,
    evidence: (string[] | undefined)[],
  ) {
    const lead = this.settings.labelLead;
    // The best kind not confirmed (support types only; target groups follow them in the scores), which a confirmed
    // kind must lead by `labelLead` to count as read already.
    let other = 0;
    if (lead !== undefined) {
      for (let k = 0; k < this.vocabulary.supportTypeCount; k++) {
        if (!label.confirmed.includes(k)) other = Math.max(other, scores[k] ?? 0);
      }
    }
    for (const concept of label.confirmed) {
      const score = scores[concept] ?? 0;
      if (lead === undefined || score < other + lead) scores[concept] = score + this.settings.tagWeight;
      if ((evidence[concept]?.length ?? 0) === 0) evidence[concept] = [];
      this.evidenceWritten = true;
    }
  }

  private applyBoosts(scores: Float64Array) {
    for (const concept of this.boosted) {
      const boost = concept.boost;
      if (!boost || (scores[concept.index] ?? 0) < this.settings.boostThreshold) continue;
      if (boost.groups.some((g) => (scores[g] ?? 0) >= this.settings.groupThreshold)) {
        scores[concept.index] = (scores[concept.index] ?? 0) + boost.weight;
      }
    }
  }
}

function capsOf(form: Form, language: Language): number {
  return language === 'sv' ? form.capsSv : form.capsEn;
}

/** The prefix patterns that match a word within its first `within` letters. */
function prefixMatches(tables: LanguageTables, surface: string, within: number): Set<number> {
  const out = new Set<number>();
  for (const candidate of tables.prefixes.get(surface.slice(0, 3)) ?? []) {
    if (candidate.value.length <= within && surface.startsWith(candidate.value)) out.add(candidate.id);
  }
  for (const candidate of tables.shortPrefixes) {
    if (candidate.value.length <= within && surface.startsWith(candidate.value)) out.add(candidate.id);
  }
  return out;
}

function isContent(tables: LanguageTables, surface: string): boolean {
  return (
    surface.length > 1 &&
    !/^\d+$/.test(surface) &&
    !tables.stopwords.has(surface) &&
    !tables.requestWords.has(surface)
  );
}

/** Adds the ids of every vocabulary pattern that matches one word form. */
function matchForm(tables: LanguageTables, surface: string, wordStem: string, out: Set<number>) {
  const byStem = tables.stems.get(wordStem);
  if (byStem !== undefined) out.add(byStem);
  const exact = tables.exact.get(surface);
  if (exact !== undefined) out.add(exact);
  for (const candidate of tables.prefixes.get(surface.slice(0, 3)) ?? []) {
    if (surface.startsWith(candidate.value)) out.add(candidate.id);
  }
  for (const candidate of tables.shortPrefixes) {
    if (surface.startsWith(candidate.value)) out.add(candidate.id);
  }
  for (const candidate of tables.suffixes.get(wordStem.slice(-3)) ?? []) {
    if (wordStem.endsWith(candidate.value)) out.add(candidate.id);
  }
}

/**
 * Positions where all parts of a phrase occur close together, in any order (Swedish puts "stöd till
 * föräldrar" and "föräldrastöd" the other way round), into `chosen` (one per part); false if none. For each
 * occurrence of the first part in turn, every other part takes its nearest unused occurrence within the span
 * (the first such, on a tie). Allocates nothing: most phrases tried are not found.
 */
function matchPhrase(patterns: number[], occurrences: Occurrences, chosen: Int32Array): boolean {
  if (!allPartsOccur(patterns, occurrences)) return false;
  const { positions, next } = occurrences;
  for (let anchor = occurrences.head(patterns[0] ?? -1); anchor >= 0; anchor = next[anchor] ?? -1) {
    if (placePhrase(patterns, occurrences, positions[anchor] ?? 0, chosen)) return true;
  }
  return false;
}

/**
 * Every place the phrase stands in the text, as `matchPhrase` finds its first (anchored on each occurrence of its
 * first word). An ignore rule needs all of them: "lokala nätverk och lokala partners" holds two uses of the word
 * an ignore rule takes out of "premises", not one.
 */
function phraseMatches(patterns: number[], occurrences: Occurrences): number[][] {
  const matches: number[][] = [];
  if (!allPartsOccur(patterns, occurrences)) return matches;
  const chosen = new Int32Array(patterns.length);
  const { positions, next } = occurrences;
  for (let anchor = occurrences.head(patterns[0] ?? -1); anchor >= 0; anchor = next[anchor] ?? -1) {
    if (placePhrase(patterns, occurrences, positions[anchor] ?? 0, chosen)) matches.push(Array.from(chosen));
  }
  return matches;
}

// Most phrases fail because a part does not occur at all: told before any position is tried.
function allPartsOccur(patterns: number[], occurrences: Occurrences): boolean {
  if (patterns.length === 0) return false;
  for (const pattern of patterns) if (occurrences.head(pattern) < 0) return false;
  return true;
}

/** The phrase's other parts placed around its first part at `at`, into `chosen`; whether they fit the span. */
function placePhrase(patterns: number[], occurrences: Occurrences, at: number, chosen: Int32Array): boolean {
  const { positions, next } = occurrences;
  const n = patterns.length;
  const span = n + 1;
  chosen[0] = at;
  let low = at;
  let high = at;
  for (let k = 1; k < n; k++) {
    let best = -1;
    let bestDistance = 0;
    for (let e = occurrences.head(patterns[k] ?? -1); e >= 0; e = next[e] ?? -1) {
      const p = positions[e] ?? 0;
      const distance = Math.abs(p - at);
      if (distance > span) continue;
      let taken = false;
      for (let q = 0; q < k && !taken; q++) taken = chosen[q] === p;
      if (taken) continue;
      if (best < 0 || distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    if (best < 0) return false;
    chosen[k] = best;
    if (best < low) low = best;
    if (best > high) high = best;
  }
  return high - low <= span;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
