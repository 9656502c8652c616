import { abbreviations } from '../vocabulary/abbreviations';
import { lexiconSv } from '../vocabulary/lexicon-sv';
import { stopwords } from '../vocabulary/stopwords';
import { supportTypes } from '../vocabulary/support-types';
import { targetGroups } from '../vocabulary/target-groups';
import type {
  AbbreviationDefinition,
  ConceptDefinition,
  Labels,
  Language,
  TargetGroupDefinition,
  TermTiers,
} from '../vocabulary/types';
import { Decompounder } from './language/decompound';
import { stem } from './language/stem';
import { swedishDictionary } from './language/swedish-dictionary';
import { tokeniseTerm } from './language/tokenise';
import { TypoIndex } from './language/typo';

export const TIER_WEIGHTS: Record<keyof TermTiers, number> = { core: 3, related: 2, hint: 1 };
export const LANGUAGES: readonly Language[] = ['sv', 'en'];

export type ConceptKind = 'supportType' | 'targetGroup';

export type ConceptInfo = {
  index: number;
  id: string;
  kind: ConceptKind;
  label: Labels;
  short: Labels;
  /** Target group meaning "everyone". */
  general: boolean;
  /** Support type that peers seldom offer: an offer of it must say so clearly before it is suggested. */
  rarelyOffered: boolean;
  /** Score either side needs on it before a pair under it is suggested, where the field sets one. */
  suggestScore?: number;
  /** Help that needs presence: distance matters for its pairs. */
  needsPresence: boolean;
  boost?: { groups: number[]; weight: number };
};

type PatternKind = 'stem' | 'prefix' | 'suffix' | 'exact' | 'caps';
type PatternSpec = { kind: PatternKind; value: string };

export type Term = {
  concept: number;
  weight: number;
  patterns: number[];
  /** The term as written in the vocabulary, for tests and debugging. */
  source: string;
};

export type IgnoreRule = { concept: number; patterns: number[] };

type Keyed = { value: string; id: number };

/** Everything needed to find the vocabulary's terms in text of one language. */
export type LanguageTables = {
  language: Language;
  patternCount: number;
  stems: Map<string, number>;
  exact: Map<string, number>;
  caps: Map<string, number>;
  prefixes: Map<string, Keyed[]>;
  shortPrefixes: Keyed[];
  suffixes: Map<string, Keyed[]>;
  terms: Term[];
  ignores: IgnoreRule[];
  /** For each pattern, the terms and ignore rules that use it. */
  termsByPattern: number[][];
  ignoresByPattern: number[][];
  stopwords: Set<string>;
  requestWords: Set<string>;
  /** Stems of words too common in the field to say much when two texts share them. */
  generic: Set<string>;
  typos: TypoIndex;
};

export type Vocabulary = {
  concepts: ConceptInfo[];
  byId: Map<string, ConceptInfo>;
  supportTypeCount: number;
  tables: Record<Language, LanguageTables>;
  decompounder: Decompounder;
  abbreviations: AbbreviationDefinition[];
  /** Changes whenever any term changes; part of ENGINE_VERSION. */
  fingerprint: string;
};

