import type { Language } from '../vocabulary/types';
import { languageVote } from './language/detect-language';
import { stem } from './language/stem';
import { type Token, tokenise } from './language/tokenise';
import { defaultVocabulary, type LanguageTables, type Vocabulary } from './vocabulary';

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
};

export type ItemTags = { themes?: string[]; targetGroups?: string[] };

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
   * Weight of another support type's terms in the modifier of a clause's head ("data *om ensamhet*",
   * "statsbidrag *för aktiviteter* …"): they say what the support is about, not what it is.
   */
  modifierFactor: number;
  /** Score a concept needs on its own before a target-group boost applies. */
  boostThreshold: number;
};

export const DEFAULT_ANALYSER_SETTINGS: AnalyserSettings = {
  decay: 0.5,
  negatedFactor: 0.25,
  groupThreshold: 2,
  tagWeight: 4,
  backgroundFactor: 0.6,
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
  /** Phrase terms and ignore rules to check when this word occurs (they are anchored on one of its patterns). */
  anchors: number[];
  ignoreAnchors: number[];

  /** Stems that go into lexical similarity: the word's own, plus its compound parts. */
  lexical: string[];
  lexicalWords: string[];
};

/** A term found in the text. `positions` only for phrases; a single word is at `first` (= `last`). */
type Hit = { concept: number; weight: number; first: number; last: number; positions?: number[] };

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

/**
 * Reads a need or an offer: finds the vocabulary's concepts and target groups in it, with the words that show
 * them, and the stems for lexical similarity. Pure and deterministic; word-level work is cached per process.
 */
export class Analyser {
  private readonly words: Record<Language, Map<string, WordInfo>> = { sv: new Map(), en: new Map() };
  private readonly votes = new Map<string, number>();

  constructor(
    readonly vocabulary: Vocabulary = defaultVocabulary(),
    readonly settings: AnalyserSettings = DEFAULT_ANALYSER_SETTINGS,
  ) {}

  analyse(text: string, tags?: ItemTags): TextAnalysis {
    const tokens = tokenise(text);
    const language = this.language(tokens);
    const tables = this.vocabulary.tables[language];
    const infos = tokens.map((token) => this.word(tables, token.surface));

    // Where each pattern occurs, for phrases and ignore rules; most texts need none of it.
    let occurrences: Map<number, number[]> | undefined;
    const needsOccurrences = infos.some((info) => info.anchors.length > 0 || info.ignoreAnchors.length > 0);
    const caps = tokens.map((token) =>
      token.original !== token.surface ? tables.caps.get(token.original) : undefined,
    );
    if (needsOccurrences) {
      occurrences = new Map();
      for (let position = 0; position < infos.length; position++) {
        for (const pattern of infos[position]?.patterns ?? []) push(occurrences, pattern, position);
        const capsPattern = caps[position];
        if (capsPattern !== undefined) push(occurrences, capsPattern, position);
      }
    }

    const factors = this.positionFactors(tokens, infos, tables);
    const hits = this.findHits(tables, occurrences, factors, tokens, infos, caps);
    this.discountModifiers(hits, tokens);
    const conceptCount = this.vocabulary.concepts.length;
    const scores = new Float64Array(conceptCount);
    const evidence: (string[] | undefined)[] = new Array(conceptCount);
    this.aggregate(hits, tokens, text, scores, evidence);
    this.applyTags(tags, scores, evidence);
    this.applyBoosts(scores);

    const stems: string[] = [];
    const words: string[] = [];
    for (const info of infos) {
      for (const s of info.lexical) stems.push(s);
      for (const w of info.lexicalWords) words.push(w);
    }

    const concepts: ConceptEvidence[] = [];
    const groups: ConceptEvidence[] = [];
    for (const concept of this.vocabulary.concepts) {
      const score = scores[concept.index] ?? 0;
      if (score <= 0) continue;
      const entry = { id: concept.id, score: round(score), evidence: evidence[concept.index] ?? [] };

      if (concept.kind === 'supportType') concepts.push(entry);
      else if (score >= this.settings.groupThreshold) groups.push(entry);
    }
    const byScore = (a: ConceptEvidence, b: ConceptEvidence) => b.score - a.score || (a.id < b.id ? -1 : 1);
    concepts.sort(byScore);
    groups.sort(byScore);
    return { language, concepts, targetGroups: groups, stems, words };
  }

