import { describe, expect, it } from 'vitest';
import { defaultVocabulary } from '../vocabulary';

describe('Swedish compound splitting', () => {
  const { decompounder } = defaultVocabulary();

  it('splits against known words, dropping the linking s', () => {
    expect(decompounder.split('föräldraskapsstöd')).toEqual(['föräldraskap', 'stöd']);
    expect(decompounder.split('ungdomslokalen')).toEqual(['ungdom', 'lokalen']);
    expect(decompounder.split('kvällsaktiviteter')).toEqual(['kväll', 'aktiviteter']);
    expect(decompounder.split('bostadsområdet')).toEqual(['bostad', 'området']);
  });

  it('splits a compound the vocabulary does not list, keeping adjective endings on the last part', () => {
    expect(decompounder.split('suicidförebyggande')).toEqual(['suicid', 'förebyggande']);
    expect(decompounder.split('ångestpreventiva')).toEqual(['ångest', 'preventiva']);
  });

  it('leaves known words and unknown words whole', () => {
    expect(decompounder.split('lokalerna')).toBeUndefined();
    // The vocabulary knows this compound as a whole, which is more specific than its parts.
    expect(decompounder.split('motionsgrupperna')).toBeUndefined();
    expect(decompounder.split('xyzqvwkrp')).toBeUndefined();
  });
});
