import { highlightEnd as end, highlightStart as start } from '@kraftsamling/shared';
import { describe, expect, it } from 'vitest';
import { snippet } from './search';

describe('snippet', () => {
  it('keeps a short text whole with its marks', () => {
    expect(
      snippet([
        { text: 'Vi söker ', marked: false },
        { text: 'lokaler', marked: true },
        { text: '.', marked: false },
      ]),
    ).toBe(`Vi söker ${start}lokaler${end}.`);
  });

  it('cuts a long text to the words around its first mark', () => {
    const words = Array.from({ length: 100 }, (_, i) => `ord${i}`);
    const parts = [
      { text: `${words.slice(0, 60).join(' ')} `, marked: false },
      { text: 'lokaler', marked: true },
      { text: ` ${words.slice(60).join(' ')}`, marked: false },
    ];
    const shown = snippet(parts);
    expect(shown.startsWith('… ord52 ')).toBe(true);
    expect(shown).toContain(`${start}lokaler${end}`);
    expect(shown.endsWith(' …')).toBe(true);
    expect(shown.split(/\s+/).length).toBeLessThanOrEqual(44);
  });

  it('keeps a text of 48 words whole and cuts one of 49, a mark of two words counting as one', () => {
    const text = (n: number) => [
      { text: 'visa att', marked: true },
      { text: ` ${Array.from({ length: n - 1 }, (_, i) => `ord${i}`).join('  ')}.`, marked: false },
    ];
    expect(snippet(text(48))).toBe(`${start}visa att${end} ${text(48)[1]?.text.trim()}`);
    expect(snippet(text(49)).endsWith(' …')).toBe(true);
  });

  it('counts words between any white space, as a line break or a no-break space', () => {
    const words = (n: number, between: string) =>
      Array.from({ length: n }, (_, i) => `ord${i}`).join(between);
    for (const between of ['\n', '\t', '\u00a0', ' \u2009 ']) {
      expect(snippet([{ text: words(48, between), marked: false }])).toBe(words(48, between));
      expect(snippet([{ text: words(49, between), marked: false }]).endsWith(' …')).toBe(true);
    }
  });
});
