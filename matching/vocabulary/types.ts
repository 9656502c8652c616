// The schema of the field vocabulary. The vocabulary is data, kept in this folder so a domain expert can review
// it without reading the engine; `src/vocabulary.ts` compiles it once at load time and rejects malformed terms.
//
// A term list is a string of comma- or newline-separated terms. Term syntax:
//   word        matches every inflection of the word (both are stemmed the same way), also as a compound part
//   word*       matches words and compound parts starting with `word` (unstemmed): "utvärder*" ~ "utvärderingen"
//   *word       matches words whose stem ends with `word`: "*lokal" ~ "ungdomslokalen", "replokal"
//   =word       matches exactly this (lower-cased) word form and nothing else: "=trans", "=app"
//   a b c       a phrase: every part (each with the syntax above) within a few words of the others, any order
// Tiers say how much a term tells on its own: `core` names the concept ("följeforskning"), `related` points at
// it strongly but is shared with neighbours ("uppföljning"), `hint` only leans towards it ("resultat").

export type Language = 'sv' | 'en';

export type Labels = { sv: string; en: string };

export type TermTiers = {
  core?: string;
  related?: string;
  hint?: string;
};

export type ConceptDefinition = {
  id: string;
  /** Full name, as shown in filters and the review queue. */
  label: Labels;
  /** Short noun phrase used inside reasons: "båda gäller {short}". */
  short: Labels;
  sv: TermTiers;
  en: TermTiers;
  /** Word forms or phrases that look like terms of this concept but are not ("lokalt", "tolka resultaten"). */
  ignore?: { sv?: string; en?: string };
  /**
   * Something organisations ask for but peers in a mobilisation seldom offer (staff, transport, IT, specialist
   * care, …): an offer must name it clearly (a core term) before it is suggested for such a need.
   */
  rarelyOffered?: boolean;
  /**
   * Score a text needs on this concept, on either side, before a pair under it is proposed (absent: the engine's
   * default). A mobilisation whose coordinators rejected most proposals of a kind raises it for that kind.
   */
  suggestScore?: number;
  /** Help that needs presence (premises, volunteers, local activities): distance matters for its pairs. */
  needsPresence?: boolean;
  /** Concepts that only make sense for a target group get extra weight when that group is present. */
  boostWithGroups?: { groups: string[]; weight: number };
};

export type TargetGroupDefinition = {
  id: string;
  label: Labels;
  /** Phrase used inside reasons: "båda riktar sig till {short}". */
  short: Labels;
  /** True for the whole population: compatible with every other group. */
  general?: boolean;
  sv: TermTiers;
  en: TermTiers;
  ignore?: { sv?: string; en?: string };
};

export type AbbreviationDefinition = {
  abbreviation: string;
  expansion: Labels;
  /** Concept or target-group ids the abbreviation points at, with the tier it carries. */
  concepts: { id: string; tier: keyof TermTiers }[];
  /** Short abbreviations that are also ordinary words ("ACT", "SET") only count when written in capitals. */
  caseSensitive?: boolean;
};

/** A goal theme: what kind of work serves a kind of overall goal, keyed on the goal text's own words. */
export type GoalThemeDefinition = {
  id: string;
  label: Labels;
  /** Words in a goal's text that show the goal is of this kind. */
  goalTerms: { sv: TermTiers; en: TermTiers };
  /** Support-type concepts whose presence in a project points at this kind of goal, with a weight. */
  conceptAffinity: Record<string, number>;
  /** Further words in a project's text that point at this kind of goal. */
  projectTerms: { sv: TermTiers; en: TermTiers };
};
