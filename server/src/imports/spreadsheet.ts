import { importFileLimitBytes } from '@kraftsamling/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { fileError } from './file-errors';

/** A table as read from a file: rows of cell texts, with the row number a spreadsheet program shows. */
export type SheetRow = { number: number; cells: string[] };
export type ReadSheet = {
  format: 'xlsx' | 'csv';
  sheets: string[];
  sheet: string | null;
  headers: string[];
  rows: SheetRow[];
};

/**
 * Swedish Excel saves "CSV (semikolonavgränsad)" as Windows-1252 unless the user picks UTF-8, which then gets a
 * BOM. Bytes that are valid UTF-8 are read as UTF-8 (BOM dropped); anything else as Windows-1252.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Node's 'windows-1252' decoder reads 0x80–0x9F as ISO-8859-1 control characters, not as Windows-1252's
    // € ‚ „ … – — ‘ ’ “ ” •, which Excel writes; those 32 bytes are mapped here.
    return Array.from(new TextDecoder('windows-1252').decode(bytes), (ch) => {
      const code = ch.charCodeAt(0);
      return code >= 0x80 && code <= 0x9f ? (windows1252High[code - 0x80] ?? ch) : ch;
    }).join('');
  }
}
const windows1252High = Array.from('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');

/** Semicolon when the header line has more semicolons than commas (Swedish Excel), else comma (Google Forms). */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  let first = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    if (!quoted) first += ch;
  }
  const count = (c: string) => first.split(c).length - 1;
  const tabs = count('\t');
  const semicolons = count(';');
  const commas = count(',');
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons > commas ? ';' : ',';
}

function isEmpty(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** First non-empty row is the header row; empty rows after it are dropped but keep their numbers counted. */
function toTable(format: 'xlsx' | 'csv', sheets: string[], sheet: string | null, raw: SheetRow[]): ReadSheet {
  const rows = raw.filter((r) => !isEmpty(r.cells));
  const [header, ...body] = rows;
  if (!header) throw fileError('no_rows');
  const width = Math.max(...rows.map((r) => r.cells.length));
  const pad = (cells: string[]) => [...cells, ...Array(width - cells.length).fill('')];
  return {
    format,
    sheets,
    sheet,
    headers: pad(header.cells).map((h) => h.replace(/\s+/g, ' ').trim()),
    rows: body.map((r) => ({ number: r.number, cells: pad(r.cells) })),
  };
}

export function readCsv(bytes: Uint8Array): ReadSheet {
  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw fileError('not_a_spreadsheet');
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    throw fileError('unreadable_csv', { reason: error instanceof Error ? error.message : String(error) });
  }
  // A spreadsheet program shows one row per record, however many line breaks its quoted cells hold.
  const rows: SheetRow[] = records.map((cells, index) => ({ number: index + 1, cells }));
  return toTable('csv', [], null, rows);
}

/** A cell's text as the person sees it. Formulas are never evaluated: their stored result or their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = 'result' in value ? value.result : undefined;
    if (result === undefined || result === null || typeof result === 'object') {
      return `=${'formula' in value ? value.formula : ''}`;
    }
    return String(result);
  }
  if ('error' in value) return '';
  return '';
}

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<ReadSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError('unreadable_xlsx');
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  if (sheets.length === 0) throw fileError('no_sheets');
  let worksheet: ExcelJS.Worksheet | undefined;
  if (sheetName !== undefined) {
    worksheet = workbook.worksheets.find((w) => w.name === sheetName);
    if (!worksheet) throw fileError('no_such_sheet', { sheet: sheetName, sheets: sheets.join(', ') });
  } else {
    worksheet = workbook.worksheets.find((w) => w.actualRowCount > 1) ?? workbook.worksheets[0];
  }
  if (!worksheet) throw fileError('no_sheets');
  const rows: SheetRow[] = [];
  // `columnCount` looks at every row each time it is read: read once, not once per cell (which made reading
  // quadratic in the sheet's length — 2,000 rows took seconds).
  const columnCount = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      // A merged range keeps its value in its top-left cell; every cell of it reads as that value.
      cells.push(cellText(cell.isMerged ? cell.master.value : cell.value));
    }
    rows.push({ number, cells });
  });
  return toTable('xlsx', sheets, worksheet.name, rows);
}

function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}
// Encrypted and legacy (.xls) Office files are OLE compound documents.
function looksLikeOle(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Reads an xlsx or csv file (decided by its content, then its name) into a header row and data rows. */
export async function readSpreadsheet(name: string, bytes: Uint8Array, sheet?: string): Promise<ReadSheet> {
  if (bytes.length > importFileLimitBytes) {
    throw fileError(
      'too_large',
      { size: (bytes.length / 1024 / 1024).toFixed(1), limit: importFileLimitBytes / 1024 / 1024 },
      'PAYLOAD_TOO_LARGE',
    );
  }
  if (bytes.length === 0) throw fileError('empty');
  if (looksLikeOle(bytes)) {
    throw fileError('password_or_xls');
  }
  if (looksLikeZip(bytes)) {
    if (/\.xls[mb]$/i.test(name)) {
      throw fileError('macros');
    }
    return readXlsx(bytes, sheet);
  }
  if (/\.xlsx?$/i.test(name)) throw fileError('named_xlsx_not_xlsx');
  return readCsv(bytes);
}
