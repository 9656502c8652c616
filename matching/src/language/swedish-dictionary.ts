import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Endings an inflected Swedish word may carry beyond its dictionary form, longest first: "kommunerna" is
// kommun + erna, "olyckor" olycka with -or for -a, "träffarna" träff + arna.
const ENDINGS = [
  'arnas',
  'ernas',
  'ornas',
  'arna',
  'erna',
  'orna',
  'ande',
  'ende',
  'ens',
  'ets',
  'ar',
  'er',
  'or',
  'en',
  'et',
  'na',
  'ns',
  'n',
  't',
  's',
  'a',
  'e',
];

/**
 * The Swedish words of Hunspell's Swedish dictionary (the `dictionary-sv` package, LibreOffice's dictionary):
 * about 140,000 base forms, and the forms marked as the first part of a compound ("arbets", "hälso",
 * "medborgar"). Compound splitting checks its parts against them, so "fallolyckor" splits as fall + olyckor
 * though no vocabulary names either. Only the engine's compound splitting reads it.
 */
export class SwedishDictionary {
  private readonly words = new Set<string>();
  private readonly begins = new Set<string>();

  constructor(dic: string) {
    const lines = dic.split('\n');
    // The first line is the entry count.
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const slash = line.indexOf('/');
      const word = slash >= 0 ? line.slice(0, slash) : line.trim();
      // Lower-case entries only: names and abbreviations are not compound parts.
      if (word.length < 2 || !/^\p{Ll}+$/u.test(word)) continue;
      const flags = slash >= 0 ? line.slice(slash + 1) : '';
      // Hunspell's flags for compound positions in this dictionary: X begin, U middle, Z only in compounds.
      if (/[XUZ]/.test(flags)) this.begins.add(word);
      if (!flags.includes('Z')) this.words.add(word);
    }
  }

  get size(): number {
    return this.words.size;
  }

  /** Whether a form is a dictionary word, inflected or not. */
  isWord(form: string): boolean {
    if (this.words.has(form)) return true;
    for (const ending of ENDINGS) {
      if (form.length - ending.length < 3 || !form.endsWith(ending)) continue;
      const base = form.slice(0, -ending.length);
      if (this.words.has(base) || this.words.has(`${base}a`) || this.words.has(`${base}e`)) return true;
    }
    return false;
  }

  /** Whether a form can begin a compound: a marked first-part form, or a word. */
  canBegin(form: string): boolean {
    return this.begins.has(form) || this.words.has(form);
  }
}

let loaded: SwedishDictionary | null | undefined;

/**
 * The dictionary, read once from its package; null where the package is not installed (compound splitting then
 * knows the vocabulary's words only).
 */
export function swedishDictionary(): SwedishDictionary | null {
  if (loaded !== undefined) return loaded;
  try {
    // The package exports only its module, which reads the files with top-level await; the word list is
    // beside it.
    const main = createRequire(import.meta.url).resolve('dictionary-sv');
    loaded = new SwedishDictionary(readFileSync(join(dirname(main), 'index.dic'), 'utf8'));
  } catch {
    loaded = null;
  }
  return loaded;
}
