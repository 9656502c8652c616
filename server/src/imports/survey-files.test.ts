import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishHeaders, swedishHeaders } from '../../../tests/fixtures/imports/survey-answers';
import { mappingForHeaders, proposeField } from './column-mapping';
import { splitItems } from './split-items';
import { decodeText, detectDelimiter, readSpreadsheet } from './spreadsheet';
import { readSurveyRows } from './survey-rows';

const fixtures = join(import.meta.dirname, '../../../tests/fixtures/imports');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

describe('reading survey files', () => {
  it('reads Swedish Excel CSV in UTF-8 with a BOM, CRLF and line breaks inside quoted cells', async () => {
    const table = await readSpreadsheet('svar.csv', fixture('svar-excel-utf8.csv'));
    expect(table.format).toBe('csv');
    expect(table.headers[0]).toBe('Tidstämpel');
    expect(table.headers).toHaveLength(14);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]?.cells[12]).toBe(
      '- Hjälp att utvärdera våra samtalsgrupper\n- Lokaler för helgträffar i Timrå',
    );
    // Row numbers are those a spreadsheet program shows: a quoted line break does not start a row.
    expect(table.rows.map((r) => r.number)).toEqual([2, 3, 4]);
  });

  it('reads the same answers saved as Windows-1252', async () => {
    const bytes = fixture('svar-excel-1252.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const table = await readSpreadsheet('svar.csv', bytes);
    expect(table.headers[4]).toBe('Län');
    expect(table.rows[0]?.cells[1]).toBe('Föreningen Gröna Bänken');
    expect(table.rows[0]?.cells[7]).toBe('Åsa Öberg');
    // 0x95 is Windows-1252's bullet, which Node's own decoder reads as a control character.
    expect(bytes.includes(0x95)).toBe(true);
    expect(table.rows[2]?.cells[13]).toBe('• Handledning för personal • Statistik om psykisk hälsa i länet');
  });

  it('reads a comma CSV from Google Forms', async () => {
    const table = await readSpreadsheet('form.csv', fixture('google-forms.csv'));
    expect(table.headers[0]).toBe('Timestamp');
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]?.cells[9]).toBe('Funding for the night shifts\nVolunteers who speak Arabic');
  });

  it('reads the sheet with answers of a workbook, spreads a merged header and drops empty rows', async () => {
    const table = await readSpreadsheet('enkat.xlsx', fixture('enkat.xlsx'));
    expect(table.sheets).toEqual(['Instruktioner', 'Svar']);
    expect(table.sheet).toBe('Svar');
    expect(table.headers[7]).toBe('Behov av stöd');
    expect(table.headers[8]).toBe('Behov av stöd');
    expect(table.rows.map((r) => r.number)).toEqual([3, 5]);
    // Formulas are not evaluated: the stored result, or the text as typed.
    expect(table.rows[1]?.cells[6]).toBe('3');
    expect(table.rows[1]?.cells[9]).toBe('=HYPERLINK("http://example.com")');
    const chosen = await readSpreadsheet('enkat.xlsx', fixture('enkat.xlsx'), 'Instruktioner');
    expect(chosen.headers[0]).toBe('Svaren finns på fliken Svar.');
  });

  it('refuses what is not a readable spreadsheet, with a clear message', async () => {
    await expect(readSpreadsheet('tom.csv', new Uint8Array())).rejects.toThrow('The file is empty.');
    await expect(readSpreadsheet('a.xlsx', new TextEncoder().encode('hej;hopp'))).rejects.toThrow(
      'not an xlsx file',
    );
    await expect(
      readSpreadsheet('protected.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
    ).rejects.toThrow('password-protected');
    await expect(readSpreadsheet('enkat.xlsx', fixture('enkat.xlsx'), 'Finns inte')).rejects.toThrow(
      'has no sheet "Finns inte"',
    );
    await expect(readSpreadsheet('big.csv', new Uint8Array(10 * 1024 * 1024 + 1))).rejects.toThrow(
      'the limit is 10 MB',
    );
    await expect(readSpreadsheet('bin.csv', new Uint8Array([1, 0, 2, 0]))).rejects.toThrow(
      'not a spreadsheet',
    );
  });

  it('decodes valid UTF-8 as UTF-8 and anything else as Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xc3, 0xa5]))).toBe('å');
    expect(decodeText(new Uint8Array([0xe5, 0x80]))).toBe('å€');
    expect(detectDelimiter('a;"b,c";d\r\n1,2')).toBe(';');
    expect(detectDelimiter('a,b,"c;d"\n')).toBe(',');
  });
});

