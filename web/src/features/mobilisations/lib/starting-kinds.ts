import type { StartingKinds, SupportKind } from '@kraftsamling/shared';
import { slugify } from '../../../lib/slug';

export const kindSources = ['mental-health', 'general-core', 'mobilisation', 'scratch'] as const;
export type KindsSource = (typeof kindSources)[number];

/** A kind named while starting the mobilisation: only its names; terms come later, in the vocabulary editor. */
export type AddedKind = { key: string; id: string; sv: string; en: string };

/** What the administrator chose for the new mobilisation's kinds of support. */
export type KindsChoice = {
  from: KindsSource;
  /** The mobilisation to copy from, with `from: 'mobilisation'`. */
  mobilisationId: string;
  /** Ids of the source's kinds left out. */
  left: ReadonlySet<string>;
  added: readonly AddedKind[];
};

export const emptyKindsChoice = (): KindsChoice => ({
  from: 'mental-health',
  mobilisationId: '',
  left: new Set(),
  added: [],
});

let counter = 0;

/** A new kind from its names, or why it cannot be added: its id is made from the Swedish name. */
export function addedKind(
  names: { sv: string; en: string },
  taken: readonly { id: string }[],
): AddedKind | 'required' | 'taken' {
  const sv = names.sv.trim();
  const id = slugify(sv, 40);
  if (!sv || !id) return 'required';
  if (taken.some((k) => k.id === id)) return 'taken';
  return { key: `added-kind-${++counter}`, id, sv, en: names.en.trim() || sv };
}

/** The kinds the mobilisation starts with: the source's, less those left out, and those added. */
export function chosenKinds(choice: KindsChoice, source: readonly SupportKind[] | undefined): SupportKind[] {
  const added = choice.added.map(({ id, sv, en }) => ({ id, sv, en }));
  if (choice.from === 'scratch') return added;
  return [...(source ?? []).filter((k) => !choice.left.has(k.id)), ...added];
}

/** What the API takes: the source alone when nothing was changed, else the whole list. */
export function startingKindsInput(
  choice: KindsChoice,
  source: readonly SupportKind[] | undefined,
): StartingKinds {
  const base: StartingKinds = {
    from: choice.from,
    ...(choice.from === 'mobilisation' && choice.mobilisationId
      ? { mobilisationId: choice.mobilisationId }
      : {}),
  };
  if (choice.from !== 'scratch' && choice.left.size === 0 && choice.added.length === 0) return base;
  if (choice.from !== 'scratch' && !source) return base;
  const list = chosenKinds(choice, source);
  return choice.from === 'scratch' && list.length === 0 ? base : { ...base, list };
}
