import type { Language } from '../../vocabulary/types';
import type { Token } from './tokenise';

/**
 * How much one word says a text is Swedish (positive) or English (negative): function words of either
 * language, and the Swedish letters å, ä, ö.
 */
export function languageVote(surface: string, swedish: Set<string>, english: Set<string>): number {
  let vote = 0;
  if (swedish.has(surface)) vote++;
  if (english.has(surface)) vote--;
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if (code === 229 || code === 228 || code === 246) {
      vote += 0.5;
      break;
    }
  }
  return vote;
}

/**
 * Swedish or English. Profiles are mostly Swedish, so a tie (a short text of names and abbreviations) counts as
 * Swedish.
 */
export function detectLanguage(tokens: Token[], swedish: Set<string>, english: Set<string>): Language {
  let vote = 0;
  for (const { surface } of tokens) vote += languageVote(surface, swedish, english);
  return vote < 0 ? 'en' : 'sv';
}
