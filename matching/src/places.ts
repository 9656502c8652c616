// Where two organisations are, for help that needs presence (premises, volunteers, local activities): the same
// municipality, the same county, a neighbouring county (one that shares a land border), or further away.

/** How near two organisations are, nearest first; `unknown` when either side did not say. */
export type Nearness = 'municipality' | 'county' | 'neighbour' | 'far' | 'unknown';

const BORDERS: [string, string[]][] = [
  ['stockholm', ['uppsala', 'södermanland']],
  ['uppsala', ['stockholm', 'västmanland', 'gävleborg']],
  ['södermanland', ['stockholm', 'västmanland', 'örebro', 'östergötland']],
  ['östergötland', ['södermanland', 'örebro', 'jönköping', 'kalmar']],
  ['jönköping', ['östergötland', 'kalmar', 'kronoberg', 'halland', 'västra götaland']],
  ['kronoberg', ['jönköping', 'kalmar', 'blekinge', 'skåne', 'halland']],
  ['kalmar', ['östergötland', 'jönköping', 'kronoberg', 'blekinge']],
  ['gotland', []],
  ['blekinge', ['kalmar', 'kronoberg', 'skåne']],
  ['skåne', ['halland', 'kronoberg', 'blekinge']],
  ['halland', ['skåne', 'kronoberg', 'jönköping', 'västra götaland']],
  ['västra götaland', ['halland', 'jönköping', 'örebro', 'värmland']],
  ['värmland', ['västra götaland', 'örebro', 'dalarna']],
  ['örebro', ['värmland', 'västra götaland', 'östergötland', 'södermanland', 'västmanland', 'dalarna']],
  ['västmanland', ['uppsala', 'södermanland', 'örebro', 'dalarna']],
  ['dalarna', ['värmland', 'örebro', 'västmanland', 'gävleborg', 'jämtland']],
  ['gävleborg', ['uppsala', 'dalarna', 'jämtland', 'västernorrland']],
  ['västernorrland', ['gävleborg', 'jämtland', 'västerbotten']],
  ['jämtland', ['västernorrland', 'gävleborg', 'dalarna', 'västerbotten']],
  ['västerbotten', ['norrbotten', 'västernorrland', 'jämtland']],
  ['norrbotten', ['västerbotten']],
];
/** Every county, as `normaliseCounty` gives it. */
export const COUNTIES: readonly string[] = BORDERS.map(([county]) => county);
// Provinces (landskap) and other spoken names of regions, by the counties they lie in: "i Hälsingland" is in
// Gävleborg, "i Småland" in one of three counties.
const PROVINCES: [string, string[]][] = [
  ['sörmland', ['södermanland']],
  ['hälsingland', ['gävleborg']],
  ['gästrikland', ['gävleborg']],
  ['medelpad', ['västernorrland']],
  ['ångermanland', ['västernorrland']],
  ['härjedalen', ['jämtland']],
  ['lappland', ['norrbotten', 'västerbotten']],
  ['småland', ['jönköping', 'kronoberg', 'kalmar']],
  ['öland', ['kalmar']],
  ['bohuslän', ['västra götaland']],
  ['dalsland', ['västra götaland']],
  ['västergötland', ['västra götaland']],
  ['uppland', ['uppsala', 'stockholm']],
  ['närke', ['örebro']],
];
const regions = new Map<string, string[]>([
  ...COUNTIES.map((county) => [county, [county]] as [string, string[]]),
  ...PROVINCES,
]);
/** The names of counties and provinces, as `normaliseCounty` gives them. */
export const REGIONS: readonly string[] = [...regions.keys()];

/** The counties a county's or a province's name ("Stockholms län", "Sörmland", "Småland") stands for. */
export function countiesOfRegion(name: string): string[] {
  return regions.get(normaliseCounty(name).replace(/\s+/gu, ' ')) ?? [];
}
const neighbours = new Map(BORDERS.map(([county, list]) => [county, new Set(list)]));

/** "Västernorrlands län", "Västernorrland" and "västernorrlands" name the same county. */
export function normaliseCounty(county: string): string {
  return county
    .trim()
    .toLowerCase()
    .replace(/\s+län$/u, '')
    .replace(/s$/u, '');
}

/** Whether two counties (as `normaliseCounty` gives them) share a land border. */
export function areNeighbours(a: string, b: string): boolean {
  return neighbours.get(a)?.has(b) === true;
}

/**
 * The county share of a pair's score (a multiple of the county weight) by how near the two are, for help that
 * needs presence: premises in the same municipality rank above premises elsewhere in the county, then in a
 * neighbouring county, then further away. Other help gets the same-county share only.
 */
export const NEARNESS_SHARE: Record<Nearness, number> = {
  municipality: 1.6,
  county: 1,
  neighbour: 0.5,
  unknown: 0,
  far: 0,
};

/** The largest share `NEARNESS_SHARE` gives, and the largest outside the home county: for pruning bounds. */
export const MAX_NEARNESS_SHARE = 1.6;
export const MAX_AWAY_SHARE = 0.5;
