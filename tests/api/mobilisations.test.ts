import { randomUUID } from 'node:crypto';
import { databaseFingerprint } from '@kraftsamling/db';
import type {
  GoalUsage,
  Initiative,
  KindsVersion,
  KindTemplateList,
  Mobilisation,
} from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation, createOrganisation, mobilisationInput } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('mobilisations', () => {
  it('creates a mobilisation with its goals and reads it back', async () => {
    const created = await createMobilisation(t);
    expect(created.goals.map((g) => g.code)).toEqual(['G1', 'G2', 'G3']);
    expect(created.version).toBe(1);
    const read = await t.request({ method: 'GET', url: `/api/mobilisations/${created.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json<Mobilisation>()).toEqual(created);
    const list = await t.request({ method: 'GET', url: '/api/mobilisations' });
    expect(list.json<{ items: Mobilisation[] }>().items.map((m) => m.id)).toContain(created.id);
  });

  it('updates with the current version and refuses a stale version without changing anything', async () => {
    const created = await createMobilisation(t);
    const update = await t.request({
      method: 'PATCH',
      url: `/api/mobilisations/${created.id}`,
      payload: { version: 1, name: 'Nytt namn', goals: [{ code: 'G1', sv: 'Ett mål', en: 'A goal' }] },
    });
    expect(update.statusCode).toBe(200);
    expect(update.json<Mobilisation>()).toMatchObject({ name: 'Nytt namn', version: 2 });
    expect(update.json<Mobilisation>().goals).toEqual([
      { code: 'G1', sv: 'Ett mål', en: 'A goal', retired: false },
    ]);

    const stale = await t.request({
      method: 'PATCH',
      url: `/api/mobilisations/${created.id}`,
      payload: { version: 1, name: 'Överskrivet' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT', currentVersion: 2 } });
    const after = await t.request({ method: 'GET', url: `/api/mobilisations/${created.id}` });
    expect(after.json<Mobilisation>()).toMatchObject({ name: 'Nytt namn', version: 2 });
  });

  it('refuses a second mobilisation with the same slug', async () => {
    const first = await createMobilisation(t);
    const again = await t.request({
      method: 'POST',
      url: '/api/mobilisations',
      payload: mobilisationInput({ slug: first.slug }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: 'ALREADY_EXISTS', fields: [{ path: 'body.slug' }] },
    });
  });

  it('refuses duplicate goal codes and a period that ends before it starts', async () => {
    const dupes = await t.request({
      method: 'POST',
      url: '/api/mobilisations',
      payload: mobilisationInput({
        goals: [
          { code: 'G1', sv: 'a', en: '' },
          { code: 'G1', sv: 'b', en: '' },
        ],
      }),
    });
    expect(dupes.statusCode).toBe(400);
    expect(dupes.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });

    const backwards = await t.request({
      method: 'POST',
      url: '/api/mobilisations',
      payload: mobilisationInput({ periodStart: '2030-01', periodEnd: '2019-12' }),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toContainEqual(expect.objectContaining({ path: 'body.periodEnd' }));

    const created = await createMobilisation(t);
    const patchBackwards = await t.request({
      method: 'PATCH',
      url: `/api/mobilisations/${created.id}`,
      payload: { version: 1, periodEnd: '2018-01' },
    });
    expect(patchBackwards.statusCode).toBe(400);
    const after = await t.request({ method: 'GET', url: `/api/mobilisations/${created.id}` });
    expect(after.json<Mobilisation>()).toMatchObject({ periodEnd: '2030-12', version: 1 });
  });
});

describe('starting a mobilisation with its first coordinators', () => {
  const mailsTo = async (address: string) =>
    (await t.app.db.selectFrom('outbox').select('subject').where('to_address', '=', address).execute())
      .length;

  it('invites its coordinators in the same step, by mail and in its invitation list', async () => {
    const created = await createMobilisation(t, {
      coordinators: ['Ny.Samordnare@example.se', 'andra@example.se'],
    });
    const invitations = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${created.id}/invitations`,
    });
    expect(invitations.statusCode).toBe(200);
    const items = invitations.json<{ items: { email: string; role: string; status: string }[] }>().items;
    expect(items.map((i) => [i.email, i.role, i.status]).sort()).toEqual([
      ['andra@example.se', 'coordinator', 'pending'],
      ['ny.samordnare@example.se', 'coordinator', 'pending'],
    ]);
    expect(await mailsTo('ny.samordnare@example.se')).toBe(1);
  });

  it('creates nothing when a coordinator address is wrong or named twice', async () => {
    const before = await databaseFingerprint(t.app.db);
    for (const coordinators of [['inte-en-adress'], ['a@example.se', 'A@example.se']]) {
      const res = await t.request({
        method: 'POST',
        url: '/api/mobilisations',
        payload: mobilisationInput({ coordinators }),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    }
    expect(await databaseFingerprint(t.app.db)).toEqual(before);
  });
});

describe('goals in use', () => {
  const patch = (m: Mobilisation, body: Record<string, unknown>) =>
    t.request({
      method: 'PATCH',
      url: `/api/mobilisations/${m.id}`,
      payload: { version: m.version, ...body },
    });
  const read = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/mobilisations/${id}` })).json<Mobilisation>();
  const withInitiativeOn = async (goal: string) => {
    const m = await createMobilisation(t);
    const org = await createOrganisation(t, m.id);
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/initiatives`,
      payload: {
        title: 'Gemensam kampanj',
        participants: [{ organisationId: org.organisation.id }],
        goals: [goal],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { m: await read(m.id), initiative: res.json<Initiative>(), org };
  };

  it('refuses to remove a goal an initiative chose, says what uses it, and changes nothing', async () => {
    const { m, initiative } = await withInitiativeOn('G2');
    const usage = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/goals/usage` });
    expect(usage.json<GoalUsage>().items).toEqual([
      { code: 'G1', initiatives: [], projects: 0 },
      { code: 'G2', initiatives: [{ id: initiative.id, title: 'Gemensam kampanj' }], projects: 0 },
      { code: 'G3', initiatives: [], projects: 0 },
    ]);

    const before = await databaseFingerprint(t.app.db);
    const res = await patch(m, { goals: m.goals.filter((g) => g.code !== 'G2') });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'body.goals', code: 'goal_in_use' }] },
    });
    expect(await databaseFingerprint(t.app.db)).toEqual(before);

    // An unused goal goes; the used one is kept.
    const removed = await patch(m, { goals: m.goals.filter((g) => g.code !== 'G3') });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<Mobilisation>().goals.map((g) => g.code)).toEqual(['G1', 'G2']);
  });

  it('retires a goal: initiatives keep it, nothing new can choose it, and it can come back', async () => {
    const { m, initiative, org } = await withInitiativeOn('G2');
    const retired = await patch(m, { goals: m.goals.map((g) => ({ ...g, retired: g.code === 'G2' })) });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json<Mobilisation>().goals.find((g) => g.code === 'G2')?.retired).toBe(true);

    const fresh = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/initiatives`,
      payload: { title: 'Ny', participants: [{ organisationId: org.organisation.id }], goals: ['G2'] },
    });
    expect(fresh.statusCode).toBe(400);
    expect(fresh.json()).toMatchObject({
      error: { fields: [{ path: 'body.goals.0', code: 'retired_goal' }] },
    });

    // The initiative that chose it keeps it through an edit.
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/initiatives/${initiative.id}`,
      payload: { version: initiative.version, title: 'Gemensam kampanj 2027', goals: ['G2', 'G1'] },
    });
    expect(edit.statusCode, edit.body).toBe(200);

    const back = await patch(retired.json<Mobilisation>(), { goals: m.goals });
    expect(back.json<Mobilisation>().goals.every((g) => !g.retired)).toBe(true);
  });

  it('keeps at least one goal active', async () => {
    const m = await createMobilisation(t);
    const res = await patch(m, { goals: m.goals.map((g) => ({ ...g, retired: true })) });
    expect(res.statusCode).toBe(400);
  });
});

describe("a new mobilisation's kinds of support", () => {
  const kindsOf = async (id: string) =>
    (await t.request({ method: 'GET', url: `/api/mobilisations/${id}/kinds` })).json<KindsVersion>();
  const templates = async () =>
    (await t.request({ method: 'GET', url: '/api/kind-templates' })).json<KindTemplateList>().items;

  it('starts from the mental-health template by default, storing nothing', async () => {
    const created = await createMobilisation(t);
    const kinds = await kindsOf(created.id);
    expect(kinds.version).toBe(0);
    const [mentalHealth] = await templates();
    expect(kinds.kinds).toEqual(mentalHealth?.kinds);
  });

  it('starts from the general core with two kinds of its own, as its first version in the audit log', async () => {
    const core = (await templates()).find((x) => x.id === 'general-core');
    expect(core?.kinds.map((k) => k.id)).toContain('eval');
    expect(core?.kinds.length).toBeGreaterThan(10);
    const own = [
      { id: 'medborgardialog', sv: 'Medborgardialog', en: 'Citizen dialogue' },
      { id: 'trygghetsvandringar', sv: 'Trygghetsvandringar', en: 'Safety walks', needsPresence: true },
    ];
    const created = await createMobilisation(t, {
      kinds: { from: 'general-core', list: [...(core?.kinds ?? []), ...own] },
    });
    const kinds = await kindsOf(created.id);
    expect(kinds).toMatchObject({ version: 1, basis: 'own' });
    expect(kinds.kinds.map((k) => k.id)).toEqual([
      ...(core?.kinds ?? []).map((k) => k.id),
      ...own.map((k) => k.id),
    ]);
    expect(kinds.note).toBe('Allmän kärna / General core +2');
    const audit = await t.app.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['kinds.updated', 'mobilisation.created']);
  });

  it("copies another mobilisation's current kinds and target groups", async () => {
    const source = await createMobilisation(t, {
      kinds: {
        from: 'scratch',
        list: [{ id: 'medborgardialog', sv: 'Medborgardialog', en: 'Citizen dialogue' }],
      },
    });
    const from = await kindsOf(source.id);
    expect(from.kinds.map((k) => k.id)).toEqual(['medborgardialog']);
    const copy = await createMobilisation(t, { kinds: { from: 'mobilisation', mobilisationId: source.id } });
    const kinds = await kindsOf(copy.id);
    expect(kinds.kinds).toEqual(from.kinds);
    expect(kinds.targetGroups).toEqual(from.targetGroups);
    expect(kinds.note).toBe(`Kopia av ${source.name} / Copy of ${source.name}`);
  });

  it('creates nothing when the kinds cannot be had: no list from scratch, no mobilisation to copy', async () => {
    const before = await databaseFingerprint(t.app.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ from: 'scratch' }, 'body.kinds.list'],
      [{ from: 'scratch', list: [] }, 'body.kinds.list'],
      [{ from: 'mobilisation' }, 'body.kinds.mobilisationId'],
      [{ from: 'mobilisation', mobilisationId: randomUUID() }, 'body.kinds.mobilisationId'],
      [{ from: 'general-core', list: [{ id: 'Inte Ett Id', sv: 'x', en: 'x' }] }, 'body.kinds.list.0.id'],
      [{ from: 'somewhere' }, 'body.kinds.from'],
    ];
    for (const [kinds, path] of cases) {
      const res = await t.request({
        method: 'POST',
        url: '/api/mobilisations',
        payload: { ...mobilisationInput(), kinds },
      });
      expect(res.statusCode, JSON.stringify(kinds)).toBe(400);
      expect(res.json().error.fields, JSON.stringify(kinds)).toContainEqual(
        expect.objectContaining({ path }),
      );
    }
    expect(await databaseFingerprint(t.app.db)).toEqual(before);
  });
});
