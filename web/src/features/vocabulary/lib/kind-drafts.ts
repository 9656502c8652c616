import type { SupportKind, SupportKindInput } from '@kraftsamling/shared';
import { slugify } from '../../../lib/slug';

export const tiers = ['core', 'related', 'hint'] as const;
export const languages = ['sv', 'en'] as const;
type Tier = (typeof tiers)[number];
type Language = (typeof languages)[number];

/**
 * A kind as the editor holds it: terms as text, one per line, so a coordinator never meets the list syntax.
 * `stored` kinds keep their id (tags, matches and learnt terms refer to it); `draws` is kept as it was.
 */
export type KindDraft = {
  key: string;
  stored: boolean;
  id: string;
  sv: string;
  en: string;
  description: Record<Language, string>;
  needsPresence: boolean;
  /** Whether the kind said anything about presence: one that did not is saved as it was (the template's). */
  presenceGiven: boolean;
  terms: Record<Language, Record<Tier, string>>;
  draws: string[] | undefined;
};

let counter = 0;
const nextKey = () => `kind-${++counter}`;

const emptyTerms = (): KindDraft['terms'] => ({
  sv: { core: '', related: '', hint: '' },
  en: { core: '', related: '', hint: '' },
});

export function draftOf(kind: SupportKind): KindDraft {
  const terms = emptyTerms();
  for (const language of languages)
    for (const tier of tiers) terms[language][tier] = (kind.terms?.[language]?.[tier] ?? []).join('\n');
  return {
    key: nextKey(),
    stored: true,
    id: kind.id,
    sv: kind.sv,
    en: kind.en,
    description: { sv: kind.description?.sv ?? '', en: kind.description?.en ?? '' },
    needsPresence: kind.needsPresence ?? false,
    presenceGiven: kind.needsPresence !== undefined,
    terms,
    draws: kind.draws,
  };
}

export function newKind(): KindDraft {
  return {
    key: nextKey(),
    stored: false,
    id: '',
    sv: '',
    en: '',
    description: { sv: '', en: '' },
    needsPresence: false,
    presenceGiven: false,
    terms: emptyTerms(),
    draws: undefined,
  };
}

const lines = (text: string) =>
  text
    .split(/[\n,]+/)
    .map((t) => t.trim())
    .filter(Boolean);

/** An id from a new kind's Swedish name: "Trygghetsvandringar" → "trygghetsvandringar". */
export const idFrom = (name: string) => slugify(name, 40);

/** The kinds as the API takes them. */
export function toKinds(drafts: readonly KindDraft[]): SupportKindInput[] {
  return drafts.map((d) => {
    const terms = Object.fromEntries(
      languages.map((language) => [
        language,
        {
          core: lines(d.terms[language].core),
          related: lines(d.terms[language].related),
          hint: lines(d.terms[language].hint),
        },
      ]),
    );
    return {
      id: d.stored ? d.id : d.id || idFrom(d.sv),
      sv: d.sv,
      en: d.en,
      ...(d.description.sv || d.description.en ? { description: d.description } : {}),
      terms,
      ...(d.presenceGiven || d.needsPresence ? { needsPresence: d.needsPresence } : {}),
      ...(d.draws ? { draws: d.draws } : {}),
    };
  });
}
