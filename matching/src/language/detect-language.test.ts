import { readdirSync, readFileSync } from 'node:fs';
import { detectTextLanguage } from '@kraftsamling/shared/text-language';
import { describe, expect, it } from 'vitest';
import { Analyser } from '../analyse';

/** Every text organisations wrote in a profile file: goals, project titles and descriptions, needs, offers. */
function textsOf(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return ['goals', 'title', 'description', 'text'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => textsOf(v, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => textsOf(v, k));
  return [];
}

describe('the language of a text, as the web app tells it (decision 014)', () => {
  it('is the engine’s verdict for every text of the blind sets', () => {
    const analyser = new Analyser();
    // The repository's own sets, not the shared dev set beside it, which a clone elsewhere does not have.
    const fixtures = new URL('../../../tests/fixtures/', import.meta.url);
    const files = readdirSync(fixtures)
      .filter((name) => name.endsWith('.json'))
      .map((name) => new URL(name, fixtures));
    const texts = files.flatMap((file) => {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { organisations: { answers: unknown }[] };
      return data.organisations.flatMap((organisation) => textsOf(organisation.answers));
    });
    const disagreements = texts.filter(
      (text) => detectTextLanguage(text) !== analyser.analyse(text).language,
    );
    expect(texts.length).toBeGreaterThan(1000);
    expect(new Set(texts.map((text) => detectTextLanguage(text)))).toEqual(new Set(['sv', 'en']));
    expect(disagreements).toEqual([]);
  });
});
