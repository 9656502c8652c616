import { describe, expect, it } from 'vitest';
import { Field } from './field/field';
import { learnField } from './field/model';
import { goalKindsOf } from './goals';

describe('goalKindsOf', () => {
  const field = Field.fromModel(
    learnField({
      kinds: [
        {
          id: 'work-placement',
          sv: 'Praktikplatser och arbetsplatsintroduktion',
          en: 'Work placements and workplace introduction',
        },
        {
          id: 'youth-leisure',
          sv: 'Fritids- och idrottsaktiviteter för nyanlända barn och unga',
          en: 'Leisure and sports activities for newly arrived children and young people',
        },
      ],
      items: [],
    }),
  );

  it('counts a kind that only one language of a goal names by half, a kind both name fully', () => {
    const kinds = goalKindsOf(
      [
        {
          id: 'work',
          sv: 'Fler i egen försörjning genom arbete',
          en: 'More people supporting themselves through work',
        },
        {
          id: 'leisure',
          sv: 'Fritid och idrott för barn och unga',
          en: 'Leisure and sports for children and young people',
        },
      ],
      field,
    );
    const [work = 0, leisure = 0] = kinds.get('youth-leisure') ?? [];
    expect(leisure).toBeGreaterThan(0.5);
    // "people" alone reads as the leisure kind's young people: by half, and then sharpened against the leisure goal.
    expect(work).toBeLessThan(0.15 * leisure);
  });
});
