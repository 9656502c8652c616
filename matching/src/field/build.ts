import { abbreviations } from '../../vocabulary/abbreviations';
import { library } from '../../vocabulary/library';
import { targetGroups } from '../../vocabulary/target-groups';
import type { ConceptDefinition, Labels, Language, TermTiers } from '../../vocabulary/types';
import { Analyser, DEFAULT_ANALYSER_SETTINGS } from '../analyse';
import { languageVote } from '../language/detect-language';
import { stem } from '../language/stem';
import { TokenScanner } from '../language/tokenise';
import { WordTable } from '../language/word-table';
import type { KindLabels } from '../reasons';
import { compileVocabulary, defaultVocabulary, LANGUAGES, type Vocabulary } from '../vocabulary';
import type { KindDefinition } from './kinds';
import { isAudience, kindTexts, type NameTerm, nameTerms } from './names';

/** How many of a corpus's texts use each stem (compound parts included), per language. */
export type CorpusStats = { texts: number; df: Record<Language, Map<string, number>> };

/**
 * Counts word stems over texts (needs, offers): a scan and a stem per word, without the compound splitting and
 * term finding of a full analysis, since only how common a kind's own name words are is asked.
 */
export function corpusStats(texts: Iterable<string>): CorpusStats {
  const { sv, en } = defaultVocabulary().tables;
  const scanner = new TokenScanner();
  const df: CorpusStats['df'] = { sv: new Map(), en: new Map() };
  // Each word form as written, read once: the same forms recur in text after text.
  const forms = new WordTable<CorpusWord>();
  const words: CorpusWord[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const text of texts) {
    count++;
    const n = scanner.scan(text);
    let vote = 0;
    words.length = 0;
    for (let i = 0; i < n; i++) {
      let word = forms.getHashed(
        scanner.text,
        scanner.start[i] ?? 0,
        scanner.wordEnd[i] ?? 0,
        scanner.hash[i] ?? 0,
      );
      if (!word) {
        const original = scanner.original(i);
        const lower = original.toLowerCase();
        word = { lower, vote: languageVote(lower, sv.stopwords, en.stopwords), sv: undefined, en: undefined };
        forms.add(original, word);
      }
      words.push(word);
      vote += word.vote;
    }
    const language: Language = vote < 0 ? 'en' : 'sv';
    const map = df[language];
    // Each stem once per text, counted in the order the text first uses it.
    seen.clear();
    for (const word of words) {
      let s = word[language];
      if (s === undefined) {
        s = stem(word.lower, language);
        word[language] = s;
      }
      if (seen.has(s)) continue;
      seen.add(s);
      map.set(s, (map.get(s) ?? 0) + 1);
    }
  }
  return { texts: count, df };
}

/** A word form of `corpusStats`: lower-cased, its language vote, and its stem in each language once asked. */
type CorpusWord = { lower: string; vote: number; sv: string | undefined; en: string | undefined };

type Tier = keyof TermTiers;
const TIERS: Tier[] = ['core', 'related', 'hint'];

/** A kind with the library concepts it draws on and its terms, per language and tier. */
export type ResolvedKind = {
  kind: KindDefinition;
  draws: string[];
  terms: Record<Language, Record<Tier, string[]>>;
};

/**
 * The concepts a mobilisation's kinds make: each kind's own terms (its coordinators'), the terms its names give,
 * weighed by how many kinds' names share a word and how common the word is in the mobilisation's texts, and the
 * terms of the library concepts it draws on.
 */
export type BuildSettings = {
  /** Tiers of a drawn library concept's terms that a kind takes: a concept of another field brings its core. */
  drawnTiers: Tier[];
  fieldDrawnTiers: Tier[];
  /**
   * Whether the "kinds" are a mobilisation's overall goals: a goal draws on every library concept its words name
   * clearly, not only the main one ("Språk, utbildning och validering"), and whom it is for ("Fler nyanlända i
   * …") is no term of it, since most of the field's texts name the same people.
   */
  goals: boolean;
};

export const DEFAULT_BUILD: BuildSettings = {
  drawnTiers: ['core', 'related', 'hint'],
  fieldDrawnTiers: ['core', 'related', 'hint'],
  goals: false,
};

