import type {
  Initiative,
  NotificationList,
  OrganisationInitiativeList,
  OutboxMessage,
} from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, type TestApp } from '../support/app';
import { createMobilisation, createOrganisation } from '../support/fixtures';

let t: TestApp;
let m: string;
let a: Awaited<ReturnType<typeof createOrganisation>>;
let b: Awaited<ReturnType<typeof createOrganisation>>;
let c: Awaited<ReturnType<typeof createOrganisation>>;
let memberA: NonNullable<Actor>;
let memberB: NonNullable<Actor>;
let coordinator: NonNullable<Actor>;

const notices = async (actor: Actor) => {
  const res = await t.request({ method: 'GET', url: '/api/me/notifications' }, actor);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<NotificationList>().items;
};
const mailTo = async (email: string) =>
  (await t.request({ method: 'GET', url: '/api/admin/outbox' }))
    .json<{ items: OutboxMessage[] }>()
    .items.filter((mail) => mail.to === email);
const initiativesOf = (organisationId: string, actor: Actor, mobilisationId = m) =>
  t.request(
    {
      method: 'GET',
      url: `/api/organisations/${organisationId}/initiatives?mobilisationId=${mobilisationId}`,
    },
    actor,
  );
const patch = (initiative: Initiative, body: Record<string, unknown>) =>
  t.request(
    {
      method: 'PATCH',
      url: `/api/initiatives/${initiative.id}`,
      payload: { version: initiative.version, ...body },
    },
    coordinator,
  );

beforeAll(async () => {
  t = await createTestApp();
  m = (await createMobilisation(t)).id;
  a = await createOrganisation(t, m, { name: 'Alfa kommun' });
  b = await createOrganisation(t, m, { name: 'Beta förening' });
  c = await createOrganisation(t, m, { name: 'Gamma region' });
  memberA = await t.createActor([{ mobilisationId: m, role: 'member', organisationId: a.organisation.id }]);
  memberB = await t.createActor([{ mobilisationId: m, role: 'member', organisationId: b.organisation.id }]);
  coordinator = await t.createActor([{ mobilisationId: m, role: 'coordinator' }]);
});
afterAll(async () => {
  await t.close();
});

