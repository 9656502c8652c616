import type { Initiative, InitiativeStatus, Overview } from '@kraftsamling/shared';
import ExcelJS from 'exceljs';

export const statusLabel: Record<InitiativeStatus, string> = {
  forslag: 'Förslag',
  forankring: 'Förankring',
  beslutad: 'Beslutad',
  pagaende: 'Pågående',
  avslutad: 'Avslutad',
};
const endorsementLabel = {
  inbjuden: 'Inbjuden',
  forankrad: 'Förankrad i egen organisation',
  avbojd: 'Avböjd',
} as const;

const initiativeHeaders = [
  'Titel',
  'Beskrivning',
  'Status',
  'Mål',
  'Period från',
  'Period till',
  'Ansvarig organisation',
  'Deltagare',
  'Förankrade',
  'Behov',
  'Erbjudanden',
  'Projekt',
  'Senast ändrad',
];

function initiativeRow(i: Initiative): (string | number)[] {
  return [
    i.title,
    i.description,
    statusLabel[i.status],
    i.goals.join(', '),
    i.period.start ?? '',
    i.period.end ?? '',
    i.lead?.name ?? '',
    i.participants.length,
    i.participants.filter((p) => p.endorsement === 'forankrad').length,
    i.links.needs.length,
    i.links.offers.length,
    i.links.projects.length,
    i.updatedAt.slice(0, 10),
  ];
}

/**
 * The initiative list as a workbook for decision meetings: the initiatives, their participants with lead and
 * endorsement, and the needs that nothing meets yet. Headers in Swedish, as the meetings are.
 */
export async function initiativeWorkbook(
  mobilisationName: string,
  initiatives: Initiative[],
  unmet: Overview['needs']['unmetItems'],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kraftsamling';
  workbook.title = `Initiativlista – ${mobilisationName}`;

  const bold = (sheet: ExcelJS.Worksheet) => {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  };

  const list = workbook.addWorksheet('Initiativ');
  list.addRow(initiativeHeaders);
  for (const i of initiatives) list.addRow(initiativeRow(i));
  list.columns.forEach((column, index) => {
    column.width = index === 1 ? 60 : index === 0 || index === 6 ? 36 : 14;
  });
  bold(list);

  const participants = workbook.addWorksheet('Deltagare');
  participants.addRow(['Initiativ', 'Organisation', 'Sektor', 'Län', 'Ansvar', 'Förankring']);
  for (const i of initiatives) {
    for (const p of i.participants) {
      participants.addRow([
        i.title,
        p.organisation.name,
        p.organisation.sector,
        p.organisation.county,
        p.lead ? 'Ja' : 'Nej',
        endorsementLabel[p.endorsement],
      ]);
    }
  }
  participants.columns.forEach((column, index) => {
    column.width = index <= 1 ? 36 : 20;
  });
  bold(participants);

  const needs = workbook.addWorksheet('Ej mötta behov');
  needs.addRow(['Organisation', 'Län', 'Behov']);
  for (const n of unmet) needs.addRow([n.organisation.name, n.organisation.county, n.text]);
  needs.columns.forEach((column, index) => {
    column.width = index === 2 ? 80 : 30;
  });
  bold(needs);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The initiatives as CSV the way Swedish Excel opens it directly: semicolon-separated, UTF-8 with a byte
 * order mark, CRLF line ends.
 */
export function initiativeCsv(initiatives: Initiative[]): string {
  const lines = [initiativeHeaders, ...initiatives.map(initiativeRow)].map((row) =>
    row.map(csvCell).join(';'),
  );
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
