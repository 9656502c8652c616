import type { Mobilisation } from '@kraftsamling/shared';
import { slugify } from '../../../lib/slug';

/** A goal as the editor holds it: `stored` goals exist in the mobilisation, so their code is fixed. */
export type GoalDraft = {
  key: string;
  code: string;
  sv: string;
  en: string;
  retired: boolean;
  stored: boolean;
};

export type MobilisationValues = {
  name: string;
  slug: string;
  description: string;
  periodStart: string;
  periodEnd: string;
  publicAccess: 'profiles' | 'none';
  /** Months an entry stays current, as typed. */
  currencyMonths: string;
  goals: GoalDraft[];
};

let counter = 0;
/** A key that stays with a goal while it moves, so focus and typing stay on the same row. */
export const goalKey = () => `goal-${++counter}`;

export function newGoal(goals: readonly GoalDraft[]): GoalDraft {
  const taken = new Set(goals.map((g) => g.code));
  let n = goals.length + 1;
  while (taken.has(`G${n}`)) n++;
  return { key: goalKey(), code: `G${n}`, sv: '', en: '', retired: false, stored: false };
}

export const emptyValues = (): MobilisationValues => ({
  name: '',
  slug: '',
  description: '',
  periodStart: '',
  periodEnd: '',
  publicAccess: 'profiles',
  currencyMonths: '12',
  goals: [newGoal([])],
});

export function valuesOf(mobilisation: Mobilisation): MobilisationValues {
  return {
    name: mobilisation.name,
    slug: mobilisation.slug,
    description: mobilisation.description,
    periodStart: mobilisation.periodStart ?? '',
    periodEnd: mobilisation.periodEnd ?? '',
    publicAccess: mobilisation.publicAccess,
    currencyMonths: String(mobilisation.currencyMonths),
    goals: mobilisation.goals.map((g) => ({ ...g, key: goalKey(), stored: true })),
  };
}

/** What the API takes: empty optional fields are "not given", not empty strings. */
export function toInput(values: MobilisationValues) {
  return {
    name: values.name,
    description: values.description,
    periodStart: values.periodStart.trim() || null,
    periodEnd: values.periodEnd.trim() || null,
    publicAccess: values.publicAccess,
    // Not a whole number stays what it is, so the shared schema says what is wrong with it.
    currencyMonths: /^\s*\d+\s*$/.test(values.currencyMonths) ? Number(values.currencyMonths) : Number.NaN,
    goals: values.goals.map(({ code, sv, en, retired }) => ({ code, sv, en, retired })),
  };
}

/** A slug proposed from a name: "Hälsa i Skåne 2027" → "halsa-i-skane-2027". */
export const slugFrom = (name: string) => slugify(name, 80);
