import { randomUUID } from 'node:crypto';
import type {
  Initiative,
  ItemStatus,
  Overview,
  Profile,
  ProfileMatches,
  ReviewList,
} from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, type TestApp } from '../support/app';
import {
  createMobilisation,
  createOrganisation,
  draftOf,
  getProfile,
  submitNeedAndOffer,
} from '../support/fixtures';

let t: TestApp;
let m: string;
let a: { organisationId: string; profileId: string; needId: string; offerId: string };
let b: { organisationId: string; profileId: string; needId: string; offerId: string };
let people: Record<'member' | 'otherMember' | 'coordinator' | 'participant', NonNullable<Actor>>;

const needText = 'Vi behöver hjälp att utvärdera våra insatser för unga och mäta effekter av stödet.';
const offerText = 'Vi erbjuder följeforskning och effektmätning av insatser för barn och unga.';

const setState = (profileId: string, itemId: string, body: object, actor?: Actor) =>
  t.request(
    { method: 'POST', url: `/api/profiles/${profileId}/items/${itemId}/state`, payload: body },
    actor,
  );

const matchesOf = async (profileId: string) =>
  (
    await t.request({ method: 'GET', url: `/api/profiles/${profileId}/matches?perItem=10` })
  ).json<ProfileMatches>();
const overview = async () =>
  (await t.request({ method: 'GET', url: `/api/mobilisations/${m}/overview` })).json<Overview>();
const review = async () =>
  (await t.request({ method: 'GET', url: `/api/mobilisations/${m}/review?limit=50` })).json<ReviewList>();
const offersFor = async (profileId: string, needId: string) =>
  (await matchesOf(profileId)).needs
    .find((n) => n.itemId === needId)
    ?.matches.map((x) => x.counterpart.itemId) ?? [];

beforeAll(async () => {
  t = await createTestApp();
  m = (await createMobilisation(t)).id;
  const orgA = await createOrganisation(t, m, { name: 'Ungdomsmottagningen' });
  const orgB = await createOrganisation(t, m, { name: 'Forskningsinstitutet' });
  a = {
    organisationId: orgA.organisation.id,
    profileId: orgA.profileId,
    ...(await submitNeedAndOffer(
      t,
      orgA.profileId,
      needText,
      'Vi erbjuder lokaler för träffar på kvällstid.',
    )),
  };
  b = {
    organisationId: orgB.organisation.id,
    profileId: orgB.profileId,
    ...(await submitNeedAndOffer(
      t,
      orgB.profileId,
      'Vi söker lokaler för gruppträffar på kvällar.',
      offerText,
    )),
  };
  await t.app.jobs.drain();
  people = {
    member: await t.createActor([{ mobilisationId: m, role: 'member', organisationId: a.organisationId }]),
    otherMember: await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: b.organisationId },
    ]),
    coordinator: await t.createActor([{ mobilisationId: m, role: 'coordinator' }]),
    participant: await t.createActor([{ mobilisationId: m, role: 'participant' }]),
  };
});
afterAll(async () => {
  await t.close();
});

