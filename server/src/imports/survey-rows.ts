import {
  contactInputSchema,
  counties,
  createOrganisationSchema,
  type ImportMapping,
  type ImportProblem,
  municipalities,
  normaliseOrganisationNumber,
  type ProfileContent,
  profileDraftContentSchema,
  profileLimits,
  profileSubmissionContentSchema,
  type SectorId,
  sectors,
} from '@kraftsamling/shared';
import type { z } from 'zod';
import { normaliseHeader } from './column-mapping';
import { nameBasedUuid } from './import-profiles';
import { splitItems, splitTags } from './split-items';
import type { SheetRow } from './spreadsheet';

type OrganisationInput = z.output<typeof createOrganisationSchema>;
type ContactInput = z.output<typeof contactInputSchema>;

/** What one row of a survey becomes: an organisation, its four points and a contact person, or problems. */
export type SurveyRow = {
  row: number;
  organisation: OrganisationInput | null;
  content: Omit<ProfileContent, 'needs' | 'offers' | 'projects'> & {
    /** Each project with the line of the file it was read from (which a current project's export line may equal). */
    projects: { title: string; description: string; line: string }[];
    needs: string[];
    offers: string[];
    tags: string[];
  };
  contact: ContactInput | null;
  /** Whether the file gave the sector (else the default was used, which must not overwrite a known one). */
  sectorGiven: boolean;
  problems: ImportProblem[];
};

const messages = {
  missing_name: ['Organisationens namn saknas.', 'The organisation name is missing.'],
  invalid_org_number: [
    'Organisationsnumret "{value}" är inte giltigt (10 siffror med rätt kontrollsiffra).',
    'The organisationsnummer "{value}" is not valid (10 digits with a correct check digit).',
  ],
  unknown_county: ['Okänt län: "{value}".', 'Unknown county: "{value}".'],
  missing_county: [
    'Län saknas (och kan inte läsas ut från kommunen).',
    'The county is missing (and cannot be told from the municipality).',
  ],
  unknown_municipality: ['Okänd kommun: "{value}".', 'Unknown municipality: "{value}".'],
  municipality_not_in_county: [
    'Kommunen "{value}" ligger inte i det angivna länet.',
    'The municipality "{value}" is not in the given county.',
  ],
  unknown_sector: ['Okänd typ av organisation: "{value}".', 'Unknown type of organisation: "{value}".'],
  invalid_website: ['Webbadressen "{value}" är inte giltig.', 'The web address "{value}" is not valid.'],
  invalid_email: ['E-postadressen "{value}" är inte giltig.', 'The email address "{value}" is not valid.'],
  contact_without_email: [
    'Kontaktpersonen har ingen e-postadress och sparas inte.',
    'The contact person has no email address and is not stored.',
  ],
  too_long: [
    'Texten är för lång: {value} tecken, högst {max}.',
    'The text is too long: {value} characters, at most {max}.',
  ],
  too_many: ['För många: {value}, högst {max}.', 'Too many: {value}, at most {max}.'],
  missing_goals: [
    'Mål saknas: en inskickad profil behöver mål (importera som utkast för att ta med den ändå).',
    'Goals are missing: a submitted profile needs goals (import as drafts to take it in anyway).',
  ],
  duplicate_in_file: ['Samma organisation som på rad {value}.', 'The same organisation as on row {value}.'],
  invalid: ['Ogiltigt värde: {value}.', 'Invalid value: {value}.'],
  no_name_column: [
    'Ingen kolumn är vald för organisationens namn: välj en i kolumnvalet.',
    'No column is chosen for the organisation name: choose one in the mapping.',
  ],
} as const;
export type ProblemCode = keyof typeof messages;

export function problem(
  row: number | null,
  column: string | null,
  code: ProblemCode,
  values: { value?: string | number; max?: number } = {},
): ImportProblem {
  const fill = (text: string) =>
    text.replace('{value}', String(values.value ?? '')).replace('{max}', String(values.max ?? ''));
  const [sv, en] = messages[code];
  return { row, column, code, sv: fill(sv), en: fill(en) };
}