export function resolveKinds(
  kinds: KindDefinition[],
  stats?: CorpusStats,
  settings: BuildSettings = DEFAULT_BUILD,
): ResolvedKind[] {
  const template = libraryVocabulary();
  const named = kinds.map((kind) => ({
    kind,
    names: Object.fromEntries(
      LANGUAGES.map((language) => [
        language,
        kindTexts(kind, language).flatMap((text) =>
          nameTerms(text, template.tables[language], template.decompounder, settings.goals),
        ),
      ]),
    ) as Record<Language, NameTerm[]>,
  }));
  // How many kinds' names use each stem: a word in many names ("stöd", "nyanlända") tells little.
  const shared: Record<Language, Map<string, number>> = { sv: new Map(), en: new Map() };
  for (const { names } of named) {
    for (const language of LANGUAGES) {
      const stems = new Set(names[language].filter((t) => t.stems.length === 1).map((t) => t.stems[0] ?? ''));
      for (const s of stems) shared[language].set(s, (shared[language].get(s) ?? 0) + 1);
    }
  }
  const draws = chooseDraws(kinds, named, stats, settings.goals);
  return named.map(({ kind, names }, i) => {
    const terms = {
      sv: { core: [], related: [], hint: [] },
      en: { core: [], related: [], hint: [] },
    } as ResolvedKind['terms'];
    for (const language of LANGUAGES) {
      for (const tier of TIERS) terms[language][tier].push(...split(kind.terms?.[language]?.[tier]));
      for (const term of names[language]) {
        const tier = nameTier(term, shared[language], stats, language);
        if (tier) terms[language][tier].push(term.term);
      }
    }
    const chosen = draws[i] ?? [];
    for (const id of chosen) {
      const concept = library.find((c) => c.id === id);
      if (!concept) continue;
      const tiers = GENERAL_CORE.has(id) ? settings.drawnTiers : settings.fieldDrawnTiers;
      for (const language of LANGUAGES) {
        for (const tier of tiers) terms[language][tier].push(...split(concept[language][tier]));
      }
    }
    return { kind, draws: chosen, terms };
  });
}

