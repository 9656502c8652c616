import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportPreview, ImportResult, OrganisationList } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation, createOrganisation } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const fixtures = join(import.meta.dirname, '../fixtures/imports');
const upload = (name: string) => ({ name, data: readFileSync(join(fixtures, name)).toString('base64') });

async function organisationsIn(mobilisationId: string) {
  const res = await t.request({
    method: 'GET',
    url: `/api/mobilisations/${mobilisationId}/organisations?limit=100`,
  });
  return res.json() as OrganisationList;
}
async function jobCount() {
  const rows = await t.app.db
    .selectFrom('jobs')
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(rows.n);
}

describe('importing survey answers', () => {
  it('previews a Swedish Excel CSV without writing, then imports all of it and queues a re-match', async () => {
    const m = await createMobilisation(t);
    const jobsBefore = await jobCount();
    const preview = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports/preview`,
      payload: { file: upload('svar-excel-1252.csv') },
    });
    expect(preview.statusCode).toBe(200);
    const body = preview.json() as ImportPreview;
    expect(body.mappingSource).toBe('proposed');
    expect(body.counts).toEqual({ rows: 3, new: 3, updated: 0, unchanged: 0, withErrors: 0 });
    expect(body.profiles[0]).toMatchObject({ name: 'Föreningen Gröna Bänken', status: 'new' });
    expect((await organisationsIn(m.id)).total).toBe(0);
    expect(await jobCount()).toBe(jobsBefore);

    const imported = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file: upload('svar-excel-1252.csv') },
    });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({
      counts: { rows: 3, new: 3, updated: 0, unchanged: 0, withErrors: 0 },
      skipped: 0,
      rematchQueued: true,
      invited: 0,
    } satisfies ImportResult);
    const list = await organisationsIn(m.id);
    expect(list.total).toBe(3);
    expect(list.items.every((i) => i.status === 'submitted')).toBe(true);
    const green = list.items.find((i) => i.organisation.name === 'Föreningen Gröna Bänken');
    expect(green).toMatchObject({ needCount: 2, offerCount: 2, projectCount: 2 });
    // The contact person is stored like one typed in the app.
    const contacts = await t.request({
      method: 'GET',
      url: `/api/organisations/${green?.organisation.id}/contacts`,
    });
    expect(contacts.json().contacts).toEqual([
      {
        name: 'Åsa Öberg',
        email: 'asa.oberg@gronabanken.se',
        phone: '070-123 45 67',
        title: null,
        mayContact: false,
      },
    ]);
    const jobs = await t.app.db.selectFrom('jobs').select(['kind', 'payload']).execute();
    expect(jobs).toContainEqual({ kind: 'match-mobilisation', payload: { mobilisationId: m.id } });
    const auditLog = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/audit` });
    expect(JSON.stringify(auditLog.json())).toContain('profiles.imported');

    // The same answers again, now as UTF-8 from the other export: nothing changes.
    const again = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports/preview`,
      payload: { file: upload('svar-excel-utf8.csv') },
    });
    expect(again.json().counts).toEqual({ rows: 3, new: 0, updated: 0, unchanged: 3, withErrors: 0 });
    expect(again.json().mappingSource).toBe('saved');
    const twice = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file: upload('svar-excel-utf8.csv') },
    });
    expect(twice.json()).toMatchObject({ counts: { unchanged: 3 }, rematchQueued: false });
  });

  it('matches an organisation already in the mobilisation by name and updates it', async () => {
    const m = await createMobilisation(t);
    await createOrganisation(t, m.id, {
      name: 'Mind the Gap Helpline',
      county: 'Stockholms län',
      municipality: null,
    });
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file: upload('google-forms.csv'), asDrafts: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().counts).toMatchObject({ new: 1, updated: 1 });
    const list = await organisationsIn(m.id);
    expect(list.total).toBe(2);
    expect(list.items.map((i) => i.status).sort()).toEqual(['draft', 'draft']);
  });

  it('takes two rows that stand for one organisation one after the other, as a row-by-row import would', async () => {
    const m = await createMobilisation(t);
    await createOrganisation(t, m.id, {
      name: 'Föreningen Bron',
      orgNumber: '2120000142',
      county: 'Stockholms län',
      municipality: null,
    });
    // Row 2 finds it by its number and renames it; row 3 has its old name, which is then nobody's: a new one.
    const csv = [
      'Organisation;Organisationsnummer;Län;Vilka mål ser ni behöver uppnås?',
      'Föreningen Bron Norr;212000-0142;Stockholms län;Fler unga ska få stöd tidigt.',
      'Föreningen Bron;;Stockholms län;Ingen ska behöva vänta på hjälp.',
    ].join('\r\n');
    const file = { name: 'bron.csv', data: Buffer.from(csv, 'utf8').toString('base64') };
    const preview = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports/preview`,
      payload: { file },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().counts).toMatchObject({ new: 1, updated: 1, withErrors: 0 });
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().counts).toMatchObject({ new: 1, updated: 1 });
    const names = (await organisationsIn(m.id)).items.map((i) => i.organisation.name).sort();
    expect(names).toEqual(['Föreningen Bron', 'Föreningen Bron Norr']);
  });

  it('reports every broken row, changes nothing for a file with errors, and imports the rest when asked', async () => {
    const m = await createMobilisation(t);
    const preview = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports/preview`,
      payload: { file: upload('svar-med-fel.csv') },
    });
    const body = preview.json() as ImportPreview;
    expect(body.counts).toMatchObject({ rows: 5, new: 1, withErrors: 4 });
    expect(body.problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual([
      '3:Org.nr:invalid_org_number',
      '4:Län:unknown_county',
      '5:Vad skulle ni behöva stöd eller hjälp med?:too_long',
      '6:Organisation:duplicate_in_file',
    ]);
    const refused = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file: upload('svar-med-fel.csv') },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('4 of 5 rows have errors');
    expect((await organisationsIn(m.id)).total).toBe(0);

    const skipped = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file: upload('svar-med-fel.csv'), skipRowsWithErrors: true },
    });
    expect(skipped.json()).toMatchObject({ skipped: 4, counts: { new: 1 } });
    expect((await organisationsIn(m.id)).total).toBe(1);
  });

  it('reads the chosen sheet of a workbook with an adjusted mapping, and keeps that mapping', async () => {
    const m = await createMobilisation(t);
    const first = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports/preview`,
      payload: { file: upload('enkat.xlsx') },
    });
    const body = first.json() as ImportPreview;
    expect(body).toMatchObject({ format: 'xlsx', sheets: ['Instruktioner', 'Svar'], sheet: 'Svar' });
    const mapping = {
      columns: body.mapping.columns.map((c) =>
        c.header === 'Vad kan ni erbjuda andra?' ? { ...c, field: 'ignore' as const } : c,
      ),
    };
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file: upload('enkat.xlsx'), sheet: 'Svar', mapping },
    });
    expect(res.statusCode).toBe(200);
    const list = await organisationsIn(m.id);
    expect(list.items.map((i) => [i.needCount, i.offerCount]).sort()).toEqual([
      [1, 0],
      [2, 0],
    ]);
    const saved = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/import-mapping` });
    expect(saved.json().mapping).toEqual(mapping);
  });

  it('answers files it cannot read with a clear 4xx and writes nothing', async () => {
    const m = await createMobilisation(t);
    const post = (file: { name: string; data: string }, extra: object = {}) =>
      t.request({ method: 'POST', url: `/api/mobilisations/${m.id}/imports`, payload: { file, ...extra } });
    const notBase64 = await post({ name: 'x.csv', data: '***' });
    expect(notBase64.statusCode).toBe(400);
    const empty = await post({ name: 'x.csv', data: '' });
    expect(empty.json().error.message).toBe('The file is empty.');
    // In the reader's language too: the page shows the Swedish or the English text.
    expect(empty.json().error.texts).toEqual({ sv: 'Filen är tom.', en: 'The file is empty.' });
    const fake = await post({ name: 'x.xlsx', data: Buffer.from('PK not a zip').toString('base64') });
    expect(fake.statusCode).toBe(400);
    const noNames = await post({
      name: 'x.csv',
      data: Buffer.from('Färg;Storlek\r\nblå;stor\r\n').toString('base64'),
    });
    expect(noNames.json().error.message).toContain('No column is chosen for the organisation name');
    const wrongMapping = await post(upload('google-forms.csv'), {
      mapping: { columns: [{ header: 'Other', field: 'name' }] },
    });
    expect(wrongMapping.json().error.message).toContain('does not fit');
    const tooLarge = await post({ name: 'big.csv', data: 'A'.repeat(15 * 1024 * 1024) });
    expect(tooLarge.statusCode).toBe(413);
    expect((await organisationsIn(m.id)).total).toBe(0);
  });

  it('lets only the mobilisation’s coordinators preview and import', async () => {
    const m = await createMobilisation(t);
    const other = await createMobilisation(t);
    const participant = await t.createActor([{ mobilisationId: m.id, role: 'participant' }]);
    const coordinatorElsewhere = await t.createActor([{ mobilisationId: other.id, role: 'coordinator' }]);
    const coordinator = await t.createActor([{ mobilisationId: m.id, role: 'coordinator' }]);
    const payload = { file: upload('google-forms.csv') };
    const url = `/api/mobilisations/${m.id}/imports/preview`;
    expect((await t.request({ method: 'POST', url, payload }, null)).statusCode).toBe(401);
    expect((await t.request({ method: 'POST', url, payload }, participant)).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, payload }, coordinatorElsewhere)).statusCode).toBe(403);
    expect((await t.request({ method: 'POST', url, payload }, coordinator)).statusCode).toBe(200);
    const put = await t.request(
      { method: 'PUT', url: `/api/mobilisations/${m.id}/import-mapping`, payload: { columns: [] } },
      participant,
    );
    expect(put.statusCode).toBe(403);
  });
});
