// Offers that only some may take up because of where they are: "Kommunens föreningsbidrag kan sökas av alla
// föreningar som driver verksamhet för barn och unga i Tvärbäck" is no grant for a theatre in another county.

/** Whom an offer is open to by place, as its text says: its own municipality, or its own county or region. */
export type Reach = { level: 'municipality' | 'county'; place?: string };

const PLACE_WORDS: Record<string, Reach['level']> = {
  kommunen: 'municipality',
  staden: 'municipality',
  'vår kommun': 'municipality',
  'vår stad': 'municipality',
  länet: 'county',
  'vårt län': 'county',
  regionen: 'county',
  'vår region': 'county',
  'the municipality': 'municipality',
  'our municipality': 'municipality',
  'the city': 'municipality',
  'our city': 'municipality',
  'the county': 'county',
  'our county': 'county',
  'the region': 'county',
  'our region': 'county',
};

// Who may take the offer up ("kan sökas av", "för föreningar", "riktar sig till", "open to") and, within the
// same sentence, where they must be ("i kommunen", "inom länet", "i Tvärbäck").
// (JavaScript's \b knows only ASCII letters: the look-arounds stand for it around å, ä and ö.)
const ELIGIBILITY =
  /(?<!\p{L})(?:kan sökas|sökas av|kan ansöka|får söka|riktar sig till|är (?:öppen|öppet|till) för|gäller (?:för )?(?:alla )?|för (?:alla )?(?:föreningar|invånare|organisationer|medborgare)|open to|available to|for (?:residents|organisations|associations|groups)|can be applied for by|eligible)(?!\p{L})[^.!?\n]{0,90}?(?<!\p{L})(?:i|inom|in|within)\s+((?:vår|vårt|the|our)\s+\p{L}+|kommunen|staden|länet|regionen|\p{Lu}\p{Ll}+)/u;
// Whole countries and the Nordic region are no restriction for a Swedish mobilisation.
const EVERYWHERE = new Set(['sverige', 'sweden', 'norden', 'landet', 'hela', 'europa', 'eu']);

/** The place an offer's text restricts it to, if it does. */
export function reachOf(text: string): Reach | undefined {
  const match = ELIGIBILITY.exec(text);
  const place = match?.[1];
  if (!place) return undefined;
  const level = PLACE_WORDS[place.toLowerCase()];
  if (level) return { level };
  if (EVERYWHERE.has(place.toLowerCase())) return undefined;
  // A name ("i Tvärbäck"): a municipality or town the offer is for.
  return /^\p{Lu}/u.test(place) ? { level: 'municipality', place } : undefined;
}
