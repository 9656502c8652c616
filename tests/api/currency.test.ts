import { randomUUID } from 'node:crypto';
import { hasPendingJobs } from '@kraftsamling/db';
import type {
  ConfirmedItem,
  CurrencyLink,
  CurrencyOverview,
  CurrencyRound,
  ItemStatus,
  Mobilisation,
  NotificationList,
  Profile,
  ProfileCurrency,
  ProfileMatches,
} from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, type TestApp } from '../support/app';
import { testDatabaseKind } from '../support/database';
import {
  createMobilisation,
  createOrganisation,
  draftOf,
  getProfile,
  submitNeedAndOffer,
} from '../support/fixtures';

/** The app's clock, which the tests move: entries lapse and reminders fall due without waiting a year. */
let now = new Date();
const clock = () => now;
const day = 24 * 3600_000;
const later = (days: number) => {
  now = new Date(now.getTime() + days * day);
};

let t: TestApp;
let m: string;
type Org = { organisationId: string; profileId: string; needId: string; offerId: string };
let a: Org;
let b: Org;
let c: Org;
let people: Record<'member' | 'otherMember' | 'coordinator' | 'participant' | 'cMember', NonNullable<Actor>>;

const needText = 'Vi behöver hjälp att utvärdera våra insatser för unga och mäta effekter av stödet.';
const offerText = 'Vi erbjuder följeforskning och effektmätning av insatser för barn och unga.';

async function organisation(name: string, need: string, offer: string): Promise<Org> {
  const org = await createOrganisation(t, m, { name });
  return {
    organisationId: org.organisation.id,
    profileId: org.profileId,
    ...(await submitNeedAndOffer(t, org.profileId, need, offer)),
  };
}

const mailsTo = (email: string) =>
  t.app.db
    .selectFrom('outbox')
    .select(['subject', 'body_text'])
    .where('to_address', '=', email)
    .orderBy('created_at')
    .execute();
/** The confirm links of a mail, each once (the English part repeats them). */
const linksIn = (text: string) => [
  ...new Set([...text.matchAll(/\/current\/([A-Za-z0-9_.-]+)/g)].map((x) => x[1] ?? '')),
];
const sweep = async () => {
  await t.app.currency.sweepNow();
  await t.app.jobs.drain();
};
const currencyOf = async (profileId: string, actor?: Actor) =>
  (
    await t.request({ method: 'GET', url: `/api/profiles/${profileId}/currency` }, actor)
  ).json<ProfileCurrency>();
const offersFor = async (profileId: string, needId: string) =>
  (await t.request({ method: 'GET', url: `/api/profiles/${profileId}/matches?perItem=10` }))
    .json<ProfileMatches>()
    .needs.find((n) => n.itemId === needId)
    ?.matches.map((x) => x.counterpart.itemId) ?? [];
const needsFor = async (profileId: string, offerId: string) =>
  (await t.request({ method: 'GET', url: `/api/profiles/${profileId}/matches?perItem=10` }))
    .json<ProfileMatches>()
    .offers.find((o) => o.itemId === offerId)
    ?.matches.map((x) => x.counterpart.itemId) ?? [];
const link = (token: string, method: 'GET' | 'POST' = 'GET') =>
  t.request({ method, url: `/api/currency-links/${token}` }, null);

beforeAll(async () => {
  now = new Date();
  t = await createTestApp({ clock });
  m = (await createMobilisation(t)).id;
  a = await organisation('Ungdomsmottagningen', needText, 'Vi erbjuder lokaler för träffar på kvällstid.');
  b = await organisation('Forskningsinstitutet', 'Vi söker lokaler för gruppträffar på kvällar.', offerText);
  c = await organisation(
    'Idrottsföreningen',
    'Vi behöver ledare till sommarlägret.',
    'Vi erbjuder idrottshallen på helger.',
  );
  await t.app.jobs.drain();
  people = {
    member: await t.createActor([{ mobilisationId: m, role: 'member', organisationId: a.organisationId }]),
    otherMember: await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: b.organisationId },
    ]),
    coordinator: await t.createActor([{ mobilisationId: m, role: 'coordinator' }]),
    participant: await t.createActor([{ mobilisationId: m, role: 'participant' }]),
    cMember: await t.createActor([{ mobilisationId: m, role: 'member', organisationId: c.organisationId }]),
  };
});
afterAll(async () => {
  await t.close();
});

