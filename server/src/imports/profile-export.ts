import type { ProfileExportRow } from '@kraftsamling/db';
import { type ImportField, type ProfileContent, sectors } from '@kraftsamling/shared';
import ExcelJS from 'exceljs';
import { csvLine, spreadsheetRow } from '../exports/spreadsheet-cell';

/** Whitespace as the import reads a list item: line breaks and runs of spaces become one space. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A project as one line of the export's project cell. A project whose description starts the way its title
 * was made from it (an imported long answer) is its description; otherwise title and description with a dash
 * between. The import keeps a current project whose line it meets unchanged (id, period and goals too).
 */
export function projectLine(project: ProfileContent['projects'][number]): string {
  const title = oneLine(project.title);
  const description = oneLine(project.description);
  if (description === '') return title;
  if (description.startsWith(title.replace(/ …$/, ''))) return description;
  return `${title} – ${description}`;
}

/**
 * Several items in one cell, one per line after a bullet. The bullet keeps an item that holds a semicolon
 * or starts with a number whole when read back (split-items.ts), and `•` is not a character a spreadsheet
 * reads as the start of a formula, so the cell needs no neutralising quote.
 */
const listCell = (lines: string[]) => lines.map((line) => `• ${line}`).join('\n');

const sectorLabel = new Map<string, string>(sectors.map((s) => [s.id, s.sv]));

/**
 * The export's columns, each with the field the import maps its header to (column-mapping.ts proposes them
 * from these Swedish headers, so a file exported here maps itself when it comes back).
 */
export const profileExportColumns: readonly {
  header: string;
  field: ImportField;
  value: (row: ProfileExportRow) => string;
}[] = [
  { header: 'Organisation', field: 'name', value: (r) => r.organisation.name },
  { header: 'Organisationsnummer', field: 'orgNumber', value: (r) => r.organisation.orgNumber ?? '' },
  {
    header: 'Typ av organisation',
    field: 'sector',
    value: (r) => sectorLabel.get(r.organisation.sector) ?? r.organisation.sector,
  },
  { header: 'Län', field: 'county', value: (r) => r.organisation.county },
  { header: 'Kommun', field: 'municipality', value: (r) => r.organisation.municipality ?? '' },
  { header: 'Webbplats', field: 'website', value: (r) => r.organisation.website ?? '' },
  { header: 'Kontaktperson', field: 'contactName', value: (r) => r.contact?.name ?? '' },
  { header: 'Kontaktpersonens e-post', field: 'contactEmail', value: (r) => r.contact?.email ?? '' },
  { header: 'Kontaktpersonens telefon', field: 'contactPhone', value: (r) => r.contact?.phone ?? '' },
  { header: 'Mål', field: 'goals', value: (r) => r.content.goals },
  {
    header: 'Pågående arbete',
    field: 'projects',
    value: (r) => listCell(r.content.projects.map(projectLine)),
  },
  {
    header: 'Behov av stöd',
    field: 'needs',
    value: (r) => listCell(r.content.needs.map((n) => oneLine(n.text))),
  },
  {
    header: 'Kan erbjuda',
    field: 'offers',
    value: (r) => listCell(r.content.offers.map((o) => oneLine(o.text))),
  },
  {
    header: 'Taggar',
    field: 'tags',
    value: (r) =>
      [...new Set([...r.content.needs, ...r.content.offers].flatMap((item) => item.themes))].join(', '),
  },
];

const headers = profileExportColumns.map((c) => c.header);
const cells = (row: ProfileExportRow) => profileExportColumns.map((c) => c.value(row));

/** All profiles as one sheet, every cell through the one neutraliser every export uses (decision 010). */
export async function profileWorkbook(mobilisationName: string, rows: ProfileExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kraftsamling';
  workbook.title = `Profiler – ${mobilisationName}`;
  const sheet = workbook.addWorksheet('Profiler');
  sheet.addRow(spreadsheetRow(headers));
  for (const row of rows) sheet.addRow(spreadsheetRow(cells(row)));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    column.width = index >= 9 && index <= 12 ? 60 : index === 0 ? 36 : 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The same columns as CSV the way Swedish Excel opens it: semicolons, UTF-8 with a BOM, CRLF. */
export function profileCsv(rows: ProfileExportRow[]): string {
  const lines = [headers, ...rows.map(cells)].map(csvLine);
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