function split(list: string | undefined): string[] {
  return (list ?? '')
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

function nameTier(
  term: NameTerm,
  shared: Map<string, number>,
  stats: CorpusStats | undefined,
  language: Language,
): Tier | undefined {
  if (term.stems.length > 1) return 'core';
  const s = term.stems[0] ?? '';
  const inNames = shared.get(s) ?? 1;
  let rank = term.role === 'segment' ? 0 : 1;
  if (inNames >= 3) rank = 2;
  else if (inNames === 2) rank += 1;
  if (stats && stats.texts > 0) {
    const share = (stats.df[language].get(s) ?? 0) / stats.texts;
    if (share > 0.35) return undefined;
    if (share > 0.15) rank += 1;
  }
  return TIERS[Math.min(rank, 2)];
}

// Kinds of help that recur in every field: any mobilisation's kind whose name names one of them draws on its
// terms. The template's other concepts are the mental-health field's own; a kind draws on one of those only when
// its name is close to the concept's label (see `chooseDraws`).
export const GENERAL_CORE = new Set([
  'eval',
  'mh-data',
  'funding',
  'premises',
  'digital',
  'campaign',
  'research',
  'interpreting',
  'volunteers',
  'implementation',
  'legal-gdpr',
  'networks',
  'staff-recruitment',
  'transport',
  'it-equipment',
  'association-admin',
  'procurement',
  'staff-training',
  'posts-and-staffing',
  'policy-decision',
]);

/**
 * The general core as a mobilisation's starting kinds: one kind per concept, named by its label and drawing on
 * it, in the order above (evaluation first). A mobilisation of another field starts from these and names its own.
 */
export function generalCoreKinds(): KindDefinition[] {
  const byId = new Map(library.map((c) => [c.id, c]));
  return [...GENERAL_CORE].flatMap((id) => {
    const concept = byId.get(id);
    return concept ? [{ id, sv: concept.label.sv, en: concept.label.en, draws: [id] }] : [];
  });
}

/**
 * Which library concepts each kind draws on, where the coordinators did not say: a concept goes to the kind
 * whose names name it most clearly (it must be the name's main concept, or nearly), and, when several kinds'
 * names name it, to the kind whose name names it first ("Lokaler, hall- och planetider" rather than "Öppen
 * fritidsverksamhet, mötesplatser …"), else to the kind whose own words the concept's label uses most ("Transporter och resor" draws on
 * transport rather than "Körkort och körkortsteori", which only mentions driving). A concept outside the general
 * core needs its label to name the kind back.
 */
function chooseDraws(
  kinds: KindDefinition[],
  named: { kind: KindDefinition; names: Record<Language, NameTerm[]> }[],
  stats: CorpusStats | undefined,
  broad = false,
): string[][] {
  const analyser = new Analyser(libraryVocabulary());
  const forward = kinds.map((kind) => {
    const scores = new Map<string, number>();
    for (const language of LANGUAGES) {
      for (const text of kindTexts(kind, language)) {
        for (const c of analyser.analyse(text).concepts) {
          // A word most of the field's texts use ("nyanlända" in an integration drive) names its setting, not
          // one kind of help.
          if (stats && c.evidence.every((e) => isCommon(e, language, stats))) continue;
          // Nor, in a goal, does the group it is for.
          if (broad && c.evidence.every((e) => isAudience(e.toLowerCase(), language))) continue;
          scores.set(c.id, Math.max(scores.get(c.id) ?? 0, c.score));
        }
      }
    }
    return scores;
  });
  // What each kind's name names first ("Lokaler" in "Lokaler, hall- och planetider"): coordinators put the kind's
  // main thing first, so a concept its first segment names clearly is the kind's own, whatever later segments of
  // other kinds' names also mention ("…, mötesplatser och mobila fritidsgårdar").
  const heads = kinds.map((kind) => {
    const named = new Set<string>();
    for (const language of LANGUAGES) {
      for (const text of kindTexts(kind, language)) {
        for (const c of analyser.analyse(firstSegment(text)).concepts) if (c.score >= 3) named.add(c.id);
      }
    }
    return named;
  });
  // The library concepts' labels read with a vocabulary of the kinds' own name words: how much each concept's
  // label names each kind back.
  const reverseAnalyser = new Analyser(compileNameVocabulary(named));
  const back = new Map<string, Map<string, number>>();
  for (const concept of library) {
    const scores = new Map<string, number>();
    for (const language of LANGUAGES) {
      for (const c of reverseAnalyser.analyse(concept.label[language]).concepts) {
        scores.set(c.id, Math.max(scores.get(c.id) ?? 0, c.score));
      }
    }
    back.set(concept.id, scores);
  }
  // A kind and a concept match as much as the kind's names name the concept and the concept's label names the
  // kind. A concept of another field must be named back (a kind's names may mention it in passing); a general
  // one need not be ("Utvärdering och lärande" is evaluation whatever the label says).
  const candidates: { kind: number; concept: string; quality: number; head: boolean }[] = [];
  kinds.forEach((kind, i) => {
    if (kind.draws) return;
    const mine: { concept: string; quality: number }[] = [];
    for (const [concept, score] of forward[i] ?? []) {
      if (score < 3) continue;
      const returned = back.get(concept)?.get(kind.id) ?? 0;
      if (!broad && !GENERAL_CORE.has(concept) && returned <= 0) continue;
      mine.push({ concept, quality: score + returned });
    }
    const best = Math.max(0, ...mine.map((m) => m.quality));
    for (const m of mine) {
      if (broad || m.quality >= settingsNear * best) {
        candidates.push({ kind: i, ...m, head: heads[i]?.has(m.concept) === true });
      }
    }
  });
  const owner = new Map<string, { kind: number; quality: number; head: boolean }>();
  // Each concept goes to the kind whose name names it first, else to the kind it matches best.
  const better = (a: { quality: number; head: boolean }, b: { quality: number; head: boolean }) =>
    a.head !== b.head ? a.head : a.quality > b.quality;
  for (const c of candidates) {
    const held = owner.get(c.concept);
    if (!held || better(c, held)) owner.set(c.concept, c);
  }
  const result: string[][] = kinds.map((kind) => (kind.draws ? [...kind.draws] : []));
  for (const concept of library) {
    const held = owner.get(concept.id);
    if (held) result[held.kind]?.push(concept.id);
  }
  return result;
}

// A kind draws on every concept that matches it nearly as well as its best (its names may list two kinds of
// help: "Anhörigstöd och psykoedukation").
const settingsNear = 0.75;

const COMMON_SHARE = 0.25;

function isCommon(snippet: string, language: Language, stats: CorpusStats): boolean {
  const words = snippet
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.every((w) => (stats.df[language].get(stem(w, language)) ?? 0) / stats.texts > COMMON_SHARE)
  );
}

