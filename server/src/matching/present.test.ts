import { kindLabels, type Reason } from '@kraftsamling/matching';
import { describe, expect, it } from 'vitest';
import { presentReasons, presentStoredReasons } from './present';

const reasons: Reason[] = [
  { kind: 'concept', concept: 'eval', needEvidence: ['utvärdera'], offerEvidence: ['följeforskning'] },
  { kind: 'targetGroup', group: 'children-youth' },
];
const text = JSON.stringify(reasons);

describe('presentStoredReasons', () => {
  it('phrases stored reasons as presentReasons does, and the same text a second time without phrasing it again', () => {
    const first = presentStoredReasons(text);
    expect(first).toEqual(presentReasons(reasons));
    expect(first[0]?.sv).toBe('båda gäller utvärdering (behov: ”utvärdera”; erbjudande: ”följeforskning”)');
    expect(presentStoredReasons(text)).toBe(first);
  });

  it("phrases the same text again with a mobilisation's own names for its kinds", () => {
    const labels = kindLabels([
      { id: 'eval', sv: 'Effektmätning och följeforskning', en: 'Impact measurement' },
    ]);
    const own = presentStoredReasons(text, labels);
    expect(own[0]?.sv).toBe('båda gäller effektmätning (behov: ”utvärdera”; erbjudande: ”följeforskning”)');
    expect(presentStoredReasons(text)[0]?.sv).toMatch(/^båda gäller utvärdering/);
    expect(presentStoredReasons(text, labels)).toBe(own);
  });

  it('gives no reasons for none stored', () => {
    expect(presentStoredReasons(null)).toEqual([]);
    expect(presentStoredReasons('[]')).toEqual([]);
  });
});
