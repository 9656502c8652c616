import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD, resolveKinds } from './build';
import { isAudience } from './names';

describe('isAudience', () => {
  it('reads a word in the language it was written in', () => {
    // Two English words read as Swedish name nobody.
    expect(isAudience('newly arrived', 'en')).toBe(true);
    expect(isAudience('older people', 'en')).toBe(true);
    expect(isAudience('nyanlända', 'sv')).toBe(true);
  });

  it('keeps a word that names a kind of help more clearly than a group', () => {
    expect(isAudience('föräldrastöd', 'sv')).toBe(false);
    expect(isAudience('volunteers', 'en')).toBe(false);
  });
});

describe('goals read as kinds', () => {
  it('draws no kind of help from whom a goal is for, in either language', () => {
    const [work] = resolveKinds(
      [
        {
          id: 'work',
          sv: 'Fler nyanlända i egen försörjning genom arbete eller studier',
          en: 'More newly arrived people supporting themselves through work or studies',
        },
      ],
      undefined,
      { ...DEFAULT_BUILD, goals: true },
    );
    expect(work?.draws).not.toContain('newcomers');
    expect(work?.draws).toContain('financial-self-sufficiency');
  });
});