describe('proposing a mapping from the headers', () => {
  it('maps the questions of a kraftsamling-style survey and ignores its timestamp', () => {
    const fields = [...swedishHeaders, 'Teman'].map(proposeField);
    expect(fields).toEqual([
      'ignore',
      'name',
      'orgNumber',
      'sector',
      'county',
      'municipality',
      'website',
      'contactName',
      'contactEmail',
      'contactPhone',
      'goals',
      'projects',
      'needs',
      'offers',
      'tags',
    ]);
  });

  it('maps a Google Forms export in English', () => {
    const { mapping } = mappingForHeaders(englishHeaders);
    expect(mapping.columns.map((c) => c.field)).toEqual([
      'ignore',
      'contactEmail',
      'name',
      'orgNumber',
      'sector',
      'county',
      'municipality',
      'goals',
      'projects',
      'needs',
      'offers',
    ]);
  });

  it('asks for needs, not goals, when a question names both', () => {
    expect(proposeField('Vad skulle ni behöva stöd eller hjälp med för att nå målen?')).toBe('needs');
  });

  it('lets a saved mapping decide for the headers it knows, and one column per need', () => {
    const saved = { columns: [{ header: 'Namn på verksamheten', field: 'name' as const }] };
    const result = mappingForHeaders(
      ['Namn på verksamheten', 'Behov 1', 'Behov 2', 'E-post', 'E-post'],
      saved,
    );
    expect(result.source).toBe('saved');
    expect(result.mapping.columns.map((c) => c.field)).toEqual([
      'name',
      'needs',
      'needs',
      'contactEmail',
      'ignore',
    ]);
  });
});

describe('splitting several answers in one cell', () => {
  it.each([
    ['- A\n- B', ['A', 'B']],
    ['• A\r\n• B\nfortsättning', ['A', 'B fortsättning']],
    ['1. A\n2) B', ['A', 'B']],
    ['1. A 2. B', ['A', 'B']],
    ['A; B;', ['A', 'B']],
    ['• A • B', ['A', 'B']],
    // One exported item holding a semicolon stays whole.
    ['• Lokaler; gärna kvällstid', ['Lokaler; gärna kvällstid']],
    ['A\nB', ['A', 'B']],
    ['Bara en sak', ['Bara en sak']],
    ['  ', []],
  ])('%j becomes %j', (cell, items) => {
    expect(splitItems(cell)).toEqual(items);
  });
});

describe('reading the rows', () => {
  it('turns the Swedish survey into organisations, four points and contact persons', async () => {
    const table = await readSpreadsheet('svar.csv', fixture('svar-excel-utf8.csv'));
    const rows = readSurveyRows(table.rows, mappingForHeaders(table.headers).mapping, { asDrafts: false });
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
    const [first, second, third] = rows;
    expect(first?.organisation).toMatchObject({
      name: 'Föreningen Gröna Bänken',
      sector: 'civilsamhalle',
      county: 'Västernorrlands län',
      municipality: 'Sundsvall',
      website: 'https://www.gronabanken.se',
    });
    expect(first?.contact).toEqual({
      name: 'Åsa Öberg',
      email: 'asa.oberg@gronabanken.se',
      phone: '070-123 45 67',
      title: null,
      // A survey's answer says nothing of agreeing to be mailed about interest: not agreed.
      mayContact: false,
    });
    expect(first?.content.needs).toEqual([
      'Hjälp att utvärdera våra samtalsgrupper',
      'Lokaler för helgträffar i Timrå',
    ]);
    expect(first?.content.offers).toHaveLength(2);
    expect(second?.organisation?.county).toBe('Västernorrlands län');
    expect(second?.content.needs).toEqual([
      'Forskningsstöd för att följa upp insatser',
      'Fler frivilliga besöksvänner',
    ]);
    expect(third?.organisation?.sector).toBe('region');
    expect(third?.content.offers).toEqual(['Handledning för personal', 'Statistik om psykisk hälsa i länet']);
  });

  it('names each problem by row and column, in Swedish and English', async () => {
    const table = await readSpreadsheet('fel.csv', fixture('svar-med-fel.csv'));
    const rows = readSurveyRows(table.rows, mappingForHeaders(table.headers).mapping, { asDrafts: false });
    const problems = rows.flatMap((r) => r.problems).map((p) => [p.row, p.column, p.code]);
    expect(problems).toEqual([
      [3, 'Org.nr', 'invalid_org_number'],
      [4, 'Län', 'unknown_county'],
      [5, 'Vad skulle ni behöva stöd eller hjälp med?', 'too_long'],
      [6, 'Organisation', 'duplicate_in_file'],
    ]);
    const tooLong = rows[3]?.problems[0];
    expect(tooLong?.sv).toBe('Texten är för lång: 2100 tecken, högst 2000.');
    expect(tooLong?.en).toBe('The text is too long: 2100 characters, at most 2000.');
    expect(rows[4]?.problems[0]?.sv).toBe('Samma organisation som på rad 2.');
  });

  it('takes the needs of one column per need, and tells a missing goal apart for drafts', async () => {
    const table = await readSpreadsheet('enkat.xlsx', fixture('enkat.xlsx'));
    const { mapping } = mappingForHeaders(table.headers);
    const rows = readSurveyRows(table.rows, mapping, { asDrafts: false });
    expect(rows[0]?.content.needs).toEqual([
      'Hjälp att utvärdera våra samtalsgrupper',
      'Lokaler för helgträffar',
    ]);
    expect(rows[1]?.content.needs).toEqual(['Stöd i medborgardialog']);
    const noGoals = {
      ...mapping,
      columns: mapping.columns.map((c) => (c.field === 'goals' ? { ...c, field: 'ignore' as const } : c)),
    };
    expect(readSurveyRows(table.rows, noGoals, { asDrafts: false })[0]?.problems[0]?.code).toBe(
      'missing_goals',
    );
    expect(readSurveyRows(table.rows, noGoals, { asDrafts: true })[0]?.problems).toEqual([]);
  });
});
