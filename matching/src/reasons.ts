import { defaultVocabulary } from './vocabulary';

export type ReasonLanguage = 'sv' | 'en';

/** Why a need and an offer were paired, in a form the web can render and a coordinator can check. */
export type Reason =
  /** Both concern this kind of support; the words in each text that show it. */
  | { kind: 'concept'; concept: string; needEvidence: string[]; offerEvidence: string[] }
  /** Both name this target group. */
  | { kind: 'targetGroup'; group: string }
  /** One side is for everyone, so any group fits. */
  | { kind: 'openToAll'; side: 'need' | 'offer' }
  /** They name different target groups; the match is weaker for it. */
  | { kind: 'targetGroupMismatch'; needGroups: string[]; offerGroups: string[] }
  | { kind: 'county'; county: string }
  /** Content words both texts use (after stemming), shown as written in the need. */
  | { kind: 'words'; words: string[] };

/** The first `count` words, quoted the language's way and separated by commas. */
function quote(words: string[], count: number, language: ReasonLanguage): string {
  const open = language === 'sv' ? '”' : '"';
  const close = language === 'sv' ? '”' : '"';
  let out = '';
  for (let i = 0; i < count && i < words.length; i++) out += `${i > 0 ? ', ' : ''}${open}${words[i]}${close}`;
  return out;
}

function shortLabel(id: string, language: ReasonLanguage): string {
  return defaultVocabulary().byId.get(id)?.short[language] ?? id;
}

/** The reason as one short sentence in Swedish or English. */
export function describeReason(reason: Reason, language: ReasonLanguage = 'sv'): string {
  const sv = language === 'sv';
  switch (reason.kind) {
    case 'concept': {
      const label = shortLabel(reason.concept, language);
      const need = reason.needEvidence;
      const offer = reason.offerEvidence;
      const shown =
        need.length > 0 && offer.length > 0
          ? ` (${sv ? 'behov' : 'need'}: ${quote(need, 2, language)}; ${sv ? 'erbjudande' : 'offer'}: ${quote(offer, 2, language)})`
          : '';
      return sv ? `båda gäller ${label}${shown}` : `both concern ${label}${shown}`;
    }
    case 'targetGroup': {
      const label = shortLabel(reason.group, language);
      return sv ? `båda riktar sig till ${label}` : `both are for ${label}`;
    }
    case 'openToAll':
      if (reason.side === 'offer')
        return sv ? 'erbjudandet är öppet för alla' : 'the offer is open to everyone';
      return sv ? 'behovet gäller alla' : 'the need concerns everyone';
    case 'targetGroupMismatch': {
      const need = reason.needGroups.map((g) => shortLabel(g, language)).join(sv ? ' och ' : ' and ');
      const offer = reason.offerGroups.map((g) => shortLabel(g, language)).join(sv ? ' och ' : ' and ');
      return sv ? `olika målgrupper: ${need} resp. ${offer}` : `different target groups: ${need} vs ${offer}`;
    }
    case 'county':
      return sv ? `samma län (${reason.county})` : `same county (${reason.county})`;
    case 'words':
      return sv ? `gemensamma ord: ${reason.words.join(', ')}` : `shared words: ${reason.words.join(', ')}`;
    default:
      // A reason stored by another engine version, of a kind this one does not know: name its kind.
      return String((reason as { kind?: unknown }).kind ?? '');
  }
}
