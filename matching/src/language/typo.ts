const MIN_LENGTH = 6;

/**
 * Finds a known word one edit away (insertion, deletion, substitution or swap of neighbours) from an unknown
 * one, so "ungdommarna" and "oaceptabla" still reach the vocabulary. It indexes every known word under itself
 * and each of its one-letter deletions (the symmetric-delete method), so a lookup costs a few dozen map reads
 * instead of a scan of the vocabulary.
 */
export class TypoIndex {
  private readonly byDeletion = new Map<string, string[]>();
  private readonly known = new Set<string>();

  constructor(words: Iterable<string>) {
    for (const word of words) {
      if (word.length < MIN_LENGTH - 1 || this.known.has(word)) continue;
      this.known.add(word);
      for (const key of [word, ...deletions(word)]) {
        const list = this.byDeletion.get(key);
        if (list) list.push(word);
        else this.byDeletion.set(key, [word]);
      }
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** A known word at edit distance 1, or undefined. Ties go to the alphabetically first, for determinism. */
  correct(word: string): string | undefined {
    if (word.length < MIN_LENGTH || this.known.has(word)) return undefined;
    let best: string | undefined;
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of this.byDeletion.get(key) ?? []) {
        if (candidate === word || !withinOneEdit(word, candidate)) continue;
        if (best === undefined || candidate < best) best = candidate;
      }
    }
    return best;
  }
}

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Optimal-string-alignment distance ≤ 1, without building the full matrix. A substitution only counts when it
 * is a likely slip — a vowel for a vowel ("acedemic") or a neighbouring key — because a free substitution turns
 * real words into other real words ("lösning" → "löpning").
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  // People rarely mistype a word's first letter, while a real word one letter from another at its start is
  // common ("ibland"/"bland", "trådlös"/"rådlös").
  if (i === 0) return false;
  if (la === lb) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (a.slice(i + 1) === b.slice(i + 1)) return plausibleSubstitution(x, y);
    return x === b[i + 1] && a[i + 1] === y && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const VOWELS = new Set('aeiouyåäö');
// Rows of a Swedish keyboard, for "neighbouring key".
const ROWS = ['qwertyuiopå', 'asdfghjklöä', 'zxcvbnm'];
const KEY_POSITION = new Map<string, [number, number]>();
ROWS.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) KEY_POSITION.set(row[c] ?? '', [r, c]);
});

function plausibleSubstitution(x: string, y: string): boolean {
  if (VOWELS.has(x) && VOWELS.has(y)) return true;
  const p = KEY_POSITION.get(x);
  const q = KEY_POSITION.get(y);
  return p !== undefined && q !== undefined && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}
