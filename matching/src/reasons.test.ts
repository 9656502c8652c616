import { describe, expect, it } from 'vitest';
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
