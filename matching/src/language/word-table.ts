/**
 * A hash map from words to values that is looked up by a range of a text, so the analyser can find a word it
 * has seen before without cutting it out of the text (a new string per word) and hashing that string again.
 * Open addressing with linear probing; keys are compared code unit by code unit.
 */
export class WordTable<T> {
  private keys: (string | undefined)[];
  private values: (T | undefined)[];
  private hashes: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
    this.keys = new Array(size).fill(undefined);
    this.values = new Array(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The value stored for `text.slice(start, end)`, or undefined. */
  get(text: string, start: number, end: number): T | undefined {
    return this.getHashed(text, start, end, wordHash(text, start, end));
  }

  /** `get`, with the range's `wordHash` already known. */
  getHashed(text: string, start: number, end: number, hash: number): T | undefined {
    const length = end - start;
    const { keys, hashes, mask } = this;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const key = keys[at];
      if (key === undefined) return undefined;
      if (hashes[at] !== hash || key.length !== length) continue;
      let same = true;
      for (let k = 0; k < length; k++) {
        if (key.charCodeAt(k) !== text.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return this.values[at];
    }
  }

  /** Stores a value for a word that is not in the table yet. */
  add(word: string, value: T): void {
    if ((this.size + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    const hash = wordHash(word, 0, word.length);
    let at = hash & this.mask;
    while (this.keys[at] !== undefined) at = (at + 1) & this.mask;
    this.keys[at] = word;
    this.values[at] = value;
    this.hashes[at] = hash;
    this.size++;
  }

  clear(): void {
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.size = 0;
  }

  private rehash(capacity: number): void {
    const { keys, values } = this;
    this.keys = new Array(capacity).fill(undefined);
    this.values = new Array(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.add(key, values[i] as T);
    }
  }
}

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (`TokenScanner` computes the same while scanning). */
export function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
