import { swedishSnowball } from './snowball';
import { stem } from './stem';
import type { SwedishDictionary } from './swedish-dictionary';

const MIN_PART = 3;
const MIN_WORD = 6;
const MAX_WORD = 40;
// Letters Swedish puts between the parts of a compound: föräldraskap-s-stöd, barn-a-vård, kvinn-o-jour.
const LINKING = new Set(['s', 'e', 'a', 'o', 'u']);

type Split = { parts: string[]; cost: number };

/**
 * Splits Swedish compounds into known words: "suicidpreventivt" → suicid + preventivt, "föräldraskapsstöd" →
 * föräldraskap + stöd, "ungdomslokalen" → ungdom + lokalen. A split is only accepted when every part is a known
 * word (from the vocabulary and the lexicon), so unknown words stay whole rather than being cut into noise.
 * Among the possible splits it prefers the fewest parts, then the fewest linking letters.
 */
export class Decompounder {
  private readonly known = new Set<string>();

  /**
   * `words`: the vocabulary's and the lexicon's words, which are never split and always parts. `dictionary`:
   * the language's dictionary, which only vouches for parts (of at least four letters, or three for a marked
   * first-part form), so a compound is split whether or not the dictionary also lists it whole.
   */
  constructor(
    words: Iterable<string>,
    private readonly dictionary?: SwedishDictionary | null,
    /** Function words, which are never parts ("för" in "förstått", "som" in "someone"). */
    private readonly never: ReadonlySet<string> = new Set(),
  ) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    const w = word.toLowerCase();
    if (w.length < MIN_PART || !/^\p{L}+$/u.test(w)) return;
    this.known.add(w);
    this.known.add(stem(w, 'sv'));
    // Compound-initial forms: "skola" → "skol-", "arbete" → "arbet-".
    this.known.add(swedishSnowball.stem(w));
    if (/[aeo]$/.test(w) && w.length > MIN_PART) this.known.add(w.slice(0, -1));
  }

  isKnown(word: string): boolean {
    if (this.known.has(word) || this.known.has(stem(word, 'sv'))) return true;
    // Adjective endings Snowball keeps: neuter -t ("preventivt"), plural or definite -a/-e ("preventiva").
    return /[tae]$/.test(word) && word.length > MIN_PART + 1 && this.known.has(word.slice(0, -1));
  }

  /** A part the dictionary vouches for: four letters or more, or a marked first-part form of three. */
  private dictionaryPart(part: string, last: boolean): boolean {
    const dictionary = this.dictionary;
    if (!dictionary) return false;
    if (part.length >= 4) return last ? dictionary.isWord(part) : dictionary.canBegin(part);
    return !last && part.length === 3 && dictionary.canBegin(part) && !dictionary.isWord(part);
  }

  /** The parts of a compound, or undefined when the word is known whole or cannot be split. */
  split(word: string): string[] | undefined {
    if (word.length < MIN_WORD || word.length > MAX_WORD || this.isKnown(word)) return undefined;
    const memo = new Map<number, Split | null>();
    const best = (from: number): Split | null => {
      const cached = memo.get(from);
      if (cached !== undefined) return cached;
      let result: Split | null = null;
      const consider = (candidate: Split) => {
        if (!result || candidate.cost < result.cost) result = candidate;
      };
      const rest = word.length - from;
      if (rest >= MIN_PART && from > 0) {
        const tail = word.slice(from);
        const cost = this.never.has(tail)
          ? 0
          : this.isKnown(tail)
            ? 1
            : this.dictionaryPart(tail, true)
              ? 1.2
              : 0;
        if (cost > 0) consider({ parts: [tail], cost });
      }
      for (let end = word.length - MIN_PART; end >= from + MIN_PART; end--) {
        const head = word.slice(from, end);
        if (this.never.has(head)) continue;
        const headCost = this.known.has(head) ? 0 : this.dictionaryPart(head, false) ? 0.2 : -1;
        if (headCost < 0) continue;
        const tail = best(end);
        if (tail) consider({ parts: [head, ...tail.parts], cost: 1 + headCost + tail.cost });
        const link = word[end];
        if (link && LINKING.has(link) && word.length - end - 1 >= MIN_PART) {
          const linked = best(end + 1);
          if (linked) consider({ parts: [head, ...linked.parts], cost: 1.1 + headCost + linked.cost });
        }
      }
      memo.set(from, result);
      return result;
    };
    const split = best(0);
    return split && split.parts.length > 1 ? split.parts : undefined;
  }
}
