import type { Language } from '../../vocabulary/types';
import { englishSnowball, swedishSnowball } from './snowball';

// Stemming is the hottest step of analysis and the same words recur in every profile, so each stem is computed
// once per process. The cap only guards against unbounded vocabularies (e.g. a fuzzing test).
const CACHE_LIMIT = 200_000;
const caches: Record<Language, Map<string, string>> = { sv: new Map(), en: new Map() };

export function stem(word: string, language: Language): string {
  const cache = caches[language];
  let result = cache.get(word);
  if (result === undefined) {
    result =
      language === 'sv' ? normaliseSwedishStem(swedishSnowball.stem(word)) : englishSnowball.stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}

/**
 * Snowball's Swedish stemmer is deliberately light and leaves inflections apart that matching needs together:
 * "stöd"/"stödet", "kurs"→"kur" but "kurser"→"kurs", "skola"→"skol" but "skolan"→"skolan", "programmet"→
 * "programm". These rules run after it on every word alike, so all forms of a word meet in one key; they may
 * merge a few unrelated words, which costs less than missing the inflections.
 */
export function normaliseSwedishStem(snowballStem: string): string {
  let s = snowballStem;
  // Twice, so the definite "arbetet" meets the stem "arbet" of "arbete".
  if (s.length >= 5 && s.endsWith('et')) s = s.slice(0, -2);
  if (s.length >= 5 && s.endsWith('et')) s = s.slice(0, -2);
  else if (s.length >= 5 && s.endsWith('an')) s = s.slice(0, -2);
  else if (s.length >= 6 && /[aeiouyåäö]n$/.test(s)) s = s.slice(0, -1);
  if (s.length >= 4 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  // Snowball's own consonant-pair rule, again for what the suffixes above uncovered ("projektet" → "projek").
  if (s.length >= 4 && /(dd|gd|nn|dt|gt|kt|tt)$/.test(s)) s = s.slice(0, -1);
  if (s.length >= 4 && /([bdfgklmnprstv])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}
