// Which language a text is in, Swedish or English: the matching engine decides it this way for every text it
// analyses, and the web app marks organisations' texts with `lang` when they are not in the interface's
// language (WCAG 3.1.2; decision 014). Kept here, in the package both import, so that the two cannot drift.

export type TextLanguage = 'sv' | 'en';

/**
 * Function words of either language (and colloquial spellings such as "nån", "dom"). The engine also treats
 * them as stopwords; its vocabulary (matching/vocabulary/stopwords.ts) takes these very lists.
 */
export const functionWords: Record<TextLanguage, string> = {
  sv: `alla allt alltså andra annan annat att av bara bli blir blev bland bådas båda de dem den denna deras dess
    dessa det detta dig din dina ditt du där då efter eftersom ej eller en er era ert ett fast fler flera
    från får för förra genom ha hade han hans har hela hennes henne honom hon hos hur här i icke ifrån igen
    ingen inget inga inom inte ju jag kan kunde kunna man med mellan men mig min mina mitt mot mycket ni nu
    när någon något några nån nåt nåra och också om oss på samma sedan sig sin sina sitt själv själva sjäv
    skulle som så sådan sådana sådant sån sånt till under upp ut utan vad var vara varför varit varje vars
    vem vi vid vilka vilken vilket vår våra vårt än är åt över dom mej dej sej ska skall även bl a t ex
    bl t ex osv etc mm ca typ liksom också ännu redan just kanske ofta alltid aldrig sällan lite gärna
    dit hit där dessutom därför därmed samt både varken heller in fram bort`,
  en: `a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having
    he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
    nor not now of off on once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours yourself yourselves
    also may might must shall us eg etc via per we'd we're we've let's it's they're`,
};

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

/** The verdict on a sum of votes. Profiles are mostly Swedish, so a tie (names, abbreviations) is Swedish. */
export function languageOfVote(vote: number): TextLanguage {
  return vote < 0 ? 'en' : 'sv';
}

let wordSets: Record<TextLanguage, Set<string>> | null = null;

function functionWordSet(language: TextLanguage): Set<string> {
  wordSets ??= {
    sv: new Set(functionWords.sv.split(/[\s,]+/).filter(Boolean)),
    en: new Set(functionWords.en.split(/[\s,]+/).filter(Boolean)),
  };
  return wordSets[language];
}

// Words as the engine's tokeniser sees them: letters and digits, kept whole across an inner apostrophe or
// colon ("we're", "EU:s").
const WORD = /[\p{L}\p{N}]+(?:['’:][\p{L}\p{N}]+)*/gu;

/** The engine's vote over a text's words: above 0 Swedish, below 0 English, 0 when nothing tells. */
export function textLanguageVote(text: string): number {
  const swedish = functionWordSet('sv');
  const english = functionWordSet('en');
  let vote = 0;
  for (const [word] of text.normalize('NFC').matchAll(WORD))
    vote += languageVote(word.toLowerCase(), swedish, english);
  return vote;
}

/** Swedish or English, by the engine's vote over the text's words. */
export function detectTextLanguage(text: string): TextLanguage {
  return languageOfVote(textLanguageVote(text));
}
