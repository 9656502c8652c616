import type { Mobilisation } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation, mobilisationInput } from '../support/fixtures';

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
    expect(update.json<Mobilisation>().goals).toEqual([{ code: 'G1', sv: 'Ett mål', en: 'A goal' }]);

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
