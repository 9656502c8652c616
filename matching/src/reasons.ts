import { defaultVocabulary, type Vocabulary } from './vocabulary';

export type ReasonLanguage = 'sv' | 'en';

/** Why a need and an offer were paired, in a form the web can render and a coordinator can check. */
export type Reason =
  /** Both concern this kind of support; the words in each text that show it. */
  | { kind: 'concept'; concept: string; needEvidence: string[]; offerEvidence: string[] }
  /** Both name this target group: the words in each text that name it. */
  | { kind: 'targetGroup'; group: string; needEvidence?: string[]; offerEvidence?: string[] }
  /** One side is for everyone, so any group fits. */
  | { kind: 'openToAll'; side: 'need' | 'offer' }
  /** They name different target groups; the match is weaker for it. */
  | { kind: 'targetGroupMismatch'; needGroups: string[]; offerGroups: string[] }
  | { kind: 'county'; county: string }
  /**
   * For help that needs presence, where the offer is seen from the need: the same municipality, the same
   * county, a neighbouring county, or far away; `where` names the municipality or the offer's county.
   */
  | { kind: 'place'; nearness: 'municipality' | 'county' | 'neighbour' | 'far'; where: string }
  /** The offer is only for organisations in one place, and the need's is elsewhere. */
  | { kind: 'outsideReach'; where: string }
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

/**
 * A mobilisation's own names for its kinds of support, as reasons say them (`kindLabels`): they come before
 * the vocabulary's, which knows only the template's kinds.
 */
export type KindLabels = ReadonlyMap<string, Readonly<Record<ReasonLanguage, string>>>;

function shortLabel(
  id: string,
  language: ReasonLanguage,
  vocabulary: Vocabulary,
  labels?: KindLabels,
): string {
  return labels?.get(id)?.[language] ?? vocabulary.byId.get(id)?.short[language] ?? id;
}

/**
 * What each text says, so a reason states only what both texts say: " (behov: ”…”; erbjudande: ”…”)". A function
 * of its own rather than a closure in `describeReason`, which a whole run calls for every reason it writes.
 */
function shownWords(language: ReasonLanguage, need: string[] = [], offer: string[] = []): string {
  const sv = language === 'sv';
  return need.length > 0 && offer.length > 0
    ? ` (${sv ? 'behov' : 'need'}: ${quote(need, 2, language)}; ${sv ? 'erbjudande' : 'offer'}: ${quote(offer, 2, language)})`
    : '';
}

/** The reason as one short sentence in Swedish or English. */
export function describeReason(
  reason: Reason,
  language: ReasonLanguage = 'sv',
  vocabulary: Vocabulary = defaultVocabulary(),
  labels?: KindLabels,
): string {
  const sv = language === 'sv';
  switch (reason.kind) {
    case 'concept': {
      const label = shortLabel(reason.concept, language, vocabulary, labels);
      const words = shownWords(language, reason.needEvidence, reason.offerEvidence);
      return sv ? `båda gäller ${label}${words}` : `both concern ${label}${words}`;
    }
    case 'targetGroup': {
      const label = shortLabel(reason.group, language, vocabulary);
      return `${sv ? `båda riktar sig till ${label}` : `both are for ${label}`}${shownWords(language, reason.needEvidence, reason.offerEvidence)}`;
    }
    case 'openToAll':
      if (reason.side === 'offer')
        return sv ? 'erbjudandet är öppet för alla' : 'the offer is open to everyone';
      return sv ? 'behovet gäller alla' : 'the need concerns everyone';
    case 'targetGroupMismatch': {
      const need = reason.needGroups
        .map((g) => shortLabel(g, language, vocabulary))
        .join(sv ? ' och ' : ' and ');
      const offer = reason.offerGroups
        .map((g) => shortLabel(g, language, vocabulary))
        .join(sv ? ' och ' : ' and ');
      return sv ? `olika målgrupper: ${need} resp. ${offer}` : `different target groups: ${need} vs ${offer}`;
    }
    case 'county':
      return sv ? `samma län (${reason.county})` : `same county (${reason.county})`;
    case 'place': {
      const texts = {
        municipality: sv ? 'samma kommun' : 'same municipality',
        county: sv ? 'samma län' : 'same county',
        neighbour: sv ? 'grannlän' : 'neighbouring county',
        far: sv ? 'långt bort' : 'far away',
      };
      return `${texts[reason.nearness]} (${reason.where})`;
    }
    case 'outsideReach':
      return sv ? `erbjudandet gäller bara ${reason.where}` : `the offer is only for ${reason.where}`;
    case 'words':
      return sv ? `gemensamma ord: ${reason.words.join(', ')}` : `shared words: ${reason.words.join(', ')}`;
    default:
      // A reason stored by another engine version, of a kind this one does not know: name its kind.
      return String((reason as { kind?: unknown }).kind ?? '');
  }
}
