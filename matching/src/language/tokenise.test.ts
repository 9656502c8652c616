import { describe, expect, it } from 'vitest';
import { tokenise, tokeniseTerm } from './tokenise';

describe('tokenise', () => {
  it('splits hyphenated words and keeps abbreviations with a genitive whole, without the genitive', () => {
    const words = tokenise('Hjälp att söka medel från EU:s socialfond för 13–18-åringar och e-hälsa.').map(
      (t) => t.surface,
    );
    expect(words).toEqual([
      'hjälp',
      'att',
      'söka',
      'medel',
      'från',
      'eu',
      'socialfond',
      'för',
      '13',
      '18',
      'åringar',
      'och',
      'e',
      'hälsa',
    ]);
  });

  it('numbers sentences and clauses', () => {
    const tokens = tokenise('Vi har lokaler. Vi söker pengar – gärna snart; tack');
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 2]);
    expect(tokens.find((t) => t.surface === 'gärna')?.clause).toBeGreaterThan(
      tokens.find((t) => t.surface === 'pengar')?.clause ?? 99,
    );
  });

  it('keeps the original spelling for abbreviations that only count in capitals', () => {
    expect(tokenise('Teamet arbetar enligt ACT.').map((t) => t.original)).toContain('ACT');
  });

  it('drops the English possessive and keeps contractions', () => {
    expect(tokenise("our foundation's grants, we'd love").map((t) => t.surface)).toEqual([
      'our',
      'foundation',
      'grants',
      "we'd",
      'love',
    ]);
  });

  it('splits vocabulary terms like texts, keeping the term-syntax markers', () => {
    expect(tokeniseTerm('mhfa-instruktör*')).toEqual(['mhfa', 'instruktör*']);
    expect(tokeniseTerm('=trans')).toEqual(['=trans']);
  });
});
