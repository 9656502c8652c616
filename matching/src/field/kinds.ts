import type { Labels, Language, TermTiers } from '../../vocabulary/types';

/**
 * A kind of support as a mobilisation's coordinators define it. Only the id and the two names are required: the
 * engine reads the rest from the names, the general core and what the mobilisation teaches it.
 */
export type KindDefinition = {
  id: string;
  sv: string;
  en: string;
  description?: Partial<Labels>;
  /** Terms the coordinators wrote, in the vocabulary's term syntax (see vocabulary/types.ts). */
  terms?: Partial<Record<Language, TermTiers>>;
  /** Word forms or phrases that look like this kind's terms but are not. */
  ignore?: Partial<Labels>;
  /** Help that needs presence (premises, volunteers, local activities): distance matters. */
  needsPresence?: boolean;
  /**
   * Concepts of the library (the general core and the templates) whose terms this kind draws on. Absent: the
   * engine chooses them from the names; an empty list: none.
   */
  draws?: string[];
};
