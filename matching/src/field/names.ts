import type { Language } from '../../vocabulary/types';
import { Analyser } from '../analyse';
import type { Decompounder } from '../language/decompound';
import { stem } from '../language/stem';
import { defaultVocabulary, type LanguageTables } from '../vocabulary';
import type { KindDefinition } from './kinds';

/**
 * A kind's name read as terms: "Boendeskola och stöd att söka och behålla bostad" names boendeskola, stöd, söka,
 * behålla, bostad, and the phrases "stöd söka" and "behålla bostad". Each term keeps its stem, so the field can
 * weigh it by how many kinds' names and how many texts use it.
 */
export type NameTerm = {
  /** In the vocabulary's term syntax. */
  term: string;
  /**
   * What the term is in the name: the whole of a segment ("Körkort"), one word of a longer segment
   * ("deltagande" in "deltagande i studier"), or a part of a compound word ("idrott" in "idrottsaktiviteter").
   */
  role: 'segment' | 'word' | 'part';
  /** Stems of its words (one for a single word). */
  stems: string[];
  /** The words as written in the name. */
  words: string[];
};

// Where a kind's name changes from one thing to the next: "A, B och C", "A: B", "A (B)", "A – B", "A/B".
const SEGMENT_BREAK = /[,;:()/–—]|\s-\s|\s(?:och|samt|eller|and|or|plus|&|inkl|inklusive|including)\s/iu;
// Abbreviations written in capitals in a name ("SFI", "ESF+", "GDPR") are terms of their own, as written.
const ABBREVIATION = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9+]{1,7}$/u;
// What follows says whom the help is for ("Föräldrastöd för nyanlända föräldrar"), not what it is.
const AUDIENCE = new Set(['för', 'till', 'åt', 'for', 'to']);

/** The terms one name (or description) of a kind gives in one language. */
export function nameTerms(
  text: string,
  tables: LanguageTables,
  decompounder?: Decompounder,
  skipAudience = false,
): NameTerm[] {
  const terms: NameTerm[] = [];
  const seen = new Set<string>();
  const add = (term: NameTerm) => {
    if (seen.has(term.term)) return;
    seen.add(term.term);
    terms.push(term);
  };
  // "t.ex." and "e.g." introduce examples, which are terms like the rest.
  const cleaned = text.normalize('NFC').replace(/\b(t\.\s?ex\.|e\.\s?g\.|bl\.\s?a\.|i\.\s?e\.)/giu, ',');
  for (const segment of cleaned.split(SEGMENT_BREAK)) {
    const content: { word: string; stem: string; term: string }[] = [];
    for (const raw of segment.split(/[\s"'’.]+/u)) {
      // "Fritids- och idrottsaktiviteter": the first word's hyphen stands for the shared head.
      const original = raw.replace(/^-+|-+$/gu, '');
      if (!original) continue;
      if (AUDIENCE.has(original.toLowerCase()) && content.length > 0) break;
      if (ABBREVIATION.test(original)) {
        const exact = `=${original.toLowerCase()}`;
        content.push({ word: original, stem: original.toLowerCase(), term: exact });
        continue;
      }
      for (const part of original.toLowerCase().split('-')) {
        if (!isContentWord(part, tables)) continue;
        content.push({ word: part, stem: stem(part, tables.language), term: part });
      }
    }
    const role = content.length === 1 ? 'segment' : 'word';
    for (const word of content) {
      // Whom a goal is for ("nyanlända", "äldre", "barn") is read separately, as target groups.
      if (skipAudience && isAudience(word.word, tables.language)) continue;
      add({ term: word.term, role, stems: [word.stem], words: [word.word] });
      for (const part of (tables.language === 'sv' && decompounder?.split(word.word)) || []) {
        if (isContentWord(part, tables))
          add({ term: part, role: 'part', stems: [stem(part, 'sv')], words: [part] });
      }
    }
    if (content.length >= 2 && content.length <= 4) {
      add({
        role: 'segment',
        term: content.map((w) => w.term).join(' '),
        stems: content.map((w) => w.stem),
        words: content.map((w) => w.word),
      });
    }
  }
  return terms;
}

let audience: Analyser | undefined;

/**
 * A word that names a target group clearly and no kind of help more clearly ("nyanlända", "newly arrived",
 * "barn", "äldre"; not "föräldrastöd"). Read in the language it was written in: a word or two
 * says too little about its language, and "newly arrived" read as Swedish names nobody. A word that names a group
 * and a kind of help as clearly ("newly arrived": the newcomers' kind of help has it as a core term, as Swedish
 * has "nyanlända" only as a related one) is whom a goal is for: every project of such a field names them.
 */
export function isAudience(word: string, language: Language): boolean {
  audience ??= new Analyser(defaultVocabulary());
  const analysis = audience.analyseAs(word, language);
  const group = analysis.targetGroups[0]?.score ?? 0;
  return group >= 3 && (analysis.concepts[0]?.score ?? 0) <= group;
}

function isContentWord(word: string, tables: LanguageTables): boolean {
  return (
    word.length >= 2 &&
    /^\p{L}[\p{L}\p{N}+]*$/u.test(word) &&
    !tables.stopwords.has(word) &&
    !tables.requestWords.has(word)
  );
}

/** The texts that name a kind in one language: its name and description. */
export function kindTexts(kind: KindDefinition, language: Language): string[] {
  return [kind[language], kind.description?.[language]].filter((t): t is string => Boolean(t?.trim()));
}
