import type { Organisation, OrganisationList } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import {
  createMobilisation,
  createOrganisation,
  organisationInput,
  submitCompleteProfile,
} from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('organisations', () => {
  it('registers an organisation with an empty profile and a normalised organisationsnummer', async () => {
    const m = await createMobilisation(t);
    const joined = await createOrganisation(t, m.id, { orgNumber: '2120000142' });
    expect(joined.organisation.orgNumber).toBe('212000-0142');
    const profile = await t.request({ method: 'GET', url: `/api/profiles/${joined.profileId}` });
    expect(profile.json()).toMatchObject({ status: 'empty', latest: null, revisionCount: 0 });
  });

  it('refuses an organisationsnummer with a wrong check digit', async () => {
    const m = await createMobilisation(t);
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/organisations`,
      payload: organisationInput({ orgNumber: '212000-0143' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toContainEqual(expect.objectContaining({ path: 'body.orgNumber' }));
  });

  it('refuses the same organisationsnummer twice', async () => {
    const m = await createMobilisation(t);
    await createOrganisation(t, m.id, { orgNumber: '556036-0793' });
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/organisations`,
      payload: organisationInput({ orgNumber: '5560360793' }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'ALREADY_EXISTS', fields: [{ path: 'body.orgNumber' }] },
    });
  });

  it('refuses a municipality outside the given county, also when only the county changes', async () => {
    const m = await createMobilisation(t);
    const wrong = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/organisations`,
      payload: organisationInput({ county: 'Skåne län', municipality: 'Sundsvall' }),
    });
    expect(wrong.statusCode).toBe(400);
    const joined = await createOrganisation(t, m.id, {
      county: 'Västernorrlands län',
      municipality: 'Sundsvall',
    });
    const move = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${joined.organisation.id}`,
      payload: { version: 1, county: 'Skåne län' },
    });
    expect(move.statusCode).toBe(400);
    const moved = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${joined.organisation.id}`,
      payload: { version: 1, county: 'Skåne län', municipality: 'Malmö' },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<Organisation>()).toMatchObject({
      county: 'Skåne län',
      municipality: 'Malmö',
      version: 2,
    });
  });

  it('refuses a stale organisation update and keeps the stored one', async () => {
    const m = await createMobilisation(t);
    const joined = await createOrganisation(t, m.id);
    const id = joined.organisation.id;
    const first = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${id}`,
      payload: { version: 1, name: 'A' },
    });
    expect(first.statusCode).toBe(200);
    const stale = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${id}`,
      payload: { version: 1, name: 'B' },
    });
    expect(stale.statusCode).toBe(409);
    const read = await t.request({ method: 'GET', url: `/api/organisations/${id}` });
    expect(read.json<Organisation>()).toMatchObject({ name: 'A', version: 2 });
  });

  it('lists the organisations of a mobilisation with search, filters and counts', async () => {
    const m = await createMobilisation(t);
    const other = await createMobilisation(t);
    const a = await createOrganisation(t, m.id, {
      name: 'Östersunds kommun',
      sector: 'kommun',
      county: 'Jämtlands län',
      municipality: 'Östersund',
    });
    await createOrganisation(t, m.id, {
      name: 'Region Skåne',
      sector: 'region',
      county: 'Skåne län',
      municipality: null,
    });
    await createOrganisation(t, other.id, {
      name: 'Östersunds FK',
      sector: 'civilsamhalle',
      county: 'Jämtlands län',
      municipality: null,
    });
    await submitCompleteProfile(t, a.profileId);

    const all = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/organisations` });
    // Swedish alphabetical order: Ö comes after R.
    expect(all.json<OrganisationList>().items.map((i) => i.organisation.name)).toEqual([
      'Region Skåne',
      'Östersunds kommun',
    ]);

    // Accents and case do not matter to people searching.
    const search = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m.id}/organisations?q=ostersund`,
    });
    const found = search.json<OrganisationList>();
    expect(found.items.map((i) => i.organisation.name)).toEqual(['Östersunds kommun']);
    expect(found.items[0]).toMatchObject({
      status: 'submitted',
      needCount: 1,
      offerCount: 1,
      projectCount: 1,
    });

    const bySector = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m.id}/organisations?sector=region`,
    });
    expect(bySector.json<OrganisationList>().items.map((i) => i.organisation.name)).toEqual(['Region Skåne']);
    const byStatus = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m.id}/organisations?status=empty`,
    });
    expect(byStatus.json<OrganisationList>().items.map((i) => i.organisation.name)).toEqual(['Region Skåne']);
    const page = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m.id}/organisations?limit=1&offset=1`,
    });
    expect(page.json<OrganisationList>()).toMatchObject({
      total: 2,
      items: [{ organisation: { name: 'Östersunds kommun' } }],
    });
    const wildcard = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m.id}/organisations?q=%25`,
    });
    expect(wildcard.json<OrganisationList>().total).toBe(0);
  });
});
