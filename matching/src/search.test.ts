import { describe, expect, it } from 'vitest';
import { SearchReader } from './search';

const reader = new SearchReader();
const covers = (query: string, text: string) => {
  const terms = new Set(reader.documentTerms(text));
  return reader
    .plan(query)
    .groups.map(
      (g) =>
        g.terms.some((t) => terms.has(t)) || g.prefixes.some((p) => [...terms].some((t) => t.startsWith(p))),
    );
};
const markedWords = (query: string, text: string) =>
  reader
    .mark(text, reader.plan(query))
    .filter((p) => p.marked)
    .map((p) => p.text);

describe('search by the engine’s reading', () => {
  it('finds Swedish texts with English words through the kinds of support both name', () => {
    expect(covers('evaluation', 'Vi vill ha stöd med utvärdering av vårt arbete.')).toEqual([true]);
    expect(covers('premises', 'Vi söker lokaler för våra träffar.')).toEqual([true]);
    expect(markedWords('evaluation', 'Vi vill ha stöd med utvärdering av vårt arbete.')).toEqual([
      'utvärdering',
    ]);
  });

  it('finds the compounds a word starts, and marks them', () => {
    expect(covers('självmord', 'Kunskap om självmordsrisk bland äldre')).toEqual([true]);
    expect(markedWords('självmord', 'Kunskap om självmordsrisk bland äldre')).toEqual(['självmordsrisk']);
  });

  it('makes one group per content word and none of function words', () => {
    expect(reader.plan('lokaler i Sundsvall').groups.map((g) => g.word)).toEqual(['lokaler', 'sundsvall']);
    expect(reader.plan('och i för').groups).toEqual([]);
  });

  it('does not find a text by a word it only shares with another kind', () => {
    expect(covers('premises', 'Vi erbjuder utbildning i första hjälpen för psykisk hälsa.')).toEqual([false]);
  });

  it('marks a phrase that shows a kind as one mark, and never its little words on their own', () => {
    const text = 'Vi vill visa att och hur metoden fungerar, och utvärdera den med en forskare.';
    const marks = markedWords('utvärdering', text);
    expect(marks).toContain('utvärdera');
    expect(marks.filter((m) => /^(och|att|hur|den|en)$/i.test(m))).toEqual([]);
  });

  it('marks a hit from the evidence stored with its terms as from a new reading of it', () => {
    const texts = [
      'Vi vill ha stöd med utvärdering av vårt arbete.',
      'Kunskap om självmordsrisk bland äldre',
      'Vi vill visa att och hur metoden fungerar, och utvärdera den med en forskare.',
      'Vi erbjuder utbildning i suicidprevention för personal i skolan.',
    ];
    for (const query of ['evaluation', 'utvärdering', 'självmord', 'suicide prevention training', 'äldre'])
      for (const text of texts) {
        const plan = reader.plan(query);
        expect(reader.mark(text, plan, reader.read(text).evidence)).toEqual(reader.mark(text, plan));
      }
    // The evidence is of the words as read, lower-cased, a phrase's words one space apart.
    const { evidence } = reader.read('Vi vill ha stöd med Utvärdering av vårt arbete.');
    expect(Object.values(evidence).flat()).toContain('utvärdering');
  });
});
