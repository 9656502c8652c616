import { describe, expect, it } from 'vitest';
import { kindLabels } from './field/build';
import { describeReason, type Reason } from './reasons';

describe('describeReason', () => {
  const concept: Reason = {
    kind: 'concept',
    concept: 'eval',
    needEvidence: ['utvärdera'],
    offerEvidence: ['följeforskning'],
  };

  it('says in Swedish what both concern, with the words that show it', () => {
    expect(describeReason(concept, 'sv')).toBe(
      'båda gäller utvärdering (behov: ”utvärdera”; erbjudande: ”följeforskning”)',
    );
  });

  it('says the same in English', () => {
    expect(describeReason(concept, 'en')).toBe(
      'both concern evaluation (need: "utvärdera"; offer: "följeforskning")',
    );
  });

  it("names a kind by the mobilisation's own name for it, shortened as in its field, before the template's", () => {
    const labels = kindLabels([
      { id: 'eval', sv: 'Effektmätning och följeforskning', en: 'Impact measurement, evaluation' },
      { id: 'walks', sv: 'Trygghetsvandringar', en: 'Safety walks' },
      { id: 'sip', sv: 'SIP-samordning', en: 'SIP coordination' },
    ]);
    expect(describeReason(concept, 'sv', undefined, labels)).toBe(
      'båda gäller effektmätning (behov: ”utvärdera”; erbjudande: ”följeforskning”)',
    );
    expect(describeReason(concept, 'en', undefined, labels)).toMatch(/^both concern impact measurement \(/);
    const walks: Reason = { kind: 'concept', concept: 'walks', needEvidence: [], offerEvidence: [] };
    expect(describeReason(walks, 'sv', undefined, labels)).toBe('båda gäller trygghetsvandringar');
    expect(describeReason(walks, 'en', undefined, labels)).toBe('both concern safety walks');
    const sip: Reason = { kind: 'concept', concept: 'sip', needEvidence: [], offerEvidence: [] };
    expect(describeReason(sip, 'sv', undefined, labels)).toBe('båda gäller SIP-samordning');
    // Without the mobilisation's names an unknown kind is named by its id rather than not at all.
    expect(describeReason(walks, 'sv')).toBe('båda gäller walks');
  });

  it('renders target groups, county and shared words in both languages', () => {
    expect(describeReason({ kind: 'targetGroup', group: 'children-youth' }, 'sv')).toBe(
      'båda riktar sig till barn och unga',
    );
    expect(describeReason({ kind: 'targetGroup', group: 'children-youth' }, 'en')).toBe(
      'both are for children and young people',
    );
    expect(describeReason({ kind: 'county', county: 'Västernorrlands län' }, 'sv')).toBe(
      'samma län (Västernorrlands län)',
    );
    expect(describeReason({ kind: 'county', county: 'Västernorrlands län' }, 'en')).toBe(
      'same county (Västernorrlands län)',
    );
    expect(describeReason({ kind: 'words', words: ['lokal', 'unga'] }, 'sv')).toBe(
      'gemensamma ord: lokal, unga',
    );
    expect(describeReason({ kind: 'openToAll', side: 'offer' }, 'en')).toBe('the offer is open to everyone');
    expect(
      describeReason(
        { kind: 'targetGroupMismatch', needGroups: ['elderly'], offerGroups: ['children-youth'] },
        'sv',
      ),
    ).toBe('olika målgrupper: äldre resp. barn och unga');
  });

  it('names the kind of a reason it does not know, instead of failing', () => {
    expect(describeReason({ kind: 'somethingNew' } as unknown as Reason, 'sv')).toBe('somethingNew');
  });

  it('defaults to Swedish', () => {
    expect(describeReason({ kind: 'county', county: 'Skåne län' })).toBe('samma län (Skåne län)');
  });
});

describe('where the offer is, for help that needs presence', () => {
  it('says it in Swedish and English', () => {
    expect(describeReason({ kind: 'place', nearness: 'municipality', where: 'Sundsvall' }, 'sv')).toBe(
      'samma kommun (Sundsvall)',
    );
    expect(describeReason({ kind: 'place', nearness: 'neighbour', where: 'Jämtlands län' }, 'sv')).toBe(
      'grannlän (Jämtlands län)',
    );
    expect(describeReason({ kind: 'place', nearness: 'far', where: 'Norrbottens län' }, 'en')).toBe(
      'far away (Norrbottens län)',
    );
  });
});

describe('a shared target group', () => {
  it('says what each text says of it', () => {
    expect(
      describeReason(
        { kind: 'targetGroup', group: 'children-youth', needEvidence: ['unga'], offerEvidence: ['elever'] },
        'sv',
      ),
    ).toBe('båda riktar sig till barn och unga (behov: ”unga”; erbjudande: ”elever”)');
  });
});
