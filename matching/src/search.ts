import { library } from '../vocabulary/library';
import { supportTypes } from '../vocabulary/support-types';
import type { Language } from '../vocabulary/types';
import { Analyser, type TextAnalysis } from './analyse';
import type { Field } from './field/field';
import { stem } from './language/stem';
import { tokenise } from './language/tokenise';
import { compileVocabulary } from './vocabulary';

/**
 * Search by the engine's understanding (decision 023). A text is indexed as search terms: the stems of its
 * content words with their compound parts, the mobilisation's kinds of support it concerns (`~id`), the
 * library's kinds of help of every field (`^id`, which carries general help such as evaluation or premises
 * between Swedish and English whatever the mobilisation calls its kinds) and the target groups it names
 * (`@id`). A query is read the same way, in both languages, into one group per content word: the word's stems
 * (as prefixes when long enough that a compound starting with it counts: "självmord" finds "självmordsrisk")
 * and the kinds and groups the word is evidence of ("evaluation" finds "utvärdering"). A hit covers a group
 * when it holds any of its terms; hits are ranked by how many groups they cover.
 */

/** A kind or group counts for a text at this score: a clear term, not one weak word among many. */
const DOCUMENT_CONCEPT_SCORE = 2;
/** A stem this long or longer also finds the words that start with it (Swedish compounds put it first). */
const PREFIX_LENGTH = 5;
const LANGUAGES: Language[] = ['sv', 'en'];
/** Bump when the search terms a text is read into change. */
const SEARCH_VERSION = 'search.2';

export type SearchGroup = {
  /** The query word the group stands for. */
  word: string;
  /** Terms any of which covers the group. */
  terms: string[];
  /** Stems that cover it as the start of a term. */
  prefixes: string[];
};

export type SearchPlan = { groups: SearchGroup[] };

export type MarkedPart = { text: string; marked: boolean };

/**
 * What a text's kinds and groups were read from, kept beside its search terms so that marking a hit needs no
 * new reading of it (decision 042): per `^id`, `~id` and `@id` term, its evidence as lower-cased words joined
 * by single spaces ("visa att").
 */
export type SearchEvidence = Record<string, string[]>;

/** A text read for search: the terms it is found by, and the evidence of the kinds and groups among them. */
export type SearchReading = { terms: string[]; evidence: SearchEvidence };

let libraryAnalyser: Analyser | undefined;

/** Reads texts and queries for search with a mobilisation's field (absent: the template). */
export class SearchReader {
  /**
   * Without a field, the template's kinds are read by the library, which holds them: compiling the template
   * again would double the reader's start-up for the same reading.
   */
  private readonly field: Analyser | undefined;
  private readonly library: Analyser;
  private readonly templateIds: ReadonlySet<string>;

  private readonly fieldFingerprint: string | undefined;

  constructor(field?: Field) {
    this.field = field?.analyser;
    this.fieldFingerprint = field?.model.fingerprint;
    libraryAnalyser ??= new Analyser(compileVocabulary(library));
    this.library = libraryAnalyser;
    this.templateIds = new Set(supportTypes.map((c) => c.id));
  }

  /** The version of this reading: search terms stored by another are read again. */
  get version(): string {
    const read = `lib.${this.library.vocabulary.fingerprint}`;
    return `${SEARCH_VERSION}+${read}+${this.fieldFingerprint ? `field.${this.fieldFingerprint}` : 'template'}`;
  }

  /** The search terms of a need, an offer, a project or goals. */
  documentTerms(text: string): string[] {
    return this.read(text).terms;
  }

  /** A need, an offer, a project or goals read for search: its terms and what its kinds were read from. */
  read(text: string): SearchReading {
    const terms = new Set<string>();
    const evidence = new Map<string, Set<string>>();
    const add = (term: string, shown: string[]) => {
      terms.add(term);
      const phrases = evidence.get(term) ?? new Set<string>();
      evidence.set(term, phrases);
      for (const e of shown) {
        const words = tokenise(e).map((t) => t.surface);
        if (words.length > 0) phrases.add(words.join(' '));
      }
    };
    const read = this.library.analyse(text);
    for (const s of read.stems) terms.add(s);
    for (const c of read.concepts) if (c.score >= DOCUMENT_CONCEPT_SCORE) add(`^${c.id}`, c.evidence);
    for (const g of read.targetGroups) add(`@${g.id}`, g.evidence);
    for (const c of this.readKinds(text, read).concepts)
      if (c.score >= DOCUMENT_CONCEPT_SCORE) add(`~${c.id}`, c.evidence);
    return {
      terms: [...terms],
      evidence: Object.fromEntries([...evidence].map(([term, phrases]) => [term, [...phrases]])),
    };
  }

  /** The mobilisation's kinds in a reading by the library (of the template) or by the field. */
  private readKinds(text: string, byLibrary: TextAnalysis, language?: Language): TextAnalysis {
    if (!this.field)
      return { ...byLibrary, concepts: byLibrary.concepts.filter((c) => this.templateIds.has(c.id)) };
    return language ? this.field.analyseAs(text, language) : this.field.analyse(text);
  }

