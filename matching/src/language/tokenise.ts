export type Token = {
  /** Lower-cased word form. */
  surface: string;
  /** The word as written, for abbreviations that only count in capitals. */
  original: string;
  position: number;
  sentence: number;
  /** Where the word starts and ends in the text, for showing evidence. */
  start: number;
  end: number;
};

// Letters and digits, with an inner colon or apostrophe kept so "EU:s", "SIP:ar" and "we'd" stay one word.
const WORD = /[\p{L}\p{N}]+(?:[:'’][\p{L}]+)?/gu;
const SENTENCE_END = /[.!?;]\s|\n|[.!?]$/;

/** Splits a text into words, numbering sentences. Hyphenated words become separate tokens ("e-hälsa"). */
export function tokenise(text: string): Token[] {
  const normalised = text.normalize('NFC');
  const tokens: Token[] = [];
  let sentence = 0;
  let last = 0;
  for (const match of normalised.matchAll(WORD)) {
    const start = match.index;
    if (tokens.length > 0 && SENTENCE_END.test(normalised.slice(last, start))) sentence++;
    const original = stripClitic(match[0]);
    tokens.push({
      surface: original.toLowerCase(),
      original,
      position: tokens.length,
      sentence,
      start,
      end: start + match[0].length,
    });
    last = start + match[0].length;
  }
  return tokens;
}

// Swedish genitive after an abbreviation ("EU:s", "BUP:s") and English possessive ("foundation's") add nothing.
function stripClitic(word: string): string {
  const colon = word.search(/[:]/);
  if (colon > 0) return word.slice(0, colon);
  return word.replace(/['’]s$/i, '');
}

/** Splits a vocabulary term the way texts are split, keeping the `*` and `=` markers of the term syntax. */
export function tokeniseTerm(term: string): string[] {
  return term
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s\-–—/,.;()"]+/u)
    .map((part) => stripClitic(part))
    .filter((part) => part.length > 0 && part !== '*' && part !== '=');
}