const countyKeys = new Map<string, string>();
for (const county of counties) {
  const full = normaliseHeader(county.name);
  const stem = full.replace(/ lan$/, '');
  for (const key of [full, stem, stem.replace(/s$/, ''), `region ${stem.replace(/s$/, '')}`, county.code]) {
    countyKeys.set(key, county.name);
  }
  countyKeys.set(`${stem.replace(/s$/, '')} county`, county.name);
}
export function readCounty(text: string): string | null {
  return countyKeys.get(normaliseHeader(text)) ?? null;
}

const municipalityKeys = new Map(
  municipalities.map((m) => [normaliseHeader(m.name).replace(/ (kommun|stad)$/, ''), m] as const),
);
function readMunicipality(text: string) {
  return municipalityKeys.get(normaliseHeader(text).replace(/ (kommun|stad|municipality)$/, '')) ?? null;
}

const sectorWords: readonly [SectorId, RegExp][] = [
  ['brukarorganisation', /brukar|anhorig|patientforening|user and carer|patient organi/],
  [
    'arbetsmarknadsorganisation',
    /fackforbund|fackforening|arbetsgivar|arbetsmarknadsorg|trade union|labour market/,
  ],
  ['trossamfund', /trossamfund|kyrka|forsamling|moske|synagoga|faith|church/],
  ['akademi', /universitet|hogskola|akademi|forskning|university|college|academ/],
  ['myndighet', /myndighet|statlig|government|agency/],
  ['region', /^region|landsting/],
  ['kommun', /kommun|municipal/],
  ['naringsliv', /foretag|naringsliv|bolag|company|business|private/],
  [
    'civilsamhalle',
    /civilsamhalle|ideell|forening|stiftelse|organisation|ngo|non ?profit|civil society|association|charity/,
  ],
  ['annan', /annan|ovrig|other/],
];
export function readSector(text: string): SectorId | null {
  const key = normaliseHeader(text);
  const exact = sectors.find(
    (s) => normaliseHeader(s.sv) === key || normaliseHeader(s.en) === key || s.id === key,
  );
  if (exact) return exact.id;
  return sectorWords.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}

function websiteOf(text: string): string {
  const trimmed = text.trim();
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/\//, '')}`;
}

const projectTitleLength = 120;
/** A project from one answer: a short answer is its title; a long one gets its first words as the title. */
function projectOf(text: string): { title: string; description: string } {
  if (text.length <= profileLimits.projectTitle) return { title: text, description: '' };
  const sentence = text.split(/(?<=[.!?])\s/)[0] ?? text;
  const title =
    sentence.length <= projectTitleLength
      ? sentence
      : `${sentence.slice(0, projectTitleLength).replace(/\s+\S*$/, '')} …`;
  return { title, description: text };
}

/** The organisation's identity for finding duplicates in the file and existing organisations. */
export function organisationKey(o: { name: string; orgNumber: string | null }): string {
  return o.orgNumber ? `nr:${o.orgNumber}` : `name:${normaliseHeader(o.name)}`;
}

/**
 * A cell an export neutralised (decision 010: a leading quote before `=`, `+`, `-`, `@`…) reads as the text
 * it stands for, so an exported sheet comes back unchanged; the text is still only text, never evaluated.
 */
const neutralised = /^'(?=[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20])/;
export function unquoted(cell: string): string {
  return cell.replace(neutralised, '');
}

/** Ids that only let a row pass the profile schema; the same few for every row, so made once. */
const checkIds = new Map<string, string>();
function idFor(kind: string, index: number): string {
  const key = `check/${kind}/${index}`;
  let id = checkIds.get(key);
  if (!id) {
    id = nameBasedUuid(key);
    checkIds.set(key, id);
  }
  return id;
}

export type RowOptions = { defaultSector?: SectorId; asDrafts: boolean };

