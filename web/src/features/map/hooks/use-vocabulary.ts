import type { Locale, Mobilisation } from '@kraftsamling/shared';
import { useMemo } from 'react';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText } from '../../../lib/reference';
import { useConcepts } from '../api/get-concepts';

type Goal = Mobilisation['goals'][number];
type Concept = { id: string; kind: 'supportType' | 'targetGroup'; sv: string; en: string };

export type Vocabulary = {
  language: Locale;
  /** A concept's name in the current language; the id itself while the names load. */
  concept: (id: string) => string;
  conceptKind: (id: string) => Concept['kind'] | undefined;
  /** A goal by its code, e.g. "G2 Individer som är rustade …"; the code alone if the goal is unknown. */
  goal: (code: string) => { code: string; text: string; lang: Locale };
  goals: readonly Goal[];
  /** "a, b och c" in the current language. */
  list: (items: readonly string[]) => string;
};

// Creating an Intl formatter costs tens of milliseconds the first time; one per language is enough.
const listFormats = new Map<Locale, Intl.ListFormat>();
function listFormat(language: Locale): Intl.ListFormat {
  let format = listFormats.get(language);
  if (!format) {
    format = new Intl.ListFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
      style: 'long',
      type: 'conjunction',
    });
    listFormats.set(language, format);
  }
  return format;
}

export function makeVocabulary(
  language: Locale,
  goals: readonly Goal[],
  concepts: readonly Concept[],
): Vocabulary {
  const conceptById = new Map(concepts.map((c) => [c.id, c]));
  const goalByCode = new Map(goals.map((g) => [g.code, g]));
  return {
    language,
    concept: (id) => conceptById.get(id)?.[language] ?? id,
    conceptKind: (id) => conceptById.get(id)?.kind,
    goal: (code) => {
      const goal = goalByCode.get(code);
      return goal ? { code, ...goalText(goal, language) } : { code, text: '', lang: language };
    },
    goals,
    list: (items) => listFormat(language).format(items),
  };
}

/** Names for the concept ids and goal codes the map data carries. */
export function useVocabulary(goals: readonly Goal[] | undefined): Vocabulary {
  const language = useLanguage();
  const concepts = useConcepts().data?.items;
  return useMemo(() => makeVocabulary(language, goals ?? [], concepts ?? []), [language, goals, concepts]);
}