describe('notices about initiatives', () => {
  let initiative: Initiative;

  it('tells the members of every organisation added to an initiative, in the app and by mail', async () => {
    const res = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m}/initiatives`,
        payload: {
          title: 'Gemensam kampanj om psykisk hälsa',
          participants: [{ organisationId: a.organisation.id }, { organisationId: b.organisation.id }],
          leadOrganisationId: b.organisation.id,
        },
      },
      coordinator,
    );
    expect(res.statusCode, res.body).toBe(201);
    initiative = res.json<Initiative>();

    const [notice] = await notices(memberA);
    expect(notice).toMatchObject({
      kind: 'initiative.added',
      readAt: null,
      payload: {
        initiativeId: initiative.id,
        mobilisationId: m,
        organisationId: a.organisation.id,
        organisationName: 'Alfa kommun',
        title: 'Gemensam kampanj om psykisk hälsa',
        generatedTitle: null,
      },
    });
    expect((await notices(memberB)).map((n) => n.kind)).toEqual(['initiative.added']);
    // The coordinator who made the change is not told of it.
    expect(await notices(coordinator)).toEqual([]);

    const [mail] = await mailTo(memberA.email);
    expect(mail?.subject).toBe('Alfa kommun är med i initiativet Gemensam kampanj om psykisk hälsa');
    expect(mail?.text).toContain(`http://localhost:3000/initiatives/${initiative.id}`);
    expect(mail?.text).toContain('now takes part in the initiative');
  });

  it('asks the organisations to endorse it when its endorsement stage begins, once', async () => {
    const res = await patch(initiative, { status: 'forankring' });
    expect(res.statusCode, res.body).toBe(200);
    initiative = res.json<Initiative>();
    expect((await notices(memberA)).map((n) => n.kind)).toEqual([
      'initiative.endorsement_requested',
      'initiative.added',
    ]);
    expect((await mailTo(memberA.email)).map((mail) => mail.subject)).toContain(
      'Förankring: Gemensam kampanj om psykisk hälsa',
    );

    // Another edit during the stage asks nobody again.
    initiative = (
      await patch(initiative, { description: 'Vi samlar oss kring en kampanj.' })
    ).json<Initiative>();
    expect(await notices(memberA)).toHaveLength(2);

    // An organisation that answers tells itself nothing; the others hear nothing of it either.
    const answered = await t.request(
      {
        method: 'PUT',
        url: `/api/initiatives/${initiative.id}/participants/${a.organisation.id}/endorsement`,
        payload: { endorsement: 'forankrad' },
      },
      memberA,
    );
    expect(answered.statusCode, answered.body).toBe(200);
    initiative = answered.json<Initiative>();
    expect(await notices(memberA)).toHaveLength(2);
    expect(await notices(memberB)).toHaveLength(2);

    // Joining during the stage is being asked: one notice, not two.
    initiative = (
      await patch(initiative, {
        participants: [
          { organisationId: a.organisation.id, endorsement: 'forankrad' },
          { organisationId: b.organisation.id, endorsement: 'inbjuden' },
          { organisationId: c.organisation.id, endorsement: 'inbjuden' },
        ],
      })
    ).json<Initiative>();
    expect(await notices(memberA)).toHaveLength(2);
    // Gamma region has no members: nobody to tell, and its contact persons are not mailed.
    expect(
      (await t.request({ method: 'GET', url: '/api/admin/outbox' }))
        .json<{ items: OutboxMessage[] }>()
        .items.filter((mail) => mail.subject.includes('Gamma region')),
    ).toEqual([]);

    // A coordinator who reopens an answer asks again.
    initiative = (
      await patch(initiative, {
        participants: [
          { organisationId: a.organisation.id, endorsement: 'inbjuden' },
          { organisationId: b.organisation.id, endorsement: 'inbjuden' },
          { organisationId: c.organisation.id, endorsement: 'inbjuden' },
        ],
      })
    ).json<Initiative>();
    expect((await notices(memberA)).map((n) => n.kind)).toEqual([
      'initiative.endorsement_requested',
      'initiative.endorsement_requested',
      'initiative.added',
    ]);
  });

  it('tells the organisations split off into a new initiative, and nobody when a change fails', async () => {
    const before = await notices(memberB);
    const failed = await patch({ ...initiative, version: initiative.version - 1 }, { status: 'beslutad' });
    expect(failed.statusCode).toBe(409);
    expect(await notices(memberB)).toEqual(before);

    const split = await t.request(
      {
        method: 'POST',
        url: `/api/initiatives/${initiative.id}/split`,
        payload: { version: initiative.version, title: 'Avknoppning', participants: [b.organisation.id] },
      },
      coordinator,
    );
    expect(split.statusCode, split.body).toBe(201);
    const [newest] = await notices(memberB);
    // The new initiative is in its endorsement stage, as the one it came from: Beta is asked to endorse it.
    expect(newest).toMatchObject({
      kind: 'initiative.endorsement_requested',
      payload: { initiativeId: split.json<Initiative>().id, title: 'Avknoppning' },
    });
    expect(await notices(memberB)).toHaveLength(before.length + 1);
  });
});

describe("an organisation's initiatives", () => {
  it('lists the listed initiatives it takes part in, with its own endorsement and lead', async () => {
    const res = await initiativesOf(a.organisation.id, memberA);
    expect(res.statusCode, res.body).toBe(200);
    const { items } = res.json<OrganisationInitiativeList>();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      title: 'Gemensam kampanj om psykisk hälsa',
      status: 'forankring',
      endorsement: 'inbjuden',
      lead: false,
      participantCount: 2,
      generatedText: null,
    });
    // Beta was split off with the lead into an initiative of its own, and leads it.
    const [ofB] = (await initiativesOf(b.organisation.id, memberB)).json<OrganisationInitiativeList>().items;
    expect(ofB).toMatchObject({ title: 'Avknoppning', lead: true, participantCount: 1 });
    // Discarded initiatives are no longer part of its work.
    const split = (
      await t.request({ method: 'GET', url: `/api/initiatives/${ofB?.id}` }, coordinator)
    ).json<Initiative>();
    expect((await patch(split, { state: 'discarded' })).statusCode).toBe(200);
    expect(
      (await initiativesOf(b.organisation.id, memberB)).json<OrganisationInitiativeList>().items,
    ).toEqual([]);
  });

  it("is for the organisation's members and the coordinators, within its own mobilisation", async () => {
    expect((await initiativesOf(a.organisation.id, coordinator)).statusCode).toBe(200);
    expect((await initiativesOf(a.organisation.id, memberB)).statusCode).toBe(403);
    expect((await initiativesOf(a.organisation.id, null)).statusCode).toBe(401);
    const other = (await createMobilisation(t)).id;
    expect((await initiativesOf(a.organisation.id, memberA, other)).statusCode).toBe(404);
    const bad = await t.request(
      { method: 'GET', url: `/api/organisations/${a.organisation.id}/initiatives?mobilisationId=nope` },
      memberA,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });
});