function compileNameVocabulary(
  named: { kind: KindDefinition; names: Record<Language, NameTerm[]> }[],
): Vocabulary {
  return compileVocabulary(
    named.map(({ kind, names }) => ({
      id: kind.id,
      label: { sv: kind.sv, en: kind.en },
      short: { sv: kind.sv, en: kind.en },
      sv: { core: names.sv.map((t) => t.term).join(',') },
      en: { core: names.en.map((t) => t.term).join(',') },
    })),
    [],
    [],
  );
}

// The library reading is only ever compared, never shown: no evidence words. A compound is read for its head
// too where a library term matches only its modifier ("aktivitetsbidraget" is a grant, whatever "aktivitet*"
// names; decision 079).
const SENSE_SETTINGS = { ...DEFAULT_ANALYSER_SETTINGS, evidence: false, compoundHeads: true };

/** An analyser that reads texts with the whole library, as a field's pairs compare them (decision 050). */
export function libraryReader(): Analyser {
  return new Analyser(libraryVocabulary(), SENSE_SETTINGS);
}

let compiledLibrary: Vocabulary | undefined;

/** The whole library compiled as one vocabulary, to read kinds' names with. */
export function libraryVocabulary(): Vocabulary {
  compiledLibrary ??= compileVocabulary(library, targetGroups, abbreviations);
  return compiledLibrary;
}

/** A name's first segment: "Lokaler, hall- och planetider" → "Lokaler". */
function firstSegment(name: string): string {
  return name.split(/[,;:(–—]|\s-\s|\s(?:och|samt|and|&)\s/u)[0]?.trim() || name;
}

/** The first thing a name names, as used inside reasons: "Utvärdering, följeforskning …" → "utvärdering". */
export function shortName(name: string): string {
  const first = name.split(/[,;:(–—]|\s-\s|\s(?:och|samt|and|&)\s/u)[0]?.trim() ?? name;
  const text = first || name;
  return /^[A-ZÅÄÖ]{2}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A mobilisation's kinds' names as its field's reasons say them: the first thing each name names. */
export function kindLabels(kinds: readonly { id: string; sv: string; en: string }[]): KindLabels {
  return new Map(kinds.map((k) => [k.id, { sv: shortName(k.sv), en: shortName(k.en) }]));
}

/** The concept definitions a field's vocabulary is compiled from. */
export function kindConcepts(resolved: ResolvedKind[]): ConceptDefinition[] {
  return resolved.map(({ kind, draws, terms }) => {
    const tiers = (language: Language): TermTiers => ({
      core: unique(terms[language].core).join(','),
      related: unique(terms[language].related).join(','),
      hint: unique(terms[language].hint).join(','),
    });
    const drawn = draws.map((id) => library.find((c) => c.id === id)).filter((c) => c !== undefined);
    const ignore: Labels = {
      sv: [kind.ignore?.sv, ...drawn.map((c) => c.ignore?.sv)].filter(Boolean).join(','),
      en: [kind.ignore?.en, ...drawn.map((c) => c.ignore?.en)].filter(Boolean).join(','),
    };
    return {
      id: kind.id,
      label: { sv: kind.sv, en: kind.en },
      short: { sv: shortName(kind.sv), en: shortName(kind.en) },
      sv: tiers('sv'),
      en: tiers('en'),
      ignore,
      rarelyOffered: drawn.length > 0 && drawn.every((c) => c.rarelyOffered === true),
      needsPresence: kind.needsPresence ?? drawn.some((c) => c.needsPresence === true),
    };
  });
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
