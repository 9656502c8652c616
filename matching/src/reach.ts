import { countiesOfRegion, REGIONS } from './places';

// Offers that only some may take up because of where they are: "Kommunens föreningsbidrag kan sökas av alla
// föreningar som driver verksamhet för barn och unga i Tvärbäck" is no grant for a theatre in another county.

/**
 * Whom an offer is open to by place, as its text says: its own municipality, its own county or region, or the
 * counties it names (`counties`, as `normaliseCounty` gives them).
 */
export type Reach = {
  level: 'municipality' | 'county';
  place?: string;
  counties?: string[];
  /** `counties` as the index numbers counties, set by the index that reads the offer. */
  countyIds?: number[];
};

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
// same sentence, where they must be ("i kommunen", "inom länet", "i Tvärbäck"). A trigger may open its sentence
// ("Gäller kommuner och föreningar i länet", "Öppet för alla i Malmhavn"), so its first letter may be a capital;
// the place's capital must stay one, so the whole expression cannot ignore case.
// (JavaScript's \b knows only ASCII letters: the look-arounds stand for it around å, ä and ö.)
const TRIGGERS =
  '[Kk]an sökas|sökas av|[Kk]an ansöka|[Ff]år söka|[Rr]iktar sig till|[Ää]r (?:öppen|öppet|till) för|[Öö]ppe[nt] för|[Öö]ppna för|[Gg]äller(?: för)?(?: alla)?|[Ff]ör (?:alla )?(?:föreningar|invånare|organisationer|medborgare)|[Oo]pen to|[Aa]vailable to|[Ff]or (?:residents|organisations|associations|groups)|[Cc]an be applied for by|[Ee]ligible';
const ELIGIBILITY = new RegExp(
  `(?<!\\p{L})(?:${TRIGGERS})(?!\\p{L})[^.!?\\n]{0,90}?(?<!\\p{L})(?:i|inom|in|within)\\s+((?:vår|vårt|the|our)\\s+\\p{L}+|kommunen|staden|länet|regionen|\\p{Lu}\\p{Ll}+)`,
  'u',
);
// A trigger anywhere, with the same flags: a text without one has no eligibility clause, and most texts have
// none, which this tells for a third of what ELIGIBILITY costs (every text is read for its reach).
const ANY_TRIGGER = new RegExp(TRIGGERS, 'u');
// Whole countries and the Nordic region are no restriction for a Swedish mobilisation.
const EVERYWHERE = new Set(['sverige', 'sweden', 'norden', 'landet', 'hela', 'europa', 'eu']);

// Where an offer says it works, by county: "i Kalmar och Kronobergs län", "i hela Jönköpings län", "i sydvästra
// Skåne", "på plats i Stockholmsregionen", "in Stockholm County". Help offered where one is cannot be taken up
// from the other end of the country, whatever the field. A county's name is matched as it is spoken: with or
// without the genitive s, "län", "County" or "-regionen", after a point of the compass.
const COUNTY_NAMES = REGIONS.map((c) => c.replace(/ /g, '\\s+')).join('|');
const COMPASS =
  '(?:(?:syd|nord)?(?:västra|östra)|norra|södra|mellersta|inre|northern|southern|western|eastern|central)\\s+';
const ONE_COUNTY = `(?:region\\s+)?(?:${COMPASS})?(${COUNTY_NAMES})s?(?:regionen|\\s+län|\\s+county)?`;
// A list of them: "Kalmar och Kronobergs län", "Värmland, Dalarna and Örebro counties".
const COUNTY_LIST = `${ONE_COUNTY}(?:\\s*(?:,|och|and|eller|or|samt)\\s*${ONE_COUNTY})*(?:\\s+(?:län|counties|region))?(?!\\p{L})`;
const COUNTY_PLACE = new RegExp(
  `(?<!\\p{L})(?:i|inom|in|within|across|throughout)\\s+(?:hela\\s+|the\\s+|all\\s+of\\s+)?${COUNTY_LIST}`,
  'giu',
);
const ONE_COUNTY_ONLY = new RegExp(ONE_COUNTY, 'giu');
// A county's or province's name anywhere, with COUNTY_PLACE's case rules: a text without one names no county,
// which is most texts, and this tells for a fraction of what COUNTY_PLACE costs.
const ANY_COUNTY = new RegExp(`(?:${COUNTY_NAMES})`, 'iu');
const STARTS_WITH_COUNTIES = new RegExp(`^${COUNTY_LIST}`, 'iu');
// Help that is offered at a distance or nationwide is open wherever the county names say it is given in person.
const ANYWHERE =
  /(?<!\p{L})(?:hela landet|hela sverige|nationellt|digitalt|digital|online|på distans|distans|webbinari\p{L}*|via (?:zoom|teams|länk)|nationwide|remotely|all over sweden|across sweden)(?!\p{L})/iu;

/** The counties a list of counties' and provinces' names stands for: "Kalmar och Kronobergs län", "Småland". */
function countiesIn(names: string): string[] {
  const counties = new Set<string>();
  for (const one of names.matchAll(ONE_COUNTY_ONLY)) {
    for (const county of countiesOfRegion(one[1] ?? '')) counties.add(county);
  }
  return [...counties];
}

function countiesNamed(text: string): Reach | undefined {
  if (!ANY_COUNTY.test(text)) return undefined;
  const counties = new Set<string>();
  const places: string[] = [];
  for (const match of text.matchAll(COUNTY_PLACE)) {
    places.push(match[0].replace(/^\S+\s+(?:hela\s+|the\s+|all\s+of\s+)?/iu, ''));
    for (const county of countiesIn(match[0])) counties.add(county);
  }
  // Asked only of the few texts that name a county: either way, a text that says it works anywhere has no reach.
  if (counties.size === 0 || ANYWHERE.test(text)) return undefined;
  return { level: 'county', place: places.join(', '), counties: [...counties] };
}

/** The place an offer's text restricts it to, if it does. */
export function reachOf(text: string): Reach | undefined {
  const match = ANY_TRIGGER.test(text) ? ELIGIBILITY.exec(text) : null;
  const place = match?.[1];
  if (!place) return countiesNamed(text);
  const level = PLACE_WORDS[place.toLowerCase()];
  if (level) return { level };
  if (EVERYWHERE.has(place.toLowerCase())) return undefined;
  // A county or province named as whom the offer is for ("kan sökas av föreningar i Västra Götaland", "… i
  // Skåne") is that county, not a town of the offer's own municipality.
  const named = STARTS_WITH_COUNTIES.exec(
    text.slice((match?.index ?? 0) + (match?.[0].length ?? 0) - place.length),
  );
  if (named) return { level: 'county', place: named[0], counties: countiesIn(named[0]) };
  // A name ("i Tvärbäck"): a municipality or town the offer is for.
  return /^\p{Lu}/u.test(place) ? { level: 'municipality', place } : undefined;
}