export function parseTermList(list: string | undefined): string[] {
  if (!list) return [];
  return list
    .split(/[,\n]/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
}

const WORD_CHARS = /^[\p{L}\p{N}'’+]+$/u;

/** Turns one term of the term syntax (see vocabulary/types.ts) into word patterns. */
export function parseTerm(term: string, language: Language, asIgnore = false): PatternSpec[] {
  const parts = tokeniseTerm(term);
  if (parts.length === 0) throw new Error(`Vocabulary term "${term}" has no words`);
  return parts.map((part) => {
    let kind: PatternKind;
    let value: string;
    if (part.startsWith('=')) {
      kind = 'exact';
      value = part.slice(1);
    } else if (part.endsWith('*') && part.startsWith('*')) {
      throw new Error(`Vocabulary term "${term}": "*word*" is not supported`);
    } else if (part.endsWith('*')) {
      kind = 'prefix';
      value = part.slice(0, -1);
      if (value.length < 2) throw new Error(`Vocabulary term "${term}": prefix "${part}" is too short`);
    } else if (part.startsWith('*')) {
      kind = 'suffix';
      value = stem(part.slice(1), language);
    } else if (asIgnore) {
      // Ignore rules name word forms, not lemmas: ignoring "lokala" must not ignore "lokal".
      kind = 'exact';
      value = part;
    } else {
      kind = 'stem';
      value = stem(part, language);
    }
    if (!WORD_CHARS.test(value)) throw new Error(`Vocabulary term "${term}": "${part}" is not a word`);
    return { kind, value };
  });
}

function createTables(language: Language): LanguageTables {
  return {
    language,
    patternCount: 0,
    stems: new Map(),
    exact: new Map(),
    caps: new Map(),
    prefixes: new Map(),
    shortPrefixes: [],
    suffixes: new Map(),
    terms: [],
    ignores: [],
    termsByPattern: [],
    ignoresByPattern: [],
    stopwords: new Set(),
    requestWords: new Set(),
    generic: new Set(),
    typos: new TypoIndex([]),
  };
}

function patternId(tables: LanguageTables, spec: PatternSpec): number {
  const keyed = (map: Map<string, Keyed[]>, key: string): number => {
    const bucket = map.get(key) ?? [];
    const found = bucket.find((entry) => entry.value === spec.value);
    if (found) return found.id;
    const id = newPattern(tables);
    bucket.push({ value: spec.value, id });
    map.set(key, bucket);
    return id;
  };
  const simple = (map: Map<string, number>): number => {
    const found = map.get(spec.value);
    if (found !== undefined) return found;
    const id = newPattern(tables);
    map.set(spec.value, id);
    return id;
  };
  switch (spec.kind) {
    case 'stem':
      return simple(tables.stems);
    case 'exact':
      return simple(tables.exact);
    case 'caps':
      return simple(tables.caps);
    case 'prefix': {
      if (spec.value.length >= 3) return keyed(tables.prefixes, spec.value.slice(0, 3));
      const found = tables.shortPrefixes.find((entry) => entry.value === spec.value);
      if (found) return found.id;
      const id = newPattern(tables);
      tables.shortPrefixes.push({ value: spec.value, id });
      return id;
    }
    case 'suffix':
      return keyed(tables.suffixes, spec.value.slice(-3));
  }
}

function newPattern(tables: LanguageTables): number {
  const id = tables.patternCount++;
  tables.termsByPattern[id] = [];
  tables.ignoresByPattern[id] = [];
  return id;
}

function addTerm(
  tables: LanguageTables,
  concept: number,
  weight: number,
  specs: PatternSpec[],
  source: string,
) {
  const patterns = specs.map((spec) => patternId(tables, spec));
  const id = tables.terms.length;
  tables.terms.push({ concept, weight, patterns, source });
  tables.termsByPattern[anchor(tables, specs, patterns)]?.push(id);
}

/**
 * A phrase is only looked for when its most selective word occurs: a content word rather than a function word,
 * the longest one. Indexing it under every word would check "kultur på recept" at every "på".
 */
function anchor(tables: LanguageTables, specs: PatternSpec[], patterns: number[]): number {
  let best = 0;
  let bestRank = -1;
  specs.forEach((spec, i) => {
    const common = tables.stopwords.has(spec.value) || tables.requestWords.has(spec.value);
    const rank = (common ? 0 : 100) + spec.value.length;
    if (rank > bestRank) {
      bestRank = rank;
      best = i;
    }
  });
  return patterns[best] ?? 0;
}

function addIgnore(tables: LanguageTables, concept: number, specs: PatternSpec[]) {
  const patterns = specs.map((spec) => patternId(tables, spec));
  const id = tables.ignores.length;
  tables.ignores.push({ concept, patterns });
  tables.ignoresByPattern[anchor(tables, specs, patterns)]?.push(id);
}

type Definition = ConceptDefinition | TargetGroupDefinition;

/** Compiles the vocabulary data into lookup tables. Throws on a malformed term, naming it. */
export function compileVocabulary(
  types: ConceptDefinition[] = supportTypes,
  groups: TargetGroupDefinition[] = targetGroups,
  abbreviationList: AbbreviationDefinition[] = abbreviations,
  lexicon: string = lexiconSv,
): Vocabulary {
  const concepts: ConceptInfo[] = [];
  const byId = new Map<string, ConceptInfo>();
  const register = (definition: Definition, kind: ConceptKind) => {
    if (byId.has(definition.id)) throw new Error(`Vocabulary id "${definition.id}" is used twice`);
    const info: ConceptInfo = {
      index: concepts.length,
      id: definition.id,
      kind,
      label: definition.label,
      short: definition.short,
      general: 'general' in definition && definition.general === true,
      rarelyOffered: 'rarelyOffered' in definition && definition.rarelyOffered === true,
      needsPresence: 'needsPresence' in definition && definition.needsPresence === true,
      ...('suggestScore' in definition && definition.suggestScore !== undefined
        ? { suggestScore: definition.suggestScore }
        : {}),
    };
    concepts.push(info);
    byId.set(info.id, info);
  };
  for (const definition of types) register(definition, 'supportType');
  for (const definition of groups) register(definition, 'targetGroup');
  for (const definition of types) {
    if (!definition.boostWithGroups) continue;
    const info = byId.get(definition.id);
    const groupIndexes = definition.boostWithGroups.groups.map((id) => {
      const group = byId.get(id);
      if (group?.kind !== 'targetGroup')
        throw new Error(`Concept "${definition.id}" boosts unknown group "${id}"`);
      return group.index;
    });
    if (info) info.boost = { groups: groupIndexes, weight: definition.boostWithGroups.weight };
  }

  const tables: Record<Language, LanguageTables> = { sv: createTables('sv'), en: createTables('en') };
  const knownWords: Record<Language, Set<string>> = { sv: new Set(), en: new Set() };
  for (const language of LANGUAGES) {
    const t = tables[language];
    for (const word of parseTermList(stopwords[language].replace(/\s+/g, ','))) t.stopwords.add(word);
    for (const word of parseTermList(stopwords.requestWords[language].replace(/\s+/g, ',')))
      t.requestWords.add(word);
    for (const word of parseTermList(stopwords.generic[language].replace(/\s+/g, ','))) {
      t.generic.add(stem(word, language));
    }
  }
  for (const definition of [...types, ...groups]) {
    const concept = byId.get(definition.id)?.index ?? -1;
    for (const language of LANGUAGES) {
      const tiers = definition[language];
      for (const tier of ['core', 'related', 'hint'] as const) {
        for (const term of parseTermList(tiers[tier])) {
          addTerm(tables[language], concept, TIER_WEIGHTS[tier], parseTerm(term, language), term);
          for (const word of tokeniseTerm(term)) knownWords[language].add(word.replace(/[*=]/g, ''));
        }
      }
      for (const term of parseTermList(definition.ignore?.[language])) {
        addIgnore(tables[language], concept, parseTerm(term, language, true));
      }
    }
  }
  for (const entry of abbreviationList) {
    for (const { id, tier } of entry.concepts) {
      const concept = byId.get(id);
      if (!concept) throw new Error(`Abbreviation "${entry.abbreviation}" points at unknown concept "${id}"`);
      const spec: PatternSpec = entry.caseSensitive
        ? { kind: 'caps', value: entry.abbreviation }
        : { kind: 'exact', value: entry.abbreviation.toLowerCase() };
      for (const language of LANGUAGES) {
        addTerm(tables[language], concept.index, TIER_WEIGHTS[tier], [spec], entry.abbreviation);
      }
    }
  }

  const lexiconWords = parseTermList(lexicon.replace(/\s+/g, ','));
  for (const word of lexiconWords) knownWords.sv.add(word);
  for (const language of LANGUAGES) {
    const t = tables[language];
    const stems = new Set<string>();
    for (const word of [...knownWords[language], ...t.stopwords, ...t.requestWords]) {
      if (/^\p{L}+$/u.test(word)) stems.add(stem(word, language));
    }
    t.typos = new TypoIndex(stems);
  }
  const decompounder = new Decompounder(
    [...knownWords.sv].filter((word) => !tables.sv.stopwords.has(word)),
    swedishDictionary(),
    tables.sv.stopwords,
  );

  return {
    concepts,
    byId,
    supportTypeCount: types.length,
    tables,
    decompounder,
    abbreviations: abbreviationList,
    fingerprint: fingerprint(JSON.stringify([types, groups, abbreviationList, lexicon, stopwords])),
  };
}

/** FNV-1a, 32 bit, as 8 hex digits: a short, stable name for a vocabulary version. */
export function fingerprint(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

/**
 * FNV-1a, 32 bit, as an unsigned number (`fingerprint` without the hex digits). The state stays a 32-bit
 * integer throughout, which keeps V8 from de-optimising the loop again and again.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

let shared: Vocabulary | undefined;

/** The vocabulary shipped in `matching/vocabulary`, compiled once per process. */
export function defaultVocabulary(): Vocabulary {
  shared ??= compileVocabulary();
  return shared;
}
