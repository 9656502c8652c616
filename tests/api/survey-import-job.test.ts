import { type ImportRun, importJobRowThreshold, type OrganisationList } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation } from '../support/fixtures';
import { sheetCsv, surveySheet } from '../support/survey-sheet';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const organisationCount = async (mobilisationId: string) =>
  (
    (
      await t.request({ method: 'GET', url: `/api/mobilisations/${mobilisationId}/organisations?limit=1` })
    ).json() as OrganisationList
  ).total;

async function runOf(mobilisationId: string, runId: string): Promise<ImportRun> {
  const res = await t.request({
    method: 'GET',
    url: `/api/mobilisations/${mobilisationId}/imports/runs/${runId}`,
  });
  expect(res.statusCode).toBe(200);
  return res.json().run;
}

describe('a large import as a job', () => {
  it('queues a file over the threshold, imports it in the job with progress, invites the contact persons and records who imported it', async () => {
    const m = await createMobilisation(t);
    const count = importJobRowThreshold + 40;
    const sheet = surveySheet(count, 3);
    const file = { name: 'stor-enkat.csv', data: sheetCsv(sheet).toString('base64') };
    const started = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file, skipRowsWithErrors: true, inviteContacts: true },
    });
    expect(started.statusCode, started.body).toBe(202);
    const queued: ImportRun = started.json().run;
    expect(queued).toMatchObject({ status: 'queued', fileName: 'stor-enkat.csv', result: null });
    // Nothing is written on the request.
    expect(await organisationCount(m.id)).toBe(0);

    await t.app.jobs.drain();
    const done = await runOf(m.id, queued.id);
    expect(done.status).toBe('done');
    expect(done.result).toEqual({
      counts: { rows: count, new: count - 3, updated: 0, unchanged: 0, withErrors: 3 },
      skipped: 3,
      rematchQueued: true,
      invited: count - 3,
    });
    expect(done.progress).toBe(count);
    expect(done.total).toBe(count);
    expect(await organisationCount(m.id)).toBe(count - 3);

    // The file (contact persons' personal data) is gone with the run's end; the job reached its end.
    const stored = await t.app.db
      .selectFrom('import_runs')
      .leftJoin('jobs', 'jobs.id', 'import_runs.job_id')
      .select(['import_runs.file', 'jobs.status', 'jobs.progress', 'jobs.total'])
      .where('import_runs.id', '=', queued.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ file: null, status: 'done', progress: count, total: count });

    // One invitation per contact, as a member of their organisation, with its mail; who imported is on record.
    const invitations = await t.app.db
      .selectFrom('invitations')
      .select(['role', 'organisation_id', 'invited_by'])
      .where('mobilisation_id', '=', m.id)
      .execute();
    expect(invitations).toHaveLength(count - 3);
    expect(invitations.every((i) => i.role === 'member' && i.organisation_id !== null)).toBe(true);
    expect(new Set(invitations.map((i) => i.invited_by)).size).toBe(1);
    const audit = await t.app.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'details'])
      .where('mobilisation_id', '=', m.id)
      .where('action', '=', 'profiles.imported')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actor_id).toBe(t.admin?.userId);
    expect(audit[0]?.details).toMatchObject({ file: 'stor-enkat.csv', new: count - 3, invited: count - 3 });

    // The same file again: nothing changes and nobody is invited twice.
    const again = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file, skipRowsWithErrors: true, inviteContacts: true },
    });
    expect(again.statusCode).toBe(202);
    await t.app.jobs.drain();
    expect((await runOf(m.id, again.json().run.id)).result).toMatchObject({
      counts: { new: 0, updated: 0, unchanged: count - 3 },
      invited: 0,
    });
    // Two imports of over a hundred organisations with their re-matches: a minute or more on a busy machine.
  }, 300_000);

  it('refuses a large file with broken rows on the request, queuing nothing', async () => {
    const m = await createMobilisation(t);
    const sheet = surveySheet(importJobRowThreshold + 10, 2);
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file: { name: 'fel.csv', data: sheetCsv(sheet).toString('base64') } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('2 of 110 rows have errors');
    const runs = await t.app.db
      .selectFrom('import_runs')
      .select('id')
      .where('mobilisation_id', '=', m.id)
      .execute();
    expect(runs).toEqual([]);
  });

  it('ends a run whose file the job cannot import with the reason in Swedish and English, importing nothing', async () => {
    const m = await createMobilisation(t);
    const sheet = surveySheet(importJobRowThreshold + 5);
    const started = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/imports`,
      payload: { file: { name: 'enkat.csv', data: sheetCsv(sheet).toString('base64') } },
    });
    expect(started.statusCode, started.body).toBe(202);
    const runId: string = started.json().run.id;
    // What the job finds is no longer what the request checked (here: the kept file is gone empty).
    await t.app.db
      .updateTable('import_runs')
      .set({ file: new Uint8Array() })
      .where('id', '=', runId)
      .execute();
    await t.app.jobs.drain();
    const run = await runOf(m.id, runId);
    expect(run.status).toBe('failed');
    expect(run.error).toEqual({ sv: 'Filen är tom.', en: 'The file is empty.' });
    expect(await organisationCount(m.id)).toBe(0);
  });

  it('tells a run of another mobilisation as not found', async () => {
    const m = await createMobilisation(t);
    const res = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m.id}/imports/runs/00000000-0000-4000-8000-000000000000`,
    });
    expect(res.statusCode).toBe(404);
  });
});