  /** What a query asks for; an empty plan when it holds no content word. */
  plan(query: string): SearchPlan {
    const readings = LANGUAGES.flatMap((language) => {
      const read = this.library.analyseAs(query, language);
      return [
        { read, prefix: '^' },
        { read: this.readKinds(query, read, language), prefix: '~' },
      ];
    });
    // A function word of either language is none of the query's content ("och" reads as content in English).
    const { tables } = this.library.vocabulary;
    const content = new Set(
      readings
        .flatMap(({ read }) => read.words)
        .filter((w) => !tables.sv.stopwords.has(w) && !tables.en.stopwords.has(w)),
    );
    const groups: SearchGroup[] = [];
    const seen = new Set<string>();
    for (const token of tokenise(query)) {
      const word = token.surface;
      if (seen.has(word) || !content.has(word)) continue;
      seen.add(word);
      const terms = new Set<string>();
      const prefixes = new Set<string>();
      for (const language of LANGUAGES) {
        const s = stem(word, language);
        if (s.length >= PREFIX_LENGTH) prefixes.add(s);
        else terms.add(s);
      }
      for (const { read, prefix } of readings) {
        // The kinds the word shows best: a word that names one kind clearly is not also a hint of others.
        const shown = read.concepts.filter((c) => isEvidence(c.evidence, word));
        const best = Math.min(DOCUMENT_CONCEPT_SCORE, Math.max(0, ...shown.map((c) => c.score)));
        for (const c of shown) if (c.score >= best) terms.add(`${prefix}${c.id}`);
        if (prefix === '^')
          for (const g of read.targetGroups) if (isEvidence(g.evidence, word)) terms.add(`@${g.id}`);
      }
      groups.push({ word, terms: [...terms], prefixes: [...prefixes] });
    }
    return { groups };
  }

  /**
   * The text in parts, the words that made it a hit marked: a word whose stem a group holds or starts with,
   * and the words that show a kind or group the query asked for. `evidence`: what the text's kinds and groups
   * were read from when its search terms were stored (`read`); without it (a text not read yet) the text is
   * read here.
   */
  mark(text: string, plan: SearchPlan, evidence?: SearchEvidence | null): MarkedPart[] {
    return markHit(text, plan, evidence ?? this.read(text).evidence);
  }
}

/**
 * `SearchReader.mark` of a text read before, from the evidence stored with its search terms: it needs no
 * vocabulary, so the server marks a page of hits where it answers (decision 042).
 */
export function markHit(text: string, plan: SearchPlan, evidence: SearchEvidence): MarkedPart[] {
  const phrases = new Set<string>();
  for (const group of plan.groups)
    for (const term of group.terms)
      if (/^[~^@]/.test(term)) for (const phrase of evidence[term] ?? []) phrases.add(phrase);
  return markWords(text, plan, phrases);
}

/**
 * What a plan marks, gathered once per plan rather than per hit: its stems and prefixes, and per word (as
 * tokenised, lower-case) whether its stem in either language a group holds or starts with. A server keeps a
 * query's plan for its later pages and filters (decision 052), so the words of a mobilisation's texts are
 * stemmed and compared once per query, not once per hit; the verdicts are bounded like the stems' cache.
 */
type PlanWords = { terms: ReadonlySet<string>; prefixes: string[]; verdicts: Map<string, boolean> };
const wordsOfPlans = new WeakMap<SearchPlan, PlanWords>();
const VERDICT_LIMIT = 50_000;
function planWords(plan: SearchPlan): PlanWords {
  let words = wordsOfPlans.get(plan);
  if (!words) {
    words = {
      terms: new Set(plan.groups.flatMap((g) => g.terms)),
      prefixes: plan.groups.flatMap((g) => g.prefixes),
      verdicts: new Map(),
    };
    wordsOfPlans.set(plan, words);
  }
  return words;
}

/** Whether a group of the plan holds a word's stem in either language or starts it (or the word). */
function planMarks(words: PlanWords, word: string): boolean {
  let verdict = words.verdicts.get(word);
  if (verdict === undefined) {
    const { terms, prefixes } = words;
    verdict = LANGUAGES.some((language) => {
      const s = stem(word, language);
      return terms.has(s) || prefixes.some((p) => s.startsWith(p) || word.startsWith(p));
    });
    if (words.verdicts.size >= VERDICT_LIMIT) words.verdicts.clear();
    words.verdicts.set(word, verdict);
  }
  return verdict;
}

/**
 * The text in parts: the words of `phrases` (lower-case words joined by single spaces) where the whole phrase
 * stands, and the words whose stem in either language a group of the plan holds or starts with.
 */
function markWords(text: string, plan: SearchPlan, phrases: ReadonlySet<string>): MarkedPart[] {
  const tokens = tokenise(text);
  const marked = new Array<boolean>(tokens.length).fill(false);
  // A kind's evidence may be a phrase ("visa att"): only where the whole phrase stands is it marked, or the
  // little words of phrases would light up all over the text.
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    for (let i = 0; i + words.length <= tokens.length; i++)
      if (words.every((w, k) => tokens[i + k]?.surface === w)) marked.fill(true, i, i + words.length);
  }
  const words = planWords(plan);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token && !marked[i]) marked[i] = planMarks(words, token.surface);
  }

  // Marked words with only spaces between them are one mark: a phrase reads as one.
  const parts: MarkedPart[] = [];
  let at = 0;
  tokens.forEach((token, i) => {
    if (!marked[i]) return;
    const last = parts.at(-1);
    const gap = text.slice(at, token.start);
    if (last?.marked && /^[^\S\n]+$/u.test(gap)) last.text += gap + text.slice(token.start, token.end);
    else {
      if (gap) parts.push({ text: gap, marked: false });
      parts.push({ text: text.slice(token.start, token.end), marked: true });
    }
    at = token.end;
  });
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** Whether a word is one of the words of a kind's evidence (a term may be a phrase: "first aid"). */
function isEvidence(evidence: string[], word: string): boolean {
  return evidence.some((e) => tokenise(e).some((t) => t.surface === word));
}
