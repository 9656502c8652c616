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
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 192 && code <= 255) return code !== 215 && code !== 247;
  return LETTER.test(text[at] ?? '');
}

/**
 * Splits a text into words, numbering sentences and clauses. Hyphenated words become separate tokens
 * ("e-hälsa"); an inner colon or apostrophe keeps a word whole ("EU:s", "we'd"), and the Swedish genitive after
 * an abbreviation ("EU:s", "BUP:s") or the English possessive ("foundation's") is dropped.
 */
export function tokenise(text: string): Token[] {
  const scan = sharedScanner;
  const count = scan.scan(text);
  const tokens: Token[] = [];
  for (let i = 0; i < count; i++) {
    const original = scan.original(i);
    tokens.push({
      surface: original.toLowerCase(),
      original,
      position: i,
      sentence: scan.sentence[i] ?? 0,
      clause: scan.clause[i] ?? 0,
      start: scan.start[i] ?? 0,
      end: scan.end[i] ?? 0,
    });
  }
  return tokens;
}

/**
 * The scan behind `tokenise`, writing into arrays it reuses from text to text instead of one object per word:
 * the analyser runs it for every word of every profile. Word `i` as written (genitive dropped) is
 * `text.slice(start[i], wordEnd[i])`, where `text` is the NFC-normalised text; `end[i]` is where the word
 * ends in it, genitive included.
 */
export class TokenScanner {
  count = 0;
  text = '';
  sentence = new Int32Array(64);
  clause = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  wordEnd = new Int32Array(64);

  /**
   * Per word: FNV-1a of its code units as written (`start` to `wordEnd`), the hash `WordTable` uses, computed
   * during the scan so a word is looked up without reading it twice.
   */
  hash = new Int32Array(64);

  /** Scans a text; returns the number of words. Valid until the next call. */
  scan(text: string): number {
    // Most texts are in NFC already, which the scan itself can tell (see `mayChange`): normalising is then
    // left out.
    const count = this.scanText(text, true);
    return count >= 0 ? count : this.scanText(text.normalize('NFC'), false);
  }

  /** The scan of a normalised text; with `check`, -1 as soon as a character shows it may not be normalised. */
  private scanText(normalised: string, check: boolean): number {
    this.text = normalised;
    let count = 0;
    let sentence = 0;
    let clause = 0;
    let last = 0;
    const length = normalised.length;
    let i = 0;
    while (i < length) {
      const first = normalised.charCodeAt(i);
      if (check && mayChange(first)) return -1;
      if (!isWordChar(first, normalised, i)) {
        i++;
        continue;
      }
      const start = i;
      let cut = -1;
      let hash = FNV_OFFSET;
      let hashAtCut = 0;
      while (i < length) {
        const code = normalised.charCodeAt(i);
        if (check && mayChange(code)) return -1;
        if (isWordChar(code, normalised, i)) {
          hash = Math.imul(hash ^ code, FNV_PRIME);
          i++;
          continue;
        }
        // ":" or an apostrophe followed by a letter joins the word ("EU:s", "we'd").
        if (
          (code === 58 || code === 39 || code === 8217) &&
          cut < 0 &&
          i + 1 < length &&
          isWordChar(normalised.charCodeAt(i + 1), normalised, i + 1)
        ) {
          cut = i;
          hashAtCut = hash;
          hash = Math.imul(hash ^ code, FNV_PRIME);
          i++;
          continue;
        }
        break;
      }
      if (count > 0) {
        const gap = breakBetween(normalised, last, start);
        if (gap === 2) sentence++;
        if (gap > 0) clause++;
      }
      if (count === this.start.length) this.grow(count * 2);
      this.sentence[count] = sentence;
      this.clause[count] = clause;
      this.start[count] = start;
      this.end[count] = i;
      const wordEnd = cut >= 0 ? start + clitic(normalised.slice(start, i), cut - start).length : i;
      this.wordEnd[count] = wordEnd;
      this.hash[count] = wordEnd === i ? hash : hashAtCut;
      count++;
      last = i;
    }
    this.count = count;
    return count;
  }

  /** Word `i` as written. */
  original(i: number): string {
    return this.text.slice(this.start[i] ?? 0, this.wordEnd[i] ?? 0);
  }

  private grow(capacity: number): void {
    const grow = (old: Int32Array) => {
      const next = new Int32Array(capacity);
      next.set(old);
      return next;
    };
    this.sentence = grow(this.sentence);
    this.clause = grow(this.clause);
    this.start = grow(this.start);
    this.end = grow(this.end);
    this.wordEnd = grow(this.wordEnd);
    this.hash = grow(this.hash);
  }
}

/** `tokenise`'s scanner: a scan is synchronous and read out before it returns, so one serves every call. */
const sharedScanner = new TokenScanner();

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Whether a code unit might be changed by NFC, or combine with a neighbour. Code points below U+0300 and general
 * punctuation (U+2010–U+205F, the dashes and quotes of ordinary text) never are, alone or in pairs (checked
 * exhaustively), so a text of only those is in NFC already.
 */
function mayChange(code: number): boolean {
  return code >= 0x300 && (code < 0x2010 || code > 0x205f);
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
