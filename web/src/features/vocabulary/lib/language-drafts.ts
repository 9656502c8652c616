import {
  targetGroups as generalGroups,
  type KindAbbreviation,
  type KindTargetGroup,
  type TermTiers,
} from '@kraftsamling/shared';
import { idFrom, languages } from './kind-drafts';

type Language = (typeof languages)[number];

/**
 * A target group as the editor holds it: its names and its words, one per line per language (the words that show
 * it surely). Words of the other tiers, if the API has any, are kept as they were. `general`: a group the engine
 * already knows words for, which the mobilisation can rename and add words to.
 */
export type GroupDraft = {
  key: string;
  stored: boolean;
  id: string;
  sv: string;
  en: string;
  words: Record<Language, string>;
  kept: Partial<Record<Language, Omit<TermTiers, 'core'>>>;
  general: boolean;
};

/** An abbreviation as the editor holds it: what it stands for, and the kind or target group it names. */
export type AbbreviationDraft = {
  key: string;
  abbreviation: string;
  sv: string;
  en: string;
  means: string;
  caseSensitive: boolean;
};

let counter = 0;
const nextKey = (prefix: string) => `${prefix}-${++counter}`;
const generalIds = new Set<string>(generalGroups.map((g) => g.id));

export function groupDraftOf(group: KindTargetGroup): GroupDraft {
  const words = { sv: '', en: '' };
  const kept: GroupDraft['kept'] = {};
  for (const language of languages) {
    const tiers = group.terms?.[language];
    words[language] = (tiers?.core ?? []).join('\n');
    if (tiers && (tiers.related.length > 0 || tiers.hint.length > 0))
      kept[language] = { related: tiers.related, hint: tiers.hint };
  }
  return {
    key: nextKey('group'),
    stored: true,
    id: group.id,
    sv: group.sv,
    en: group.en,
    words,
    kept,
    general: generalIds.has(group.id),
  };
}

export const newGroup = (): GroupDraft => ({
  key: nextKey('group'),
  stored: false,
  id: '',
  sv: '',
  en: '',
  words: { sv: '', en: '' },
  kept: {},
  general: false,
});

export function abbreviationDraftOf(a: KindAbbreviation): AbbreviationDraft {
  return {
    key: nextKey('abbreviation'),
    abbreviation: a.abbreviation,
    sv: a.expansion.sv,
    en: a.expansion.en,
    means: a.means,
    caseSensitive: a.caseSensitive,
  };
}

export const newAbbreviation = (): AbbreviationDraft => ({
  key: nextKey('abbreviation'),
  abbreviation: '',
  sv: '',
  en: '',
  means: '',
  caseSensitive: false,
});

const lines = (text: string) =>
  text
    .split(/[\n,]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/** An id from a new group's Swedish name: "Nyanlända" → "nyanlanda". */
export function toGroups(drafts: readonly GroupDraft[]) {
  return drafts.map((d) => {
    const terms = Object.fromEntries(
      languages.flatMap((language) => {
        const core = lines(d.words[language]);
        const kept = d.kept[language];
        return core.length > 0 || kept
          ? [[language, { core, related: kept?.related ?? [], hint: kept?.hint ?? [] }]]
          : [];
      }),
    );
    return {
      id: d.stored ? d.id : d.id || idFrom(d.sv),
      sv: d.sv,
      en: d.en,
      ...(Object.keys(terms).length > 0 ? { terms } : {}),
    };
  });
}

export function toAbbreviations(drafts: readonly AbbreviationDraft[]) {
  return drafts.map((d) => ({
    abbreviation: d.abbreviation,
    expansion: { sv: d.sv, en: d.en },
    means: d.means,
    caseSensitive: d.caseSensitive,
  }));
}
