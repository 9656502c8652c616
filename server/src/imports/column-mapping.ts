import type { ImportColumn, ImportField, ImportMapping } from '@kraftsamling/shared';

/** Header text reduced to what identifies it: lower case, no accents, words separated by single spaces. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Header patterns of common survey exports (Microsoft Forms, Google Forms, Netigate, hand-kept sheets), in
 * Swedish and English, tried in this order: the first that fits wins. The order matters where questions
 * share words: "Vad skulle ni behöva stöd eller hjälp med för att nå målen?" asks for needs, not goals, and
 * "Typ av organisation" is the sector, not the name.
 */
const rules: readonly [ImportField, RegExp][] = [
  [
    'ignore',
    /^(tidstampel|tidsstampel|timestamp|starttid|start time|sluttid|completion time|tid for slutforande|id|respondent id|svars id|response id|senast andrad|last modified|samtycke.*|consent.*)$/,
  ],
  [
    'orgNumber',
    /\borg ?nr\b|organisationsnummer|organi[sz]ation (number|no)\b|\borg (number|no)\b|corporate id/,
  ],
  [
    'sector',
    /typ av organisation|organisationstyp|organisationsform|\bsektor|\bsector\b|type of organi[sz]ation|organi[sz]ation type|verksamhetstyp/,
  ],
  ['county', /^lan\b|\blan$|\blan\b|\bcounty\b/],
  ['municipality', /\bkommun\b|municipality|\bort\b|\bcity\b/],
  ['website', /webbplats|webbsida|hemsida|\bwebb?\b|website|homepage|\burl\b/],
  ['contactEmail', /e ?post|e ?mail|mejl|\bmail\b/],
  ['contactPhone', /telefon|\btel\b|phone|mobil/],
  [
    'name',
    /^(organisation|organization|organisationens namn|organisationsnamn|namn pa (er |din )?organisation(en)?|organi[sz]ation name|name of (your )?organi[sz]ation|forening|verksamhet|aktor)$/,
  ],
  ['contactName', /kontaktperson|\bnamn\b|\bname\b|contact person/],
  ['offers', /erbjud|hjalpa andra|stodja andra|bidra med|\boffers?\b|can provide|could provide|help others/],
  [
    'needs',
    /\bbehov\b|behova|stod eller hjalp|hjalp med|need (support|help)|^needs?$|support needed|support with|help with|support or help/,
  ],
  ['projects', /pagaende|projekt|\bprojects?\b|current work|ongoing|arbete/],
  ['goals', /\bmal(en)?\b|\bgoals?\b|uppna|achieve/],
  ['tags', /\btaggar?\b|\btema(n|t)?\b|\btags?\b|\bthemes?\b|nyckelord|keywords/],
];

/** Fields that several columns may fill (one column per need, goals in two questions…); the rest take one. */
export const multiColumnFields: ReadonlySet<ImportField> = new Set([
  'goals',
  'projects',
  'needs',
  'offers',
  'tags',
]);

export function proposeField(header: string): ImportField {
  const text = normaliseHeader(header);
  if (text === '') return 'ignore';
  for (const [field, pattern] of rules) if (pattern.test(text)) return field;
  return 'ignore';
}

/**
 * The mapping for a file's headers: a saved mapping's choice for a header it knows (by its normalised text,
 * so the next export of the same survey maps the same way), else the proposal from the header's words. A
 * single-valued field goes to the first column that claims it only.
 */
export function mappingForHeaders(
  headers: string[],
  saved: ImportMapping | null = null,
): { mapping: ImportMapping; source: 'saved' | 'proposed' } {
  const known = new Map<string, ImportField>();
  for (const column of saved?.columns ?? []) known.set(normaliseHeader(column.header), column.field);
  let usedSaved = false;
  const taken = new Set<ImportField>();
  const columns: ImportColumn[] = headers.map((header) => {
    const remembered = known.get(normaliseHeader(header));
    if (remembered !== undefined) usedSaved = true;
    let field = remembered ?? proposeField(header);
    if (field !== 'ignore' && !multiColumnFields.has(field)) {
      if (taken.has(field)) field = 'ignore';
      taken.add(field);
    }
    return { header, field };
  });
  return { mapping: { columns }, source: usedSaved ? 'saved' : 'proposed' };
}

/** Whether a mapping names any organisation: without a name column nothing can be imported. */
export function mapsAnOrganisation(mapping: ImportMapping): boolean {
  return mapping.columns.some((c) => c.field === 'name');
}
