import { targetGroups as generalGroups } from '../../vocabulary/target-groups';
import type {
  AbbreviationDefinition,
  Labels,
  Language,
  TargetGroupDefinition,
  TermTiers,
} from '../../vocabulary/types';

/**
 * A target group as a mobilisation's coordinators name it. One with the id of a group of the general language
 * adds its words to that group (whose tuned terms stay); another is a group of its own, read from its names and
 * its words.
 */
export type TargetGroupInput = {
  id: string;
  sv: string;
  en: string;
  /** Terms in the vocabulary's term syntax (see vocabulary/types.ts). */
  terms?: Partial<Record<Language, TermTiers>>;
};

/** An abbreviation of the mobilisation's field ("HKB", "SFI"), standing for one of its kinds or target groups. */
export type AbbreviationInput = {
  abbreviation: string;
  expansion: Labels;
  /** The kind or target group it names. */
  means: string;
  /** Only in capitals (for abbreviations that are also ordinary words). */
  caseSensitive?: boolean;
};

const join = (...lists: (string | undefined)[]) =>
  lists
    .map((l) => l?.trim())
    .filter(Boolean)
    .join(',');

/** A name as a term: letters, digits, spaces and hyphens, lower case ("Personer med funktionsnedsättning"). */
function nameTerm(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The field's target groups: the general language's (with the mobilisation's words added to those it names by
 * id), then the mobilisation's own groups.
 */
export function compileGroups(groups: readonly TargetGroupInput[]): TargetGroupDefinition[] {
  const own = new Map(groups.map((g) => [g.id, g]));
  const general = generalGroups.map((base): TargetGroupDefinition => {
    const extra = own.get(base.id)?.terms;
    if (!extra) return base;
    const tiers = (language: Language): TermTiers => ({
      core: join(base[language].core, extra[language]?.core),
      related: join(base[language].related, extra[language]?.related),
      hint: join(base[language].hint, extra[language]?.hint),
    });
    return { ...base, sv: tiers('sv'), en: tiers('en') };
  });
  const known = new Set(generalGroups.map((g) => g.id));
  const added = groups
    .filter((g) => !known.has(g.id))
    .map((group): TargetGroupDefinition => {
      const tiers = (language: Language): TermTiers => ({
        core: join(nameTerm(group[language]), group.terms?.[language]?.core),
        related: join(group.terms?.[language]?.related),
        hint: join(group.terms?.[language]?.hint),
      });
      return {
        id: group.id,
        label: { sv: group.sv, en: group.en },
        short: { sv: lowerFirst(group.sv), en: lowerFirst(group.en) },
        sv: tiers('sv'),
        en: tiers('en'),
      };
    });
  return [...general, ...added];
}

/** The mobilisation's abbreviations as the vocabulary's definitions: each names its kind or group surely. */
export function compileAbbreviations(list: readonly AbbreviationInput[]): AbbreviationDefinition[] {
  return list.map((a) => ({
    abbreviation: a.abbreviation,
    expansion: a.expansion,
    concepts: [{ id: a.means, tier: 'core' as const }],
    ...(a.caseSensitive ? { caseSensitive: true } : {}),
  }));
}
