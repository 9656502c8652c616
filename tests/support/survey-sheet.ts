import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

type FixtureOrganisation = {
  name: string;
  type: string;
  county: string;
  answers: {
    goals: string;
    currentProjects: { title: string; description: string }[];
    supportNeeded: { text: string }[];
    supportOffered: { text: string }[];
  };
};

/** A survey export as a table: a header row, one row per organisation, and which rows are broken and how. */
export type SurveySheet = {
  headers: string[];
  rows: string[][];
  /** Spreadsheet row numbers (header = 1) of the broken rows, with what is wrong with each. */
  broken: { row: number; problem: 'invalid_org_number' | 'unknown_county' | 'missing_name' }[];
  /** Names of the organisations of the rows without errors. */
  names: string[];
};

const headers = [
  'Tidstämpel',
  'Organisation',
  'Org.nr',
  'Typ av organisation',
  'Län',
  'Kontaktperson',
  'E-post',
  'Vilka mål ser ni behöver uppnås?',
  'Vilket pågående arbete har ni?',
  'Vad skulle ni behöva stöd eller hjälp med?',
  'Vad kan ni erbjuda andra?',
];

/**
 * A survey sheet of `count` organisations made from the blind evaluation set's fixture table (real-sounding
 * Swedish answers, 50 organisations, used again with a number after the name), with `broken` rows spread
 * through it: an invalid organisationsnummer, an unknown county, a missing name, in turn.
 */
export function surveySheet(count: number, broken = 0): SurveySheet {
  const file = join(import.meta.dirname, '../fixtures/blind-profiles.json');
  const table = (JSON.parse(readFileSync(file, 'utf8')) as { organisations: FixtureOrganisation[] })
    .organisations;
  const problems = ['invalid_org_number', 'unknown_county', 'missing_name'] as const;
  const brokenAt = new Map<number, (typeof problems)[number]>();
  for (let k = 0; k < broken; k++) {
    brokenAt.set(
      Math.floor(((k + 1) * count) / (broken + 1)),
      problems[k % problems.length] ?? 'missing_name',
    );
  }
  const sheet: SurveySheet = { headers, rows: [], broken: [], names: [] };
  for (let i = 0; i < count; i++) {
    const org = table[i % table.length] as FixtureOrganisation;
    const problem = brokenAt.get(i);
    const name = `${org.name} ${Math.floor(i / table.length) + 1}`;
    const list = (texts: string[]) => texts.map((text) => `- ${text}`).join('\n');
    sheet.rows.push([
      `2026-03-01 09:${String(i % 60).padStart(2, '0')}`,
      problem === 'missing_name' ? '' : name,
      problem === 'invalid_org_number' ? '123456-7890' : '',
      org.type,
      problem === 'unknown_county' ? 'Atlantis län' : org.county,
      `Kontakt ${i + 1}`,
      `kontakt${i + 1}@example.se`,
      org.answers.goals,
      list(org.answers.currentProjects.map((p) => p.title)),
      list(org.answers.supportNeeded.map((n) => n.text)),
      list(org.answers.supportOffered.map((o) => o.text)),
    ]);
    if (problem) sheet.broken.push({ row: i + 2, problem });
    else sheet.names.push(name);
  }
  return sheet;
}

/**
 * Rows as CSV text, as spreadsheet programs write it: a cell holding a quote, the delimiter or a line break is
 * quoted. `lineEnd` also ends the last row unless `endWithLineEnd` is false (Google Forms' download).
 */
export function csvText(
  rows: readonly (readonly string[])[],
  {
    delimiter,
    lineEnd,
    endWithLineEnd = true,
  }: { delimiter: ';' | ','; lineEnd: '\r\n' | '\n'; endWithLineEnd?: boolean },
): string {
  const special = new RegExp(`["${delimiter}\\r\\n]`);
  const cell = (v: string) => (special.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = rows.map((r) => r.map(cell).join(delimiter)).join(lineEnd);
  return endWithLineEnd ? `${text}${lineEnd}` : text;
}

/** As Swedish Excel saves "CSV UTF-8": semicolons, a byte order mark, CRLF, quoted cells with line breaks. */
export function sheetCsv(sheet: SurveySheet): Buffer {
  return Buffer.from(
    `\ufeff${csvText([sheet.headers, ...sheet.rows], { delimiter: ';', lineEnd: '\r\n' })}`,
    'utf8',
  );
}

/** An xlsx workbook with the answers on one sheet, written with exceljs. */
export async function sheetXlsx(sheet: SurveySheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const answers = workbook.addWorksheet('Svar');
  answers.addRow(sheet.headers);
  for (const row of sheet.rows) answers.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
