import type { ReviewItem } from '@kraftsamling/shared';

/** Review items as the API sends them (typed by the shared schema), for component tests. */
export function makeReviewItem(index: number, overrides: Partial<ReviewItem> = {}): ReviewItem {
  const n = String(index).padStart(2, '0');
  return {
    need: {
      id: `8347c134-a78e-4149-b63a-3292b9f996${n}`,
      text: `Vi behöver hjälp att utvärdera våra insatser för unga (${index}).`,
      profileId: `22f02f9f-a069-4280-813d-0cdaaf7159${n}`,
      organisation: {
        id: `ca9ee217-0eff-4f2f-88ba-a36fe65c40${n}`,
        name: `Kommun ${index}`,
        sector: 'kommun',
        county: 'Uppsala län',
      },
    },
    offer: {
      id: `aa5ab166-eec3-4f17-a362-64ed881b16${n}`,
      text: 'Vi erbjuder följeforskning och effektmätning av insatser.',
      profileId: '9840411d-4506-424c-b83c-883085741811',
      organisation: {
        id: 'bfe50943-0ddf-4dba-960c-70970ba48050',
        name: 'Mittuniversitetet',
        sector: 'akademi',
        county: 'Västernorrlands län',
      },
    },
    score: 0.9 - index / 100,
    suggested: true,
    concept: { id: 'eval', sv: 'utvärdering', en: 'evaluation' },
    goal: 'G2',
    reasons: [
      {
        kind: 'concept',
        sv: 'båda gäller utvärdering (behov: ”utvärdera”; erbjudande: ”följeforskning”)',
        en: 'both concern evaluation (need: "utvärdera"; offer: "följeforskning")',
      },
      {
        kind: 'targetGroup',
        sv: 'båda riktar sig till barn och unga',
        en: 'both are for children and young people',
      },
    ],
    decision: null,
    ...overrides,
  };
}

export const concepts = {
  items: [
    { id: 'eval', kind: 'supportType' as const, sv: 'utvärdering', en: 'evaluation' },
    {
      id: 'mhfa',
      kind: 'supportType' as const,
      sv: 'första hjälpen till psykisk hälsa',
      en: 'mental health first aid',
    },
    { id: 'youth', kind: 'targetGroup' as const, sv: 'barn och unga', en: 'children and young people' },
  ],
};
