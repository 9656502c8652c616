import { describe, expect, it } from 'vitest';
import { Field } from './field';
import { learnField } from './model';

const kinds = [
  { id: 'medborgardialog', sv: 'Medborgardialog', en: 'Citizen dialogue' },
  { id: 'eval', sv: 'Utvärdering och uppföljning', en: 'Evaluation and follow-up', draws: ['eval'] },
];

describe("a mobilisation's own target groups and abbreviations", () => {
  it('reads a group of its own from its name, and adds its words to a general group', () => {
    const field = Field.fromModel(
      learnField({
        kinds,
        items: [],
        targetGroups: [
          { id: 'smaforetagare', sv: 'Småföretagare', en: 'Small business owners' },
          {
            id: 'children-youth',
            sv: 'Barn och unga',
            en: 'Children',
            terms: { sv: { core: 'fritidsbank*' } },
          },
        ],
      }),
    );
    const plain = Field.fromModel(learnField({ kinds, items: [] }));
    const groups = (f: Field, text: string) => f.analyser.analyse(text).targetGroups.map((g) => g.id);
    const owners = 'Vi vill utvärdera vårt stöd till småföretagare i kommunen';
    expect(groups(field, owners)).toContain('smaforetagare');
    expect(groups(plain, owners)).not.toContain('smaforetagare');
    const bank = 'Utvärdering av fritidsbanken i vår kommun';
    expect(groups(field, bank)).toContain('children-youth');
    expect(groups(plain, bank)).not.toContain('children-youth');
    // The general groups stay as tuned.
    expect(groups(field, 'Vi vill utvärdera stödet till äldre')).toEqual(
      groups(plain, 'Vi vill utvärdera stödet till äldre'),
    );
  });

  it('reads an abbreviation as the kind it stands for, in place of the general meaning', () => {
    const plain = Field.fromModel(learnField({ kinds, items: [] }));
    const own = learnField({
      kinds,
      items: [],
      abbreviations: [
        {
          abbreviation: 'MDL',
          expansion: { sv: 'medborgardialog', en: 'citizen dialogue' },
          means: 'medborgardialog',
        },
      ],
    });
    const text = 'Vi behöver stöd att ordna en MDL i stadsdelen.';
    expect(plain.analyser.analyse(text).concepts.map((c) => c.id)).not.toContain('medborgardialog');
    expect(Field.fromModel(own).analyser.analyse(text).concepts[0]?.id).toBe('medborgardialog');
    // Its own language is part of what stored matches were ranked with.
    expect(own.fingerprint).not.toBe(plain.model.fingerprint);
  });

  it('keeps the fingerprint of a field with no language of its own', () => {
    expect(learnField({ kinds, items: [] }).fingerprint).toBe(
      learnField({ kinds, items: [], abbreviations: [] }).fingerprint,
    );
  });
});
