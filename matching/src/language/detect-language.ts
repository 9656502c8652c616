import { languageOfVote, languageVote } from '@kraftsamling/shared/text-language';
import type { Language } from '../../vocabulary/types';
import type { Token } from './tokenise';

// The vote lives in shared/, where the web app uses it to mark texts with `lang` (decision 014).
export { languageVote };

/**
 * Swedish or English. Profiles are mostly Swedish, so a tie (a short text of names and abbreviations) counts as
 * Swedish.
 */
export function detectLanguage(tokens: Token[], swedish: Set<string>, english: Set<string>): Language {
  let vote = 0;
  for (const { surface } of tokens) vote += languageVote(surface, swedish, english);
  return languageOfVote(vote);
}
