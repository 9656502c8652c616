import { AppError, type BilingualText, type ErrorCode } from '@kraftsamling/shared';

/**
 * Why a whole file cannot be imported, in Swedish and English (row problems are in survey-rows.ts). The error
 * carries both (`texts`): the request's answer shows the reader's language, and a job's run keeps both.
 * `{placeholders}` are filled from the values given.
 */
const messages = {
  too_large: [
    'Filen är {size} MB; gränsen är {limit} MB.',
    'The file is {size} MB; the limit is {limit} MB.',
  ],
  empty: ['Filen är tom.', 'The file is empty.'],
  no_rows: ['Filen har inga rader: den är tom.', 'The file has no rows: it is empty.'],
  not_a_spreadsheet: [
    'Filen är inget kalkylark (xlsx eller csv).',
    'The file is not a spreadsheet (xlsx or csv).',
  ],
  unreadable_csv: ['CSV-filen går inte att läsa: {reason}', 'The CSV file cannot be read: {reason}'],
  unreadable_xlsx: [
    'Filen går inte att läsa som en xlsx-arbetsbok (den kan vara skadad eller lösenordsskyddad). Spara den igen från kalkylprogrammet, eller som CSV.',
    'The file cannot be read as an xlsx workbook (it may be damaged or password-protected). Save it again from the spreadsheet program, or as CSV.',
  ],
  no_sheets: ['Arbetsboken har inga blad.', 'The workbook has no sheets.'],
  no_such_sheet: [
    'Arbetsboken har inget blad "{sheet}"; den har: {sheets}.',
    'The workbook has no sheet "{sheet}"; it has: {sheets}.',
  ],
  password_or_xls: [
    'Filen är lösenordsskyddad eller i Excels gamla format (.xls). Ta bort lösenordet och spara den som .xlsx eller CSV.',
    'The file is password-protected or an old Excel format (.xls). Remove the password and save it as .xlsx or CSV.',
  ],
  macros: [
    'Arbetsböcker med makron läses inte. Spara bladet som .xlsx (utan makron) eller CSV.',
    'Workbooks with macros are not read. Save the sheet as .xlsx (without macros) or CSV.',
  ],
  named_xlsx_not_xlsx: [
    'Filen heter som en arbetsbok men är ingen xlsx-fil.',
    'The file is named as a workbook but is not an xlsx file.',
  ],
  mapping_does_not_fit: [
    'Kolumnvalet passar inte filens kolumner (antalet eller rubrikerna skiljer sig). Välj kolumnerna igen.',
    "The mapping does not fit the file's columns (their number or headers differ). Choose the columns again.",
  ],
  no_name_column: [
    'Ingen kolumn är vald för organisationens namn: ingenting kan importeras.',
    'No column is chosen for the organisation name: nothing can be imported.',
  ],
  rows_with_errors: [
    '{blocked} av {rows} rader har fel. Rätta dem i filen, eller välj att hoppa över dem. Ingenting importerades.',
    '{blocked} of {rows} rows have errors. Fix them in the file, or choose to skip them. Nothing was imported.',
  ],
} as const;
export type FileErrorCode = keyof typeof messages;

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The error for a file that cannot be imported: its code, English message and both languages' texts. */
export function fileError(
  code: FileErrorCode,
  values: Record<string, string | number> = {},
  errorCode: ErrorCode = 'VALIDATION_FAILED',
): AppError {
  const [sv, en] = messages[code];
  const texts = { sv: fill(sv, values), en: fill(en, values) };
  return new AppError(errorCode, texts.en, { texts });
}

/**
 * What an import refused for another reason than its file says, by the error's code (the database's checks:
 * an organisationsnummer another organisation has, a change made meanwhile, a value refused).
 */
const byCode: Partial<Record<ErrorCode, BilingualText>> = {
  ALREADY_EXISTS: {
    sv: 'Ett organisationsnummer i filen tillhör redan en annan organisation. Ingenting importerades.',
    en: 'An organisationsnummer in the file already belongs to another organisation. Nothing was imported.',
  },
  VERSION_CONFLICT: {
    sv: 'En organisation eller profil i filen ändrades medan importen pågick. Ingenting importerades; försök igen.',
    en: 'An organisation or profile in the file was changed while the import ran. Nothing was imported; try again.',
  },
  NOT_FOUND: {
    sv: 'Mobiliseringen eller en organisation i filen finns inte längre. Ingenting importerades.',
    en: 'The mobilisation or an organisation in the file no longer exists. Nothing was imported.',
  },
};

/** Why an import run ended without importing, in both languages, from the error that ended it. */
export function runErrorTexts(error: AppError): BilingualText {
  return (
    error.texts ??
    byCode[error.code] ?? {
      sv: `Filen kunde inte importeras (${error.message}). Ingenting importerades.`,
      en: `The file could not be imported: ${error.message} Nothing was imported.`,
    }
  );
}

/** A run whose job failed for good, on the server's side: told in general words. */
export const runFailedOnServer: BilingualText = {
  sv: 'Importen misslyckades på servern. Ingenting importerades; försök igen.',
  en: 'The import failed on the server. Nothing was imported; try again.',
};