  /** The text's language, from each word's cached vote (see `languageVote`). */
  private language(tokens: Token[]): Language {
    const { sv, en } = this.vocabulary.tables;
    let vote = 0;
    for (const token of tokens) {
      let v = this.votes.get(token.surface);
      if (v === undefined) {
        v = languageVote(token.surface, sv.stopwords, en.stopwords);
        if (this.votes.size >= WORD_CACHE_LIMIT) this.votes.clear();
        this.votes.set(token.surface, v);
      }
      vote += v;
    }
    return vote < 0 ? 'en' : 'sv';
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
        const whole = patterns.size > 0;
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
        if (term.patterns.length > 1) anchors.push(termId);
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
      anchors,
      ignoreAnchors,
      lexical,
      lexicalWords,
    };
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(surface, info);
    return info;
  }

  /** Weight of each position: lower in the scope of a negation and, optionally, outside the request sentence. */
  private positionFactors(tokens: Token[], infos: WordInfo[], tables: LanguageTables): Float64Array {
    const factors = new Float64Array(tokens.length).fill(1);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token || !NEGATORS.has(token.surface)) continue;
      const before = tokens[i - 1]?.surface;
      const after = tokens[i + 1]?.surface;
      if ((before && NEGATION_EXCEPTIONS.has(before)) || (after && NEGATION_EXCEPTIONS.has(after))) continue;
      for (let j = i + 1; j < tokens.length && j <= i + NEGATION_SCOPE; j++) {
        const next = tokens[j];
        if (!next || next.sentence !== token.sentence || CLAUSE_BREAK.has(next.surface)) break;
        factors[j] = this.settings.negatedFactor;
      }
    }
    if (this.settings.backgroundFactor < 1) {
      const focus = requestSentence(tokens, tables);
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]?.sentence !== focus) factors[i] = (factors[i] ?? 1) * this.settings.backgroundFactor;
      }
    }
    void infos;
    return factors;
  }

  private findHits(
    tables: LanguageTables,
    occurrences: Map<number, number[]> | undefined,
    factors: Float64Array,
    tokens: Token[],
    infos: WordInfo[],
    caps: (number | undefined)[],
  ): Hit[] {
    const hits: Hit[] = [];
    let ignored: Map<number, Set<number>> | undefined;
    if (occurrences) {
      const triedRules = new Set<number>();
      for (const info of infos) {
        for (const ruleId of info.ignoreAnchors) {
          if (triedRules.has(ruleId)) continue;
          triedRules.add(ruleId);
          const rule = tables.ignores[ruleId];
          const positions = rule ? matchPhrase(rule.patterns, occurrences) : undefined;
          if (!rule || !positions) continue;
          ignored ??= new Map();
          const set = ignored.get(rule.concept) ?? new Set<number>();
          for (const p of positions) set.add(p);
          ignored.set(rule.concept, set);
        }
      }
    }
    let tried: Set<number> | undefined;
    for (let position = 0; position < infos.length; position++) {
      const info = infos[position];
      if (!info) continue;
      const factor = factors[position] ?? 1;
      const singles = info.singles;
      for (let k = 0; k < singles.length; k += 2) {
        const concept = singles[k] ?? 0;
        if (ignored?.get(concept)?.has(position)) continue;
        const weight = (singles[k + 1] ?? 0) * factor;
        hits.push({ concept, weight, first: position, last: position });
      }
      const capsPattern = caps[position];
      if (capsPattern !== undefined) {
        for (const termId of tables.termsByPattern[capsPattern] ?? []) {
          const term = tables.terms[termId];
          if (term?.patterns.length !== 1 || ignored?.get(term.concept)?.has(position)) continue;
          const weight = term.weight * factor;
          hits.push({
            concept: term.concept,
            weight,
            first: position,
            last: position,
          });
        }
      }
      if (!occurrences || info.anchors.length === 0) continue;
      for (const termId of info.anchors) {
        tried ??= new Set();
        if (tried.has(termId)) continue;
        tried.add(termId);
        const term = tables.terms[termId];
        const matched = term ? matchPhrase(term.patterns, occurrences) : undefined;
        if (!term || !matched) continue;
        const skip = ignored?.get(term.concept);
        if (skip && matched.every((p) => skip.has(p))) continue;
        const containsNegator = matched.some((p) => NEGATORS.has(tokens[p]?.surface ?? ''));
        let phraseFactor = 1;
        if (!containsNegator) for (const p of matched) phraseFactor = Math.min(phraseFactor, factors[p] ?? 1);
        hits.push({
          concept: term.concept,
          weight: term.weight * phraseFactor,
          first: Math.min(...matched),
          last: Math.max(...matched),
          positions: matched,
        });
      }
    }
    return hits;
  }

  /**
   * In each clause, the first core term of a support type is its head; terms of *other* support types after
   * the first preposition or relative pronoun that follows the head describe it and count less.
   */
  private discountModifiers(hits: Hit[], tokens: Token[]) {
    const { concepts } = this.vocabulary;
    const heads = new Map<number, Hit>();
    const typeHits = hits.filter((hit) => concepts[hit.concept]?.kind === 'supportType');
    // Nothing to discount unless at least two support types compete.
    if (typeHits.every((hit) => hit.concept === typeHits[0]?.concept)) return;
    typeHits.sort((a, b) => a.first - b.first || b.weight - a.weight);
    const clause = tokens.map((token) => token.clause);
    for (const hit of typeHits) {
      const c = clause[hit.first] ?? 0;
      if (!heads.has(c) && hit.weight >= 3) heads.set(c, hit);
    }
    const zoneStart = new Map<number, number>();
    for (const [c, head] of heads) {
      if (INFINITIVE_MARKERS.has(tokens[head.first - 1]?.surface ?? '') && clause[head.last + 1] === c) {
        zoneStart.set(c, head.last + 1);
        continue;
      }
      let teaching = false;
      for (let p = head.first - 1; p >= 0 && clause[p] === c; p--) {
        if (TEACHING.test(tokens[p]?.surface ?? '')) teaching = true;
      }
      // From inside the head too: a head phrase may end in its own preposition ("data om").
      for (let p = head.first + 1; p < tokens.length && clause[p] === c; p++) {
        const word = tokens[p]?.surface ?? '';
        if (TEACHING.test(word)) teaching = true;
        // "utbildar tränare i hur man bemöter …": the rest of the clause is what is taught.
        if (teaching && TOPIC_PREPOSITIONS.has(word)) break;
        if (!MODIFIER_STARTERS.has(word)) continue;
        zoneStart.set(c, p);
        break;
      }
    }
    for (const hit of typeHits) {
      const c = clause[hit.first] ?? 0;
      const start = zoneStart.get(c);
      if (start !== undefined && hit.first >= start && hit.concept !== heads.get(c)?.concept) {
        hit.weight *= this.settings.modifierFactor;
      }
    }
  }

  /** Per concept: strongest non-overlapping hits, each further one counting less (`decay`). */
  private aggregate(
    hits: Hit[],
    tokens: Token[],
    text: string,
    scores: Float64Array,
    evidence: (string[] | undefined)[],
  ) {
    hits.sort((a, b) => a.concept - b.concept || b.weight - a.weight || a.first - b.first);
    let i = 0;
    while (i < hits.length) {
      const concept = hits[i]?.concept ?? 0;
      // Positions already counted for this concept: texts are short, so a list beats a set.
      const used: number[] = [];
      let factor = 1;
      let score = 0;
      const shown: string[] = [];
      for (; i < hits.length && hits[i]?.concept === concept; i++) {
        const hit = hits[i];
        if (!hit || hit.weight <= 0) continue;
        if (hit.positions) {
          if (hit.positions.some((p) => used.includes(p))) continue;
          for (const p of hit.positions) used.push(p);
        } else {
          if (used.includes(hit.first)) continue;
          used.push(hit.first);
        }
        score += hit.weight * factor;
        factor *= this.settings.decay;
        const first = tokens[hit.first];
        const last = tokens[hit.last];
        if (first && last && shown.length < 4) {
          const snippet = text.slice(first.start, last.end);
          if (!shown.includes(snippet)) shown.push(snippet);
        }
      }
      scores[concept] = score;
      evidence[concept] = shown;
    }
  }

  private applyTags(tags: ItemTags | undefined, scores: Float64Array, evidence: (string[] | undefined)[]) {
    if (!tags) return;
    for (const tag of [...(tags.themes ?? []), ...(tags.targetGroups ?? [])]) {
      const concept = this.resolveTag(tag);
      if (concept === undefined) continue;
      scores[concept] = (scores[concept] ?? 0) + this.settings.tagWeight;
      evidence[concept] = [tag, ...(evidence[concept] ?? [])];
    }
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

  private applyBoosts(scores: Float64Array) {
    for (const concept of this.vocabulary.concepts) {
      const boost = concept.boost;
      if (!boost || (scores[concept.index] ?? 0) < this.settings.boostThreshold) continue;
      if (boost.groups.some((g) => (scores[g] ?? 0) >= this.settings.groupThreshold)) {
        scores[concept.index] = (scores[concept.index] ?? 0) + boost.weight;
      }
    }
  }
}

