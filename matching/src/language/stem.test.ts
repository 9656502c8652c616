import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it('brings Swedish inflections that Snowball leaves apart to one key', () => {
    expect(stem('stödet', 'sv')).toBe(stem('stöd', 'sv'));
    expect(stem('kurser', 'sv')).toBe(stem('kurs', 'sv'));
    expect(stem('skolan', 'sv')).toBe(stem('skola', 'sv'));
    expect(stem('programmet', 'sv')).toBe(stem('program', 'sv'));
    expect(stem('arbetet', 'sv')).toBe(stem('arbete', 'sv'));
    expect(stem('ungdomarna', 'sv')).toBe(stem('ungdomar', 'sv'));
  });

  it('keeps different Swedish words apart', () => {
    expect(stem('lokalt', 'sv')).not.toBe(stem('lokal', 'sv'));
    expect(stem('våld', 'sv')).not.toBe(stem('vård', 'sv'));
  });

  it('stems English with the English Snowball stemmer', () => {
    expect(stem('evaluation', 'en')).toBe(stem('evaluate', 'en'));
    expect(stem('volunteers', 'en')).toBe(stem('volunteer', 'en'));
  });
});
