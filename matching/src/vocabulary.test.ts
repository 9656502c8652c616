import { describe, expect, it } from 'vitest';
import { supportTypes } from '../vocabulary/support-types';
import { compileVocabulary, defaultVocabulary, parseTerm } from './vocabulary';

describe('vocabulary', () => {
  it('compiles, with Swedish and English terms for every support type and target group', () => {
    const vocabulary = defaultVocabulary();
    expect(vocabulary.supportTypeCount).toBe(supportTypes.length);
    for (const concept of vocabulary.concepts) {
      for (const language of ['sv', 'en'] as const) {
        const terms = vocabulary.tables[language].terms.filter((t) => t.concept === concept.index);
        expect(terms.length, `${concept.id} (${language})`).toBeGreaterThan(3);
      }
      expect(concept.label.sv).not.toBe('');
      expect(concept.label.en).not.toBe('');
    }
  });

  it('parses the term syntax', () => {
    expect(parseTerm('utvärder*', 'sv')).toEqual([{ kind: 'prefix', value: 'utvärder' }]);
    expect(parseTerm('*lokal', 'sv')).toEqual([{ kind: 'suffix', value: 'lokal' }]);
    expect(parseTerm('=trans', 'sv')).toEqual([{ kind: 'exact', value: 'trans' }]);
    expect(parseTerm('kultur på recept', 'sv').map((p) => p.kind)).toEqual(['stem', 'stem', 'stem']);
  });

  it('rejects a malformed term, naming it', () => {
    expect(() => parseTerm('*lokal*', 'sv')).toThrow(/\*lokal\*/);
    expect(() => parseTerm('a*', 'sv')).toThrow(/too short/);
    expect(() =>
      compileVocabulary([
        {
          id: 'x',
          label: { sv: 'x', en: 'x' },
          short: { sv: 'x', en: 'x' },
          sv: {},
          en: {},
          boostWithGroups: { groups: ['nobody'], weight: 1 },
        },
      ]),
    ).toThrow(/unknown group "nobody"/);
  });

  it('changes its fingerprint when a term changes', () => {
    const changed = supportTypes.map((t, i) =>
      i === 0 ? { ...t, sv: { ...t.sv, hint: `${t.sv.hint}, nyord` } } : t,
    );
    expect(compileVocabulary(changed).fingerprint).not.toBe(defaultVocabulary().fingerprint);
  });
});