describe('how long entries stay current', () => {
  it('is set by coordinators in the mobilisation settings; bad values are refused and change nothing', async () => {
    const get = async () =>
      (await t.request({ method: 'GET', url: `/api/mobilisations/${m}` })).json<Mobilisation>();
    const before = await get();
    expect(before.currencyMonths).toBe(12);
    const patch = (body: object, actor: Actor) =>
      t.request({ method: 'PATCH', url: `/api/mobilisations/${m}`, payload: body }, actor);

    expect((await patch({ version: before.version, currencyMonths: 6 }, people.member)).statusCode).toBe(403);
    for (const bad of [0, 61, 1.5, '12', null]) {
      const res = await patch({ version: before.version, currencyMonths: bad }, people.coordinator);
      expect(res.statusCode, String(bad)).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain('body.currencyMonths');
    }
    expect((await get()).version).toBe(before.version);

    const saved = await patch({ version: before.version, currencyMonths: 6 }, people.coordinator);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Mobilisation>().currencyMonths).toBe(6);
    const back = await patch({ version: before.version + 1, currencyMonths: 12 }, people.coordinator);
    expect(back.json<Mobilisation>().currencyMonths).toBe(12);
  });
});

describe('who may see and confirm currency', () => {
  it('lets the organisation’s members and the coordinators confirm an entry, and nobody else', async () => {
    const confirm = (actor: Actor) =>
      t.request({ method: 'POST', url: `/api/profiles/${c.profileId}/items/${c.offerId}/confirm` }, actor);
    expect((await confirm(null)).statusCode).toBe(401);
    expect((await confirm(people.otherMember)).statusCode).toBe(403);
    expect((await confirm(people.participant)).statusCode).toBe(403);
    const byMember = await confirm(people.cMember);
    expect(byMember.statusCode, byMember.body).toBe(200);
    expect(byMember.json<ConfirmedItem>()).toMatchObject({
      itemId: c.offerId,
      state: 'open',
      reopened: false,
    });
    expect((await confirm(people.coordinator)).statusCode).toBe(200);
    // Lapsing is the sweep's alone: nobody sets it through the state route.
    const byHand = await t.request(
      {
        method: 'POST',
        url: `/api/profiles/${c.profileId}/items/${c.offerId}/state`,
        payload: { state: 'expired' },
      },
      people.coordinator,
    );
    expect(byHand.statusCode).toBe(400);

    // An item of another profile, or one that is withdrawn, is not confirmed through this profile.
    const wrong = await t.request(
      { method: 'POST', url: `/api/profiles/${c.profileId}/items/${a.needId}/confirm` },
      people.coordinator,
    );
    expect(wrong.statusCode).toBe(404);

    const view = (actor: Actor) =>
      t.request({ method: 'GET', url: `/api/profiles/${c.profileId}/currency` }, actor);
    expect((await view(people.otherMember)).statusCode).toBe(403);
    expect((await view(null)).statusCode).toBe(401);
    const own = (await view(people.cMember)).json<ProfileCurrency>();
    expect(own.items.map((i) => [i.itemId, i.status])).toEqual([
      [c.needId, 'current'],
      [c.offerId, 'current'],
    ]);

    const overview = (actor: Actor) =>
      t.request({ method: 'GET', url: `/api/mobilisations/${m}/currency` }, actor);
    expect((await overview(people.member)).statusCode).toBe(403);
    expect((await overview(people.participant)).statusCode).toBe(403);
    expect((await overview(people.coordinator)).statusCode).toBe(200);

    const round = (body: object, actor: Actor) =>
      t.request({ method: 'POST', url: `/api/mobilisations/${m}/currency/reminders`, payload: body }, actor);
    expect((await round({}, people.member)).statusCode).toBe(403);
    const strange = await round({ organisationId: randomUUID() }, people.coordinator);
    expect(strange.statusCode).toBe(400);
    expect(strange.json().error.fields[0].path).toBe('body.organisationId');
  });
});

