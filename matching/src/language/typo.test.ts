import { describe, expect, it } from 'vitest';
import { TypoIndex, withinOneEdit } from './typo';

describe('typo tolerance', () => {
  const index = new TypoIndex(['ungdom', 'utvärdering', 'löpning', 'academ', 'acceptabel']);

  it('finds a known word one doubled letter away', () => {
    expect(index.correct('ungdomm')).toBe('ungdom');
  });

  it('finds a known word one missing letter or one swapped pair away', () => {
    expect(index.correct('utvärdring')).toBe('utvärdering');
    expect(index.correct('utvärdeirng')).toBe('utvärdering');
    expect(index.correct('aceptabel')).toBe('acceptabel');
  });

  it('accepts a vowel for a vowel, as in "acedem"', () => {
    expect(index.correct('acedem')).toBe('academ');
  });

  it('does not turn one real word into another by an unlikely substitution', () => {
    expect(withinOneEdit('lösning', 'löpning')).toBe(false);
    expect(withinOneEdit('ibland', 'bland')).toBe(false);
    expect(withinOneEdit('xutvärdering', 'utvärdering')).toBe(false);
    expect(index.correct('lösning')).toBeUndefined();
  });

  it('leaves short words alone', () => {
    expect(index.correct('ungd')).toBeUndefined();
  });
});
