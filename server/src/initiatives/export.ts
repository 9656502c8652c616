import {
  type Endorsement,
  type Initiative,
  type InitiativeStatus,
  initiativeWords,
  type Locale,
  type Overview,
} from '@kraftsamling/shared';
import ExcelJS from 'exceljs';
import { csvLine, spreadsheetRow } from '../exports/spreadsheet-cell';

/** Every word an export writes itself, in each language the interface speaks. */
const words = {
  sv: {
    status: {
      forslag: 'Förslag',
      forankring: 'Förankring',
      beslutad: 'Beslutad',
      pagaende: 'Pågående',
      avslutad: 'Avslutad',
    },
    endorsement: { inbjuden: 'Inbjuden', forankrad: 'Förankrad i egen organisation', avbojd: 'Avböjd' },
    initiativeHeaders: [
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
    ],
    participantHeaders: ['Initiativ', 'Organisation', 'Sektor', 'Län', 'Ansvar', 'Förankring'],
    unmetHeaders: ['Organisation', 'Län', 'Behov'],
    yes: 'Ja',
    no: 'Nej',
    sheets: { initiatives: 'Initiativ', participants: 'Deltagare', unmet: 'Ej mötta behov' },
    title: 'Initiativlista',
    file: 'initiativlista',
  },
  en: {
    status: {
      forslag: 'Proposal',
      forankring: 'Endorsement',
      beslutad: 'Decided',
      pagaende: 'Ongoing',
      avslutad: 'Completed',
    },
    endorsement: { inbjuden: 'Invited', forankrad: 'Endorsed in own organisation', avbojd: 'Declined' },
    initiativeHeaders: [
      'Title',
      'Description',
      'Status',
      'Goals',
      'Period from',
      'Period to',
      'Lead organisation',
      'Participants',
      'Endorsed',
      'Needs',
      'Offers',
      'Projects',
      'Last changed',
    ],
    participantHeaders: ['Initiative', 'Organisation', 'Sector', 'County', 'Lead', 'Endorsement'],
    unmetHeaders: ['Organisation', 'County', 'Need'],
    yes: 'Yes',
    no: 'No',
    sheets: { initiatives: 'Initiatives', participants: 'Participants', unmet: 'Unmet needs' },
    title: 'Initiative list',
    file: 'initiative-list',
  },
} satisfies Record<
  Locale,
  {
    status: Record<InitiativeStatus, string>;
    endorsement: Record<Endorsement, string>;
    initiativeHeaders: string[];
    [key: string]: unknown;
  }
>;

/** The export's file name without its extension, in the language asked for. */
export function exportFileBase(slug: string, language: Locale): string {
  return `${words[language].file}-${slug}`;
}

/**
 * Which language an export speaks: the one the interface asks for (its language choice, sent with the link),
 * else the first of the browser's languages the product speaks, else Swedish.
 */
export function exportLanguage(asked: Locale | undefined, acceptLanguage: string | undefined): Locale {
  if (asked) return asked;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (tag === 'sv' || tag === 'en') return tag;
  }
  return 'sv';
}

function initiativeRow(i: Initiative, language: Locale): (string | number)[] {
  const text = initiativeWords(i, language);
  return [
    text.title,
    text.description,
    words[language].status[i.status],
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
 * endorsement, and the needs that nothing meets yet, in the language of the person who asks.
 */
export async function initiativeWorkbook(
  mobilisationName: string,
  initiatives: Initiative[],
  unmet: Overview['needs']['unmetItems'],
  language: Locale,
): Promise<Buffer> {
  const w = words[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kraftsamling';
  workbook.title = `${w.title} – ${mobilisationName}`;

  // Every row goes through the one neutraliser every export uses: names and texts are written by members.
  const addRow = (sheet: ExcelJS.Worksheet, values: (string | number)[]) =>
    sheet.addRow(spreadsheetRow(values));
  const bold = (sheet: ExcelJS.Worksheet) => {
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  };

  const list = workbook.addWorksheet(w.sheets.initiatives);
  addRow(list, w.initiativeHeaders);
  for (const i of initiatives) addRow(list, initiativeRow(i, language));
  list.columns.forEach((column, index) => {
    column.width = index === 1 ? 60 : index === 0 || index === 6 ? 36 : 14;
  });
  bold(list);

  const participants = workbook.addWorksheet(w.sheets.participants);
  addRow(participants, w.participantHeaders);
  for (const i of initiatives) {
    const title = initiativeWords(i, language).title;
    for (const p of i.participants) {
      addRow(participants, [
        title,
        p.organisation.name,
        p.organisation.sector,
        p.organisation.county,
        p.lead ? w.yes : w.no,
        w.endorsement[p.endorsement],
      ]);
    }
  }
  participants.columns.forEach((column, index) => {
    column.width = index <= 1 ? 36 : 20;
  });
  bold(participants);

  const needs = workbook.addWorksheet(w.sheets.unmet);
  addRow(needs, w.unmetHeaders);
  for (const n of unmet) addRow(needs, [n.organisation.name, n.organisation.county, n.text]);
  needs.columns.forEach((column, index) => {
    column.width = index === 2 ? 80 : 30;
  });
  bold(needs);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The initiatives as CSV the way Swedish Excel opens it directly: semicolon-separated, UTF-8 with a byte
 * order mark, CRLF line ends.
 */
export function initiativeCsv(initiatives: Initiative[], language: Locale): string {
  const lines = [
    words[language].initiativeHeaders,
    ...initiatives.map((i) => initiativeRow(i, language)),
  ].map(csvLine);
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
