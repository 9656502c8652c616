import type { Language } from '../../vocabulary/types';
import type { Token } from './tokenise';

/**
 * Swedish or English, from function words and Swedish letters. Profiles are mostly Swedish, so a tie (a short
 * text of names and abbreviations) counts as Swedish.
 */
export function detectLanguage(tokens: Token[], swedish: Set<string>, english: Set<string>): Language {
  let sv = 0;
  let en = 0;
  for (const { surface } of tokens) {
    if (swedish.has(surface)) sv++;
    if (english.has(surface)) en++;
    if (/[åäö]/.test(surface)) sv += 0.5;
  }
  return en > sv ? 'en' : 'sv';
}