/**
 * Reads every data row through the mapping and checks it with the same shared schemas the API uses for an
 * organisation, a profile and a contact person; each problem names its row and column.
 */
export function readSurveyRows(rows: SheetRow[], mapping: ImportMapping, options: RowOptions): SurveyRow[] {
  const firstRowByKey = new Map<string, number>();
  return rows.map((sheetRow) => {
    const problems: ImportProblem[] = [];
    const at = (n: number) => unquoted(sheetRow.cells[n]?.trim() ?? '');
    const columnsOf = (field: string) =>
      mapping.columns.flatMap((c, index) => (c.field === field ? [{ header: c.header, index }] : []));
    const single = (field: string) => {
      const column = columnsOf(field)[0];
      return column ? { header: column.header, value: at(column.index) } : { header: null, value: '' };
    };
    const add = (
      column: string | null,
      code: ProblemCode,
      values?: { value?: string | number; max?: number },
    ) => problems.push(problem(sheetRow.number, column, code, values));

    // Organisation
    const name = single('name');
    const orgNumber = single('orgNumber');
    const county = single('county');
    const municipality = single('municipality');
    const sector = single('sector');
    const website = single('website');
    if (!name.value) add(name.header, 'missing_name');
    let normalisedNumber: string | null = null;
    if (orgNumber.value) {
      normalisedNumber = normaliseOrganisationNumber(orgNumber.value);
      if (!normalisedNumber) add(orgNumber.header, 'invalid_org_number', { value: orgNumber.value });
    }
    const knownMunicipality = municipality.value ? readMunicipality(municipality.value) : null;
    if (municipality.value && !knownMunicipality) {
      add(municipality.header, 'unknown_municipality', { value: municipality.value });
    }
    let countyName: string | null = null;
    if (county.value) {
      countyName = readCounty(county.value);
      if (!countyName) add(county.header, 'unknown_county', { value: county.value });
    } else if (knownMunicipality) {
      countyName = counties.find((c) => c.code === knownMunicipality.countyCode)?.name ?? null;
    } else {
      add(county.header ?? municipality.header, 'missing_county');
    }
    let sectorId: SectorId | null = options.defaultSector ?? 'annan';
    if (sector.value) {
      sectorId = readSector(sector.value);
      if (!sectorId) add(sector.header, 'unknown_sector', { value: sector.value });
    }

    let organisation: OrganisationInput | null = null;
    const orgNumberOk = !orgNumber.value || normalisedNumber !== null;
    if (name.value && countyName && sectorId && orgNumberOk && (!municipality.value || knownMunicipality)) {
      const parsed = createOrganisationSchema.safeParse({
        name: name.value,
        orgNumber: normalisedNumber,
        sector: sectorId,
        county: countyName,
        municipality: knownMunicipality?.name ?? null,
        website: website.value ? websiteOf(website.value) : null,
      });
      if (parsed.success) organisation = parsed.data;
      else {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          if (field === 'website') add(website.header, 'invalid_website', { value: website.value });
          else if (field === 'municipality') {
            add(municipality.header, 'municipality_not_in_county', { value: municipality.value });
          } else if (issue.code === 'too_big') {
            const column = field === 'name' ? name.header : null;
            add(column, 'too_long', { value: name.value.length, max: Number(issue.maximum) });
          } else add(single(field).header, 'invalid', { value: issue.message });
        }
      }
    }

    // The four points; every text remembers its column so that a problem can point at it.
    const goals = columnsOf('goals')
      .map((c) => at(c.index))
      .filter((t) => t !== '')
      .join('\n\n');
    const listFrom = (field: string) =>
      columnsOf(field).flatMap((c) => splitItems(at(c.index)).map((text) => ({ text, header: c.header })));
    const needs = listFrom('needs');
    const offers = listFrom('offers');
    const projects = listFrom('projects').map((p) => ({
      ...projectOf(p.text),
      line: p.text,
      header: p.header,
    }));
    const tags = [...new Set(columnsOf('tags').flatMap((c) => splitTags(at(c.index))))];
    const tagHeader = columnsOf('tags')[0]?.header ?? null;
    const content = {
      goals,
      projects: projects.map((p, index) => ({
        id: idFor('project', index),
        title: p.title,
        description: p.description,
      })),
      needs: needs.map((n, index) => ({ id: idFor('need', index), text: n.text, themes: tags })),
      offers: offers.map((o, index) => ({ id: idFor('offer', index), text: o.text, themes: tags })),
    };
    const schema = options.asDrafts ? profileDraftContentSchema : profileSubmissionContentSchema;
    const checked = schema.safeParse(content);
    if (!checked.success) {
      const reported = new Set<string>();
      for (const issue of checked.error.issues) {
        const [list, index, part] = issue.path;
        const source =
          list === 'needs'
            ? needs[Number(index)]
            : list === 'offers'
              ? offers[Number(index)]
              : list === 'projects'
                ? projects[Number(index)]
                : undefined;
        const header =
          list === 'goals'
            ? (columnsOf('goals')[0]?.header ?? null)
            : part === 'themes'
              ? tagHeader
              : (source?.header ?? columnsOf(String(list))[0]?.header ?? null);
        const key = `${header}/${issue.code}/${String(part)}`;
        if (issue.code === 'too_small' && list === 'goals') add(header, 'missing_goals');
        else if (issue.code === 'too_big' && typeof index === 'number' && part !== 'themes') {
          const i = Number(index);
          const text =
            list === 'projects' ? projects[i]?.title : list === 'needs' ? needs[i]?.text : offers[i]?.text;
          add(header, 'too_long', { value: text?.length ?? 0, max: Number(issue.maximum) });
        } else if (issue.code === 'too_big' && index === undefined && list !== 'goals') {
          if (!reported.has(key))
            add(header, 'too_many', {
              value: (content[list as 'needs'] ?? []).length,
              max: Number(issue.maximum),
            });
        } else if (issue.code === 'too_big' && list === 'goals') {
          add(header, 'too_long', { value: goals.length, max: Number(issue.maximum) });
        } else if (!reported.has(key)) add(header, 'invalid', { value: issue.message });
        reported.add(key);
      }
    }

    // Contact person: personal data, kept only when it can be used (an email to reach them).
    let contact: ContactInput | null = null;
    const contactName = single('contactName');
    const contactEmail = single('contactEmail');
    const contactPhone = single('contactPhone');
    if (contactEmail.value) {
      const parsed = contactInputSchema.safeParse({
        name: contactName.value || contactEmail.value,
        email: contactEmail.value,
        phone: contactPhone.value || null,
      });
      if (parsed.success) contact = parsed.data;
      else add(contactEmail.header, 'invalid_email', { value: contactEmail.value });
    } else if (contactName.value || contactPhone.value) {
      add(contactEmail.header ?? contactName.header, 'contact_without_email');
    }

    if (organisation) {
      const key = organisationKey(organisation);
      const nameKey = organisationKey({ name: organisation.name, orgNumber: null });
      const earlier = firstRowByKey.get(key) ?? firstRowByKey.get(nameKey);
      if (earlier !== undefined) {
        add(organisation.orgNumber ? orgNumber.header : name.header, 'duplicate_in_file', { value: earlier });
      } else {
        firstRowByKey.set(key, sheetRow.number);
        firstRowByKey.set(nameKey, sheetRow.number);
      }
    }

    return {
      row: sheetRow.number,
      organisation,
      content: {
        goals,
        projects: projects.map(({ title, description, line }) => ({ title, description, line })),
        needs: needs.map((n) => n.text),
        offers: offers.map((o) => o.text),
        tags,
      },
      contact,
      sectorGiven: sector.value !== '',
      problems,
    };
  });
}

/** A problem that blocks the row (a contact that cannot be stored only loses the contact). */
export function blocksRow(p: ImportProblem): boolean {
  return p.code !== 'contact_without_email';
}
