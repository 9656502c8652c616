/** Target groups an organisation may tag a need or offer with; matching also finds them in the text. */
export const targetGroups = [
  { id: 'allmanheten', sv: 'Allmänheten', en: 'The general public' },
  { id: 'barn-och-unga', sv: 'Barn och unga', en: 'Children and young people' },
  { id: 'vuxna', sv: 'Vuxna', en: 'Adults' },
  { id: 'aldre', sv: 'Äldre', en: 'Older people' },
  { id: 'foraldrar', sv: 'Föräldrar', en: 'Parents' },
  { id: 'anhoriga', sv: 'Anhöriga', en: 'Relatives and carers' },
  { id: 'anstallda', sv: 'Anställda', en: 'Employees' },
  { id: 'nyanlanda', sv: 'Nyanlända', en: 'Newly arrived' },
  { id: 'hbtqi', sv: 'Hbtqi-personer', en: 'LGBTQI people' },
  {
    id: 'funktionsnedsattning',
    sv: 'Personer med psykisk funktionsnedsättning',
    en: 'People with psychosocial disabilities',
  },
  { id: 'studenter', sv: 'Studenter', en: 'Students' },
] as const;

export type TargetGroupId = (typeof targetGroups)[number]['id'];
export const targetGroupIds = targetGroups.map((g) => g.id) as [TargetGroupId, ...TargetGroupId[]];