describe('the lifecycle of needs and offers', () => {
  it('takes a met need out of proposed matches, the review queue and the counts, and back when reopened', async () => {
    expect(await offersFor(a.profileId, a.needId)).toContain(b.offerId);
    expect((await review()).items.some((i) => i.need.id === a.needId)).toBe(true);
    const before = await overview();
    expect(before.closed.needsMet).toBe(0);

    const met = await setState(
      a.profileId,
      a.needId,
      { state: 'met', metBy: { kind: 'match', itemId: b.offerId }, note: 'Forskningsinstitutet följer oss.' },
      people.member,
    );
    expect(met.statusCode, met.body).toBe(200);
    expect(met.json<ItemStatus>()).toMatchObject({
      itemId: a.needId,
      state: 'met',
      note: 'Forskningsinstitutet följer oss.',
      metBy: { organisation: { id: b.organisationId, name: 'Forskningsinstitutet' }, itemId: b.offerId },
    });
    await t.app.jobs.drain();

    expect((await matchesOf(a.profileId)).needs.map((n) => n.itemId)).not.toContain(a.needId);
    const bOffer = (await matchesOf(b.profileId)).offers.find((o) => o.itemId === b.offerId);
    expect(bOffer?.matches.map((x) => x.counterpart.itemId) ?? []).not.toContain(a.needId);
    expect((await review()).items.some((i) => i.need.id === a.needId)).toBe(false);
    const after = await overview();
    expect(after.closed).toMatchObject({ needsMet: 1, needsMetThroughInitiatives: 0 });
    expect(after.needs.total).toBe(before.needs.total - 1);
    // It stays on the profile, marked.
    const profile = await getProfile(t, a.profileId);
    expect(profile.latest?.content.needs.map((n) => n.id)).toContain(a.needId);
    expect(profile.closedItems).toEqual([expect.objectContaining({ itemId: a.needId, state: 'met' })]);

    const reopened = await setState(a.profileId, a.needId, { state: 'open' }, people.coordinator);
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json<ItemStatus>()).toMatchObject({ state: 'open', note: '', metBy: null });
    await t.app.jobs.drain();
    expect(await offersFor(a.profileId, a.needId)).toContain(b.offerId);
    expect((await overview()).closed.needsMet).toBe(0);
    expect((await getProfile(t, a.profileId)).closedItems).toEqual([]);
  });

  it('keeps the state when the profile is submitted again with the same item', async () => {
    const withdrawn = await setState(
      a.profileId,
      a.offerId,
      { state: 'withdrawn', note: 'Lokalen är såld.' },
      people.member,
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const current = await getProfile(t, a.profileId);
    const draft = draftOf(current);
    const content = {
      ...draft.content,
      offers: draft.content.offers.map((o) => ({ ...o, text: `${o.text} Även helger.` })),
    };
    const saved = await t.request({
      method: 'PUT',
      url: `/api/profiles/${a.profileId}/draft`,
      payload: { version: draft.version, content },
    });
    const sent = await t.request({
      method: 'POST',
      url: `/api/profiles/${a.profileId}/submit`,
      payload: { version: draftOf(saved.json<Profile>()).version },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    await t.app.jobs.drain();
    const after = await getProfile(t, a.profileId);
    expect(after.revisionCount).toBe(current.revisionCount + 1);
    expect(after.closedItems).toEqual([
      expect.objectContaining({ itemId: a.offerId, state: 'withdrawn', note: 'Lokalen är såld.' }),
    ]);
    expect((await matchesOf(a.profileId)).offers.map((o) => o.itemId)).not.toContain(a.offerId);
    expect((await overview()).closed.offersWithdrawn).toBe(1);
    expect((await setState(a.profileId, a.offerId, { state: 'open' }, people.member)).statusCode).toBe(200);
  });

  it('marks a need met through an initiative, which the initiative and the dashboard show', async () => {
    const created = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m}/initiatives`,
        payload: {
          title: 'Följeforskning för unga',
          participants: [{ organisationId: a.organisationId }, { organisationId: b.organisationId }],
          leadOrganisationId: b.organisationId,
          links: { needs: [a.needId], offers: [b.offerId], projects: [] },
        },
      },
      people.coordinator,
    );
    expect(created.statusCode, created.body).toBe(201);
    const initiativeId = created.json<Initiative>().id;
    const met = await setState(
      a.profileId,
      a.needId,
      { state: 'met', metBy: { kind: 'initiative', initiativeId } },
      people.coordinator,
    );
    expect(met.statusCode, met.body).toBe(200);
    expect(met.json<ItemStatus>().metBy?.initiative).toEqual({
      id: initiativeId,
      title: 'Följeforskning för unga',
    });
    const initiative = (
      await t.request({ method: 'GET', url: `/api/initiatives/${initiativeId}` }, people.participant)
    ).json<Initiative>();
    expect(initiative.links.needs).toEqual([
      expect.objectContaining({ id: a.needId, state: 'met', metHere: true, profileId: a.profileId }),
    ]);
    expect(initiative.links.offers).toEqual([
      expect.objectContaining({ id: b.offerId, state: 'open', metHere: false }),
    ]);
    expect((await overview()).closed).toMatchObject({ needsMet: 1, needsMetThroughInitiatives: 1 });
    const history = await t.request({ method: 'GET', url: `/api/initiatives/${initiativeId}/history` });
    expect(history.statusCode, history.body).toBe(200);
    expect((await setState(a.profileId, a.needId, { state: 'open' }, people.coordinator)).statusCode).toBe(
      200,
    );
  });

  it('lets the organisation’s members and the coordinators change a state, and no one else', async () => {
    const body = { state: 'withdrawn', note: '' };
    for (const [actor, status] of [
      [null, 401],
      [people.participant, 403],
      [people.otherMember, 403],
    ] as const) {
      const res = await setState(a.profileId, a.needId, body, actor);
      expect(res.statusCode, res.body).toBe(status);
    }
    expect((await getProfile(t, a.profileId)).closedItems).toEqual([]);
    for (const actor of [people.member, people.coordinator]) {
      expect((await setState(a.profileId, a.needId, body, actor)).statusCode).toBe(200);
      expect((await setState(a.profileId, a.needId, { state: 'open' }, actor)).statusCode).toBe(200);
    }
  });

  it('refuses bad changes with a clear error and changes nothing', async () => {
    const cases: [string, object, number, string][] = [
      [a.needId, { state: 'expired' }, 400, 'VALIDATION_FAILED'],
      [
        a.needId,
        { state: 'met', metBy: { kind: 'organisation', organisationId: a.organisationId } },
        400,
        'VALIDATION_FAILED',
      ],
      [
        a.needId,
        { state: 'met', metBy: { kind: 'organisation', organisationId: randomUUID() } },
        400,
        'VALIDATION_FAILED',
      ],
      [a.needId, { state: 'met', metBy: { kind: 'match', itemId: b.needId } }, 400, 'VALIDATION_FAILED'],
      [
        a.needId,
        { state: 'met', metBy: { kind: 'initiative', initiativeId: randomUUID() } },
        400,
        'VALIDATION_FAILED',
      ],
      [a.needId, { state: 'met', note: 'x'.repeat(501) }, 400, 'VALIDATION_FAILED'],
      [b.needId, { state: 'met' }, 404, 'NOT_FOUND'],
      [randomUUID(), { state: 'met' }, 404, 'NOT_FOUND'],
    ];
    for (const [itemId, body, status, code] of cases) {
      const res = await setState(a.profileId, itemId, body, people.coordinator);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    const field = await setState(
      a.profileId,
      a.needId,
      { state: 'met', metBy: { kind: 'match', itemId: b.needId } },
      people.coordinator,
    );
    expect(field.json().error.fields).toEqual([expect.objectContaining({ path: 'body.metBy.itemId' })]);
    expect((await getProfile(t, a.profileId)).closedItems).toEqual([]);
  });
});