describe('the currency check, on a clock the test moves', () => {
  it('asks before an entry lapses, lapses it out of matching, and a confirm link puts it back, once', async () => {
    const start = now;
    // Nothing is due on the day the entries were submitted: no mail.
    await sweep();
    expect(await mailsTo(people.member.email)).toEqual([]);
    expect(await offersFor(a.profileId, a.needId)).toContain(b.offerId);

    // An organisation's every member is asked, not only the first whose reminder runs.
    const d = await organisation(
      'Hembygdsföreningen',
      'Vi behöver hjälp med bidragsansökningar.',
      'Vi erbjuder vår bygdegård för möten.',
    );
    const dMembers = [
      await t.createActor([{ mobilisationId: m, role: 'member', organisationId: d.organisationId }]),
      await t.createActor([{ mobilisationId: m, role: 'member', organisationId: d.organisationId }]),
    ];

    // Three weeks before a year is up, the entries are due: the members are asked, in the app and by mail.
    later(365 - 21);
    await sweep();
    for (const person of dMembers) {
      const mails = await mailsTo(person.email);
      expect(mails.map((x) => x.subject)).toEqual([expect.stringContaining('Gäller detta fortfarande?')]);
      expect(linksIn(mails[0]?.body_text ?? '')).toHaveLength(2);
    }
    const [asked, ...more] = await mailsTo(people.member.email);
    expect(more).toEqual([]);
    expect(asked?.subject).toContain('Gäller detta fortfarande?');
    expect(asked?.body_text).toContain('Is this still current?');
    expect(asked?.body_text).toContain(needText.slice(0, 40));
    expect(asked?.body_text).toContain(`/profiles/${a.profileId}/current`);
    expect(linksIn(asked?.body_text ?? '')).toHaveLength(2);
    const notices = (
      await t.request({ method: 'GET', url: '/api/me/notifications' }, people.member)
    ).json<NotificationList>();
    expect(notices.items[0]).toMatchObject({
      kind: 'currency.reminder',
      payload: { profileId: a.profileId, organisationId: a.organisationId, items: 2 },
    });
    expect((await currencyOf(a.profileId, people.member)).items.map((i) => i.status)).toEqual(['due', 'due']);
    const overview = (
      await t.request({ method: 'GET', url: `/api/mobilisations/${m}/currency` }, people.coordinator)
    ).json<CurrencyOverview>();
    expect(overview.organisations.find((o) => o.organisationId === a.organisationId)).toMatchObject({
      current: 0,
      due: 2,
      lapsed: 0,
      members: 1,
    });
    expect(overview.organisations.find((o) => o.organisationId === c.organisationId)).toMatchObject({
      current: 0,
      due: 2,
    });
    expect(overview.totals.due).toBeGreaterThanOrEqual(2);

    // The same sweep again asks nobody again.
    await sweep();
    expect(await mailsTo(people.member.email)).toHaveLength(1);

    // The research institute's member confirms its offer while it is due, signed in: current for a year more.
    const kept = await t.request(
      { method: 'POST', url: `/api/profiles/${b.profileId}/items/${b.offerId}/confirm` },
      people.otherMember,
    );
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json<ConfirmedItem>()).toMatchObject({ reopened: false, confirmedAt: now.toISOString() });

    // A year and a day: the entries lapse, leave matching, and are asked about once more.
    now = new Date(start.getTime() + 366 * day);
    await sweep();
    const status = (await getProfile(t, a.profileId)).closedItems;
    expect(status.map((s: ItemStatus) => [s.itemId, s.state]).sort()).toEqual(
      [
        [a.needId, 'expired'],
        [a.offerId, 'expired'],
      ].sort(),
    );
    expect(await needsFor(b.profileId, b.offerId)).not.toContain(a.needId);
    expect((await currencyOf(a.profileId, people.member)).items.map((i) => i.status)).toEqual([
      'lapsed',
      'lapsed',
    ]);
    const mails = await mailsTo(people.member.email);
    expect(mails).toHaveLength(2);
    const lapsedMail = mails[1]?.body_text ?? '';
    expect(lapsedMail).toContain('Har löpt ut');
    const [needLink = '', offerLink = ''] = linksIn(lapsedMail);

    // The link says what it is about, without signing in, and is not used up by reading it.
    const about = await link(needLink);
    expect(about.statusCode, about.body).toBe(200);
    expect(about.json<CurrencyLink>()).toMatchObject({
      organisationName: 'Ungdomsmottagningen',
      item: { id: a.needId, kind: 'need', state: 'expired' },
    });
    // One click: the need is current again and back in matching.
    const confirmed = await link(needLink, 'POST');
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json<ConfirmedItem>()).toMatchObject({
      itemId: a.needId,
      state: 'open',
      reopened: true,
    });
    await t.app.jobs.drain();
    expect(await needsFor(b.profileId, b.offerId)).toContain(a.needId);
    expect(await offersFor(a.profileId, a.needId)).toContain(b.offerId);
    const after = await currencyOf(a.profileId, people.member);
    expect(after.items.map((i) => [i.itemId, i.status])).toEqual([
      [a.needId, 'current'],
      [a.offerId, 'lapsed'],
    ]);

    // Once only; a link of the wrong shape, a forged one and an unknown one are not valid.
    const again = await link(needLink, 'POST');
    expect(again.statusCode).toBe(410);
    expect(again.json().error.code).toBe('LINK_EXPIRED');
    expect((await link(needLink)).statusCode).toBe(410);
    const [random = '', mac = ''] = offerLink.split('.');
    const forged = `${random.slice(0, -1)}${random.endsWith('A') ? 'B' : 'A'}.${mac}`;
    for (const bad of [forged, 'not-a-link', `${random}.${'A'.repeat(43)}`]) {
      const res = await link(bad, 'POST');
      expect(res.statusCode, bad).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    // Nothing of that changed the offer.
    expect((await currencyOf(a.profileId, people.member)).items[1]?.state).toBe('expired');

    // An entry withdrawn since the mail cannot be confirmed by its link.
    const withdrawn = await t.request(
      {
        method: 'POST',
        url: `/api/profiles/${a.profileId}/items/${a.offerId}/state`,
        payload: { state: 'withdrawn', note: 'Lokalen är såld.' },
      },
      people.member,
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const late = await link(offerLink, 'POST');
    expect(late.statusCode).toBe(410);
    expect((await getProfile(t, a.profileId)).closedItems).toEqual([
      expect.objectContaining({ itemId: a.offerId, state: 'withdrawn' }),
    ]);

    // A link past its 30 days no longer works.
    const later30 = linksIn((await mailsTo(people.otherMember.email)).at(-1)?.body_text ?? '')[0] ?? '';
    expect(later30).not.toBe('');
    later(31);
    expect((await link(later30, 'POST')).statusCode).toBe(410);
    await sweep();
  });

  it('puts a lapsed entry back when it is opened again or the profile is submitted again', async () => {
    // Entries nobody confirmed lapsed with the others.
    expect((await currencyOf(c.profileId, people.cMember)).items.map((i) => i.state)).toEqual([
      'expired',
      'expired',
    ]);
    const reopened = await t.request(
      {
        method: 'POST',
        url: `/api/profiles/${c.profileId}/items/${c.needId}/state`,
        payload: { state: 'open' },
      },
      people.cMember,
    );
    expect(reopened.statusCode, reopened.body).toBe(200);
    // Opened again by hand is said to hold: current from then, so it does not lapse at the next sweep.
    await sweep();
    expect((await currencyOf(c.profileId, people.cMember)).items.map((i) => i.state)).toEqual([
      'open',
      'expired',
    ]);

    expect((await currencyOf(b.profileId, people.otherMember)).items.map((i) => i.state)).toEqual([
      'expired',
      'open',
    ]);
    const draft = draftOf(await getProfile(t, b.profileId));
    const saved = await t.request({
      method: 'PUT',
      url: `/api/profiles/${b.profileId}/draft`,
      payload: { version: draft.version, content: { ...draft.content, goals: 'Att unga mår bra, året om.' } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const resubmitted = await t.request({
      method: 'POST',
      url: `/api/profiles/${b.profileId}/submit`,
      payload: { version: draftOf(saved.json<Profile>()).version },
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    // Submitting is saying the entries hold: the lapsed need is open again.
    expect((await currencyOf(b.profileId, people.otherMember)).items.map((i) => i.state)).toEqual([
      'open',
      'open',
    ]);
  });

  it('mails a person at most once a week, however many rounds and reminders run at once', async () => {
    const member = people.cMember;
    const before = (await mailsTo(member.email)).length;
    // Three reminders for the same person, running side by side on this instance.
    for (let i = 0; i < 3; i++) {
      await t.app.jobs.enqueue({
        kind: 'currency-reminder',
        payload: { userId: member.userId, mobilisationId: m, scope: 'all', organisationId: null },
      });
    }
    await t.app.jobs.drain();
    const round = (actor: Actor) =>
      t.request(
        {
          method: 'POST',
          url: `/api/mobilisations/${m}/currency/reminders`,
          payload: { organisationId: c.organisationId },
        },
        actor,
      );
    const first = await round(people.coordinator);
    expect(first.statusCode, first.body).toBe(202);
    expect(first.json<CurrencyRound>()).toEqual({ people: 0, recentlyMailed: 1 });
    await t.app.jobs.drain();
    expect((await mailsTo(member.email)).length).toBe(before + 1);

    later(8);
    const second = await round(people.coordinator);
    expect(second.json<CurrencyRound>()).toEqual({ people: 1, recentlyMailed: 0 });
    await t.app.jobs.drain();
    const mails = await mailsTo(member.email);
    expect(mails.length).toBe(before + 2);
    // A coordinator's round asks about every open or lapsed entry.
    expect(linksIn(mails.at(-1)?.body_text ?? '')).toHaveLength(2);
    const failed = await t.app.db
      .selectFrom('jobs')
      .select(['kind', 'error'])
      .where('kind', 'like', 'currency-%')
      .where('status', '<>', 'done')
      .where('run_after', '<=', new Date())
      .execute();
    expect(failed).toEqual([]);
  });

  it.skipIf(testDatabaseKind !== 'postgres')(
    'sends one mail when two instances remind the same person at the same moment',
    async () => {
      const second = await createTestApp({
        sameDatabaseAs: t,
        clock,
        jobs: { autoStart: true, pollMs: 20, concurrency: 4 },
      });
      const third = await createTestApp({
        sameDatabaseAs: t,
        clock,
        jobs: { autoStart: true, pollMs: 20, concurrency: 4 },
      });
      try {
        later(8);
        const member = people.member;
        const before = (await mailsTo(member.email)).length;
        const queued = [];
        for (let i = 0; i < 8; i++) {
          const on = i % 2 === 0 ? second : third;
          queued.push(
            on.app.jobs.enqueue({
              kind: 'currency-reminder',
              payload: { userId: member.userId, mobilisationId: m, scope: 'all', organisationId: null },
            }),
          );
        }
        // And the sweep and a coordinator's round from each instance, at the same time.
        queued.push(
          second.app.currency.sweepNow(),
          third.app.currency.remindRound(m, null).then(() => ''),
        );
        await Promise.all(queued);
        const deadline = Date.now() + 45_000;
        while (await hasPendingJobs(t.app.db, ['currency-reminder', 'currency-sweep'])) {
          if (Date.now() > deadline) throw new Error('the reminders never ran');
          await new Promise((r) => setTimeout(r, 25));
        }
        expect((await mailsTo(member.email)).length).toBe(before + 1);
        const ran = await t.app.db
          .selectFrom('jobs')
          .select(['status', 'error'])
          .where('kind', '=', 'currency-reminder')
          .where('created_at', '>', new Date(Date.now() - 60_000))
          .execute();
        expect(ran.length).toBeGreaterThanOrEqual(9);
        expect(ran.filter((j) => j.status !== 'done' || j.error !== null)).toEqual([]);
      } finally {
        await second.close();
        await third.close();
      }
    },
  );
});
