export type Token = {
  /** Lower-cased word form. */
  surface: string;
  /** The word as written, for abbreviations that only count in capitals. */
  original: string;
  position: number;
  sentence: number;
  /** Clause number: a new clause starts at each sentence and at ; : – — ( ) between words. */
  clause: number;
  /** Where the word starts and ends in the text, for showing evidence. */
  start: number;
  end: number;
};

const LETTER = /\p{L}|\p{N}/u;

/** Letters and digits of any script; ASCII and Latin-1 are decided without a regular expression. */
function isWordChar(code: number, char: string): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 192 && code <= 255) return code !== 215 && code !== 247;
  return LETTER.test(char);
}

/**
 * Splits a text into words, numbering sentences and clauses. Hyphenated words become separate tokens
 * ("e-hälsa"); an inner colon or apostrophe keeps a word whole ("EU:s", "we'd"), and the Swedish genitive after
 * an abbreviation ("EU:s", "BUP:s") or the English possessive ("foundation's") is dropped. A hand-written scan:
 * this runs for every word of every profile.
 */
export function tokenise(text: string): Token[] {
  const normalised = text.normalize('NFC');
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let last = 0;
  const length = normalised.length;
  let i = 0;
  while (i < length) {
    if (!isWordChar(normalised.charCodeAt(i), normalised[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    let cut = -1;
    while (i < length) {
      const code = normalised.charCodeAt(i);
      if (isWordChar(code, normalised[i] ?? '')) {
        i++;
        continue;
      }
      // ":" or an apostrophe followed by a letter joins the word ("EU:s", "we'd").
      const next = normalised.charCodeAt(i + 1);
      if (
        (code === 58 || code === 39 || code === 8217) &&
        cut < 0 &&
        i + 1 < length &&
        isWordChar(next, normalised[i + 1] ?? '')
      ) {
        cut = i;
        i++;
        continue;
      }
      break;
    }
    if (tokens.length > 0) {
      const gap = breakBetween(normalised, last, start);
      if (gap === 2) sentence++;
      if (gap > 0) clause++;
    }
    let original = normalised.slice(start, i);
    if (cut >= 0) original = clitic(original, cut - start);
    tokens.push({
      surface: original.toLowerCase(),
      original,
      position: tokens.length,
      sentence,
      clause,
      start,
      end: i,
    });
    last = i;
  }
  return tokens;
}

/** "EU:s" → "EU", "foundation's" → "foundation", "we'd" stays. */
function clitic(word: string, at: number): string {
  if (word[at] === ':') return word.slice(0, at);
  const rest = word.slice(at + 1).toLowerCase();
  return rest === 's' ? word.slice(0, at) : word;
}

/**
 * What separates two words: 2 for a sentence end (". ", "!", "?", "; " or a line break), 1 for a clause break
 * (":", a dash between spaces, "–", "—", brackets), 0 for nothing. A scan of the few characters between them,
 * cheaper than slicing and matching a pattern for every word.
 */
function breakBetween(text: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') return 2;
    if (c === '.' || c === '!' || c === '?' || c === ';') {
      const next = text[i + 1];
      if (next === undefined || next === ' ' || next === '\n' || next === '\t') return 2;
    } else if (c === ':' || c === '–' || c === '—' || c === '(' || c === ')') result = 1;
    else if (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ') result = 1;
  }
  return result;
}

/** Splits a vocabulary term the way texts are split, keeping the `*` and `=` markers of the term syntax. */
export function tokeniseTerm(term: string): string[] {
  return term
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\-–—/,.;()"]+/u)
    .map((part) => {
      const at = part.search(/[:'’]/);
      return at > 0 ? clitic(part, at) : part;
    })
    .filter((part) => part.length > 0 && part !== '*' && part !== '=');
}