function push(map: Map<number, number[]>, key: number, value: number) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
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
 * föräldrar" and "föräldrastöd" the other way round), or undefined.
 */
function matchPhrase(patterns: number[], occurrences: Map<number, number[]>): number[] | undefined {
  const first = patterns[0];
  if (first === undefined) return undefined;
  const anchors = occurrences.get(first);
  if (!anchors) return undefined;
  const span = patterns.length + 1;
  for (const anchor of anchors) {
    const chosen = [anchor];
    let ok = true;
    for (let k = 1; k < patterns.length; k++) {
      const list = occurrences.get(patterns[k] ?? -1);
      let best: number | undefined;
      for (const p of list ?? []) {
        if (chosen.includes(p) || Math.abs(p - anchor) > span) continue;
        if (best === undefined || Math.abs(p - anchor) < Math.abs(best - anchor)) best = p;
      }
      if (best === undefined) {
        ok = false;
        break;
      }
      chosen.push(best);
    }
    if (ok && Math.max(...chosen) - Math.min(...chosen) <= span) return chosen;
  }
  return undefined;
}

/** The sentence that states the request or offer: the last one with a request word, else the last one. */
function requestSentence(tokens: Token[], tables: LanguageTables): number {
  let found = -1;
  for (const token of tokens) if (tables.requestWords.has(token.surface)) found = token.sentence;
  return found >= 0 ? found : (tokens[tokens.length - 1]?.sentence ?? 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
