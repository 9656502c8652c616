import type { Initiative } from '@kraftsamling/shared';
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

/** Two mobilisations, the second private, each with an organisation and an initiative, and A's coordinator. */
async function twoMobilisations() {
  const a = await createMobilisation(t);
  const b = await createMobilisation(t);
  const member = await createOrganisation(t, a.id);
  const bystander = await createOrganisation(t, a.id);
  const elsewhere = await createOrganisation(t, b.id);
  const coordinator = await t.createActor([{ mobilisationId: a.id, role: 'coordinator' }]);
  const create = async (mobilisationId: string, organisationId: string) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${mobilisationId}/initiatives`,
      payload: {
        title: 'Gemensam kampanj',
        participants: [{ organisationId }],
        leadOrganisationId: organisationId,
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Initiative>();
  };
  return {
    a,
    b,
    member,
    bystander,
    elsewhere,
    coordinator,
    initiative: await create(a.id, member.organisation.id),
    otherInitiative: await create(b.id, elsewhere.organisation.id),
  };
}

describe("an initiative's lead organisation", () => {
  it('must take part in the mobilisation and the initiative; otherwise 400 and nothing changes', async () => {
    const { initiative, elsewhere, bystander, coordinator } = await twoMobilisations();
    const patch = (leadOrganisationId: string) =>
      t.request(
        {
          method: 'PATCH',
          url: `/api/initiatives/${initiative.id}`,
          payload: { version: initiative.version, leadOrganisationId },
        },
        coordinator,
      );

    // An organisation of another (private) mobilisation.
    const foreign = await patch(elsewhere.organisation.id);
    expect(foreign.statusCode, foreign.body).toBe(400);
    expect(foreign.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ path: 'body.leadOrganisationId', code: 'unknown_organisation' })],
    });
    // An organisation that does not exist at all.
    const unknown = await patch(crypto.randomUUID());
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].code).toBe('unknown_organisation');
    // An organisation of the mobilisation that does not take part in the initiative.
    const outsider = await patch(bystander.organisation.id);
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.leadOrganisationId', code: 'not_participant' }),
    ]);

    const after = await t.request({ method: 'GET', url: `/api/initiatives/${initiative.id}` }, null);
    expect(after.json<Initiative>()).toMatchObject({
      version: initiative.version,
      lead: { id: initiative.lead?.id },
    });
    // A signed-out visitor sees nothing of the other mobilisation's organisation.
    expect(after.body).not.toContain(elsewhere.organisation.id);
  });

  it('is refused from another mobilisation when an initiative is created', async () => {
    const { a, elsewhere, member } = await twoMobilisations();
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${a.id}/initiatives`,
      payload: {
        title: 'Fel ledning',
        participants: [{ organisationId: member.organisation.id }],
        leadOrganisationId: elsewhere.organisation.id,
      },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('merging initiatives', () => {
  it("answers 404 for another mobilisation's initiative, whatever version is sent, and changes nothing", async () => {
    const { initiative, otherInitiative, coordinator } = await twoMobilisations();
    for (const otherVersion of [otherInitiative.version, otherInitiative.version + 5]) {
      const res = await t.request(
        {
          method: 'POST',
          url: `/api/initiatives/${initiative.id}/merge`,
          payload: { version: initiative.version, otherId: otherInitiative.id, otherVersion },
        },
        coordinator,
      );
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const other = await t.request({ method: 'GET', url: `/api/initiatives/${otherInitiative.id}` });
    expect(other.json<Initiative>()).toMatchObject({ state: 'listed', version: otherInitiative.version });
  });
});
