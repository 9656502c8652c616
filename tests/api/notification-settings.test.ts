import { hasPendingJobs } from '@kraftsamling/db';
import type { NotificationList, NotificationSettings, UnsubscribeLink } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, type TestApp } from '../support/app';
import { testDatabaseKind } from '../support/database';
import { createMobilisation, createOrganisation, submitNeedAndOffer } from '../support/fixtures';

/** The app's clock, which the tests move: digests fall due and entries lapse without waiting. */
let now = new Date();
const clock = () => now;
const day = 24 * 3600_000;
const moveTo = (to: Date) => {
  now = new Date(to);
};
/** Digests go out at 06:00 UTC, the weekly one on Mondays: the first such moment after `from`. */
const digestDueAt = (frequency: 'daily' | 'weekly', from: Date) => {
  for (let hour = Math.floor(from.getTime() / 3600_000) + 1; ; hour++) {
    const at = new Date(hour * 3600_000);
    if (at.getUTCHours() === 6 && (frequency === 'daily' || at.getUTCDay() === 1)) return at;
  }
};

let t: TestApp;
let m: string;
let a: Awaited<ReturnType<typeof createOrganisation>>;
let b: Awaited<ReturnType<typeof createOrganisation>>;
let memberA: NonNullable<Actor>;
let otherA: NonNullable<Actor>;
let memberB: NonNullable<Actor>;
let coordinator: NonNullable<Actor>;

type OutboxRow = { subject: string; body_text: string; headers: Record<string, string> };
const mailsTo = (email: string): Promise<OutboxRow[]> =>
  t.app.db
    .selectFrom('outbox')
    .select(['subject', 'body_text', 'headers'])
    .where('to_address', '=', email)
    .orderBy('created_at')
    .execute();
const settingsOf = async (actor: Actor) => {
  const res = await t.request({ method: 'GET', url: '/api/me/notification-settings' }, actor);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<NotificationSettings>();
};
const save = (actor: Actor, payload: unknown) =>
  t.request({ method: 'PUT', url: '/api/me/notification-settings', payload: payload as object }, actor);
const choose = async (actor: Actor, category: string, mail: boolean, frequency: string) => {
  const res = await save(actor, { categories: [{ category, mail, frequency }] });
  expect(res.statusCode, res.body).toBe(200);
};
let initiatives = 0;
/** A new initiative with organisation A: its members get a notice, and a mail as they chose. */
const addToInitiative = async () => {
  initiatives += 1;
  const res = await t.request(
    {
      method: 'POST',
      url: `/api/mobilisations/${m}/initiatives`,
      payload: {
        title: `Gemensamt initiativ ${initiatives}`,
        participants: [{ organisationId: a.organisation.id }],
        leadOrganisationId: a.organisation.id,
      },
    },
    coordinator,
  );
  expect(res.statusCode, res.body).toBe(201);
};
const unsubscribeLinkIn = (text: string) => /\/unsubscribe\/([A-Za-z0-9_.-]+)/.exec(text)?.[1] ?? '';
const digest = async () => {
  await t.app.noticeMail.digestNow();
  await t.app.jobs.drain();
};

beforeAll(async () => {
  now = new Date();
  t = await createTestApp({ clock });
  m = (await createMobilisation(t)).id;
  a = await createOrganisation(t, m, { name: 'Alfa kommun' });
  b = await createOrganisation(t, m, { name: 'Beta förening' });
  memberA = await t.createActor([{ mobilisationId: m, role: 'member', organisationId: a.organisation.id }]);
  otherA = await t.createActor([{ mobilisationId: m, role: 'member', organisationId: a.organisation.id }]);
  memberB = await t.createActor([{ mobilisationId: m, role: 'member', organisationId: b.organisation.id }]);
  coordinator = await t.createActor([{ mobilisationId: m, role: 'coordinator' }]);
});
afterAll(async () => {
  await t.close();
});

describe('notification settings', () => {
  it('start as mail at once for every category, and are the person’s own', async () => {
    expect(await settingsOf(memberA)).toEqual({
      categories: [
        { category: 'interests', mail: true, frequency: 'immediate' },
        { category: 'initiatives', mail: true, frequency: 'immediate' },
        { category: 'currency', mail: true, frequency: 'immediate' },
      ],
    });
    expect((await t.request({ method: 'GET', url: '/api/me/notification-settings' }, null)).statusCode).toBe(
      401,
    );
    expect((await save(null, { categories: [] })).statusCode).toBe(401);
  });

  it('are saved per category, leave the others as they were, and touch nobody else’s', async () => {
    const res = await save(memberB, {
      categories: [
        { category: 'initiatives', mail: true, frequency: 'weekly' },
        { category: 'currency', mail: false, frequency: 'immediate' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<NotificationSettings>().categories).toEqual([
      { category: 'interests', mail: true, frequency: 'immediate' },
      { category: 'initiatives', mail: true, frequency: 'weekly' },
      { category: 'currency', mail: false, frequency: 'immediate' },
    ]);
    expect(await settingsOf(memberB)).toEqual(res.json());
    // They are part of the person's data to take away.
    const data = await t.request({ method: 'GET', url: '/api/me/data' }, memberB);
    expect(data.json<{ notificationSettings: unknown }>().notificationSettings).toEqual(
      res.json<NotificationSettings>().categories,
    );
    expect((await settingsOf(memberA)).categories.every((c) => c.mail && c.frequency === 'immediate')).toBe(
      true,
    );
  });

  it('refuses bad input with the closed error code and the field, and changes nothing', async () => {
    const before = await settingsOf(memberB);
    const bad: [unknown, string][] = [
      [{}, 'body.categories'],
      [{ categories: [] }, 'body.categories'],
      [
        { categories: [{ category: 'security', mail: false, frequency: 'immediate' }] },
        'body.categories.0.category',
      ],
      [
        { categories: [{ category: 'interests', mail: 'no', frequency: 'immediate' }] },
        'body.categories.0.mail',
      ],
      [
        { categories: [{ category: 'interests', mail: true, frequency: 'hourly' }] },
        'body.categories.0.frequency',
      ],
      [{ categories: [{ category: 'interests', mail: true }] }, 'body.categories.0.frequency'],
      [
        {
          categories: [
            { category: 'interests', mail: false, frequency: 'daily' },
            { category: 'interests', mail: true, frequency: 'weekly' },
          ],
        },
        'body.categories',
      ],
    ];
    for (const [payload, path] of bad) {
      const res = await save(memberB, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      const error = res.json<{ error: { code: string; fields: { path: string }[] } }>().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.fields.map((f) => f.path)).toContain(path);
    }
    expect(await settingsOf(memberB)).toEqual(before);
  });
});

describe('notice mails as each person chose', () => {
  it('mails at once with a one-click unsubscribe link and the RFC 8058 headers', async () => {
    await addToInitiative();
    const [mail] = await mailsTo(memberA.email);
    expect(mail?.subject).toBe('Alfa kommun är med i initiativet Gemensamt initiativ 1');
    const token = unsubscribeLinkIn(mail?.body_text ?? '');
    expect(token).not.toBe('');
    expect(mail?.body_text).toContain(`http://localhost:3000/unsubscribe/${token}`);
    expect(mail?.body_text).toContain('http://localhost:3000/account#notifications');
    expect(mail?.body_text).toContain('Stop them (one click, no sign-in)');
    expect(mail?.headers).toEqual({
      'List-Unsubscribe': `<http://localhost:3000/api/unsubscribe/${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('sends nothing when mail is off, and the notice still comes in the app', async () => {
    await choose(otherA, 'initiatives', false, 'immediate');
    const before = (await mailsTo(otherA.email)).length;
    const noticesBefore = (
      await t.request({ method: 'GET', url: '/api/me/notifications' }, otherA)
    ).json<NotificationList>().items.length;
    await addToInitiative();
    expect((await mailsTo(otherA.email)).length).toBe(before);
    const notices = (
      await t.request({ method: 'GET', url: '/api/me/notifications' }, otherA)
    ).json<NotificationList>();
    expect(notices.items.length).toBe(noticesBefore + 1);
    await choose(otherA, 'initiatives', true, 'immediate');
  });

  it('gathers daily and weekly digests and sends each once, when it is due', async () => {
    await choose(memberA, 'initiatives', true, 'daily');
    await choose(otherA, 'initiatives', true, 'weekly');
    const mailsA = (await mailsTo(memberA.email)).length;
    const mailsOther = (await mailsTo(otherA.email)).length;
    await addToInitiative();
    await addToInitiative();
    // Held, not sent.
    expect((await mailsTo(memberA.email)).length).toBe(mailsA);
    expect((await mailsTo(otherA.email)).length).toBe(mailsOther);

    const daily = digestDueAt('daily', now);
    const weekly = digestDueAt('weekly', now);
    moveTo(new Date(daily.getTime() - 60_000));
    await digest();
    expect((await mailsTo(memberA.email)).length).toBe(mailsA);

    moveTo(daily);
    await digest();
    await digest();
    const dailyMails = (await mailsTo(memberA.email)).slice(mailsA);
    expect(dailyMails.map((x) => x.subject)).toEqual(['Sammanfattning från Kraftsamling: 2 notiser']);
    const text = dailyMails[0]?.body_text ?? '';
    expect(text).toContain(`Alfa kommun är med i initiativet "Gemensamt initiativ ${initiatives - 1}".`);
    expect(text).toContain(`Alfa kommun takes part in the initiative "Gemensamt initiativ ${initiatives}".`);
    expect(text).toContain('http://localhost:3000/initiatives/');
    expect(unsubscribeLinkIn(text)).not.toBe('');
    expect(dailyMails[0]?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    if (weekly > daily) expect((await mailsTo(otherA.email)).length).toBe(mailsOther);

    moveTo(weekly);
    await digest();
    await digest();
    const weeklyMails = (await mailsTo(otherA.email)).slice(mailsOther);
    expect(weeklyMails.map((x) => x.subject)).toEqual(['Sammanfattning från Kraftsamling: 2 notiser']);
    expect((await mailsTo(memberA.email)).length).toBe(mailsA + 1);
    await choose(memberA, 'initiatives', true, 'immediate');
    await choose(otherA, 'initiatives', true, 'immediate');
  });

  it('drops held lines of a category turned off before the digest', async () => {
    await choose(memberA, 'initiatives', true, 'daily');
    const before = (await mailsTo(memberA.email)).length;
    await addToInitiative();
    await choose(memberA, 'initiatives', false, 'daily');
    moveTo(new Date(digestDueAt('daily', now).getTime() + 1000));
    await digest();
    expect((await mailsTo(memberA.email)).length).toBe(before);
    expect(await t.app.db.selectFrom('mail_digest_entries').select('id').execute()).toEqual([]);
    await choose(memberA, 'initiatives', true, 'immediate');
  });

  it.skipIf(testDatabaseKind !== 'postgres')(
    'sends a digest once when two instances run at the same moment',
    async () => {
      await choose(memberA, 'initiatives', true, 'daily');
      const before = (await mailsTo(memberA.email)).length;
      await addToInitiative();
      await addToInitiative();
      moveTo(new Date(digestDueAt('daily', now).getTime() + 1000));
      const second = await createTestApp({ sameDatabaseAs: t, clock, jobs: { autoStart: true, pollMs: 20 } });
      const third = await createTestApp({ sameDatabaseAs: t, clock, jobs: { autoStart: true, pollMs: 20 } });
      try {
        await Promise.all([
          second.app.noticeMail.digestNow(),
          third.app.noticeMail.digestNow(),
          second.app.jobs.enqueue({ kind: 'mail-digest', payload: {} }),
          third.app.jobs.enqueue({ kind: 'mail-digest', payload: {} }),
        ]);
        const deadline = Date.now() + 45_000;
        while (await hasPendingJobs(t.app.db, ['mail-digest'])) {
          if (Date.now() > deadline) throw new Error('the digests never ran');
          await new Promise((r) => setTimeout(r, 25));
        }
        const mails = (await mailsTo(memberA.email)).slice(before);
        expect(mails.map((x) => x.subject)).toEqual(['Sammanfattning från Kraftsamling: 2 notiser']);
        const failed = await t.app.db
          .selectFrom('jobs')
          .select(['status', 'error'])
          .where('kind', '=', 'mail-digest')
          .where('error', 'is not', null)
          .execute();
        expect(failed).toEqual([]);
      } finally {
        await second.close();
        await third.close();
        await choose(memberA, 'initiatives', true, 'immediate');
      }
    },
  );

  it('mails an interest to a member at once, to a coordinator who passes it on as they chose', async () => {
    await choose(memberB, 'interests', true, 'immediate');
    const before = (await mailsTo(memberB.email)).length;
    const res = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m}/interests`,
        payload: {
          fromOrganisationId: a.organisation.id,
          toOrganisationId: b.organisation.id,
          message: 'Hej!',
        },
      },
      memberA,
    );
    expect(res.statusCode, res.body).toBe(201);
    const mails = (await mailsTo(memberB.email)).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.body_text).toContain('mejl om intresse från andra organisationer');
    expect(mails[0]?.headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\//);

    // An organisation nobody can be reached at: the coordinator has interests off, and gets the notice of
    // the list to pass on but no mail.
    const nobody = await createOrganisation(t, m, { name: 'Gamma utan konton' });
    await choose(coordinator, 'interests', false, 'immediate');
    const coordinatorBefore = (await mailsTo(coordinator.email)).length;
    const passOn = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m}/interests`,
        payload: { fromOrganisationId: a.organisation.id, toOrganisationId: nobody.organisation.id },
      },
      memberA,
    );
    expect(passOn.statusCode, passOn.body).toBe(201);
    expect((await mailsTo(coordinator.email)).length).toBe(coordinatorBefore);
  });
});

describe('one-click unsubscribe', () => {
  let token = '';
  const link = (method: 'GET' | 'POST', value = token, actor: Actor = null, extra: object = {}) =>
    t.request({ method, url: `/api/unsubscribe/${value}`, ...extra }, actor);

  beforeAll(async () => {
    await choose(memberA, 'initiatives', true, 'immediate');
    await addToInitiative();
    token = unsubscribeLinkIn((await mailsTo(memberA.email)).at(-1)?.body_text ?? '');
  });

  it('tells what the link turns off without changing anything', async () => {
    const res = await link('GET');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UnsubscribeLink>()).toEqual({ scope: 'initiatives', mail: true });
    expect((await settingsOf(memberA)).categories.find((c) => c.category === 'initiatives')?.mail).toBe(true);
  });

  it('refuses a tampered, forged or malformed link and changes nothing', async () => {
    const [userId = '', , mac = ''] = token.split('.');
    const flipped = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [
      `${userId}.initiatives.${flipped}`,
      `${userId}.interests.${mac}`,
      `${memberB.userId}.initiatives.${mac}`,
      'not-a-token',
      `${token}x`,
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        const res = await link(method, bad);
        expect(res.statusCode, `${method} ${bad}`).toBe(404);
        expect(res.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND');
      }
    }
    expect((await settingsOf(memberA)).categories.find((c) => c.category === 'initiatives')?.mail).toBe(true);
    expect((await settingsOf(memberB)).categories.find((c) => c.category === 'initiatives')?.mail).toBe(true);
  });

  it('turns that category off with one POST from a mail client, without a session or CSRF token', async () => {
    const res = await link('POST', token, null, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UnsubscribeLink>()).toEqual({ scope: 'initiatives', mail: false });
    expect((await settingsOf(memberA)).categories).toEqual([
      { category: 'interests', mail: true, frequency: 'immediate' },
      { category: 'initiatives', mail: false, frequency: 'immediate' },
      { category: 'currency', mail: true, frequency: 'immediate' },
    ]);
    const before = (await mailsTo(memberA.email)).length;
    await addToInitiative();
    expect((await mailsTo(memberA.email)).length).toBe(before);
  });

  it('answers a link used again, or posted by a signed-in browser without its CSRF token, the same', async () => {
    const audits = async () =>
      (
        await t.app.db
          .selectFrom('audit_events')
          .select('id')
          .where('action', '=', 'notifications.unsubscribed')
          .execute()
      ).length;
    const before = await audits();
    const again = await link('POST');
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<UnsubscribeLink>()).toEqual({ scope: 'initiatives', mail: false });
    const browser = await t.app.inject({
      method: 'POST',
      url: `/api/unsubscribe/${token}`,
      headers: { cookie: memberA.cookie, origin: 'https://mail.example.com' },
    });
    expect(browser.statusCode, browser.body).toBe(200);
    expect(await audits()).toBe(before);
    // Elsewhere the CSRF token is still required.
    const elsewhere = await t.app.inject({
      method: 'PUT',
      url: '/api/me/notification-settings',
      headers: { cookie: memberA.cookie },
      payload: { categories: [{ category: 'initiatives', mail: true, frequency: 'immediate' }] },
    });
    expect(elsewhere.statusCode).toBe(403);
  });
});

describe('currency reminders and the settings', () => {
  it('give the notice alone when mail is off, take no allowance, and go into the digest when chosen', async () => {
    // Two organisations with a member each (an entry is asked about once, of whichever member comes first).
    const join = async (name: string) => {
      const o = await createOrganisation(t, m, { name });
      await submitNeedAndOffer(
        t,
        o.profileId,
        'Vi behöver hjälp att utvärdera våra insatser för unga.',
        'Vi erbjuder lokaler för träffar på kvällstid.',
      );
      return o;
    };
    const c = await join('Delta förening');
    const d = await join('Epsilon förening');
    const silent = await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: d.organisation.id },
    ]);
    const digestPerson = await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: c.organisation.id },
    ]);
    await choose(silent, 'currency', false, 'immediate');
    await choose(digestPerson, 'currency', true, 'daily');
    await t.app.jobs.drain();

    // Eleven and a half months on: the entries are due, and the sweep asks.
    moveTo(new Date(Date.now() + 350 * day));
    await t.app.currency.sweepNow();
    await t.app.jobs.drain();

    const noticesOf = async (actor: Actor) =>
      (await t.request({ method: 'GET', url: '/api/me/notifications' }, actor))
        .json<NotificationList>()
        .items.filter((n) => n.kind === 'currency.reminder');
    expect(await noticesOf(silent)).toHaveLength(1);
    expect(await noticesOf(digestPerson)).toHaveLength(1);
    expect(await mailsTo(silent.email)).toEqual([]);
    expect(await mailsTo(digestPerson.email)).toEqual([]);
    const caps = await t.app.db
      .selectFrom('currency_reminder_caps')
      .select('user_id')
      .where('user_id', 'in', [silent.userId, digestPerson.userId])
      .execute();
    expect(caps.map((r) => r.user_id)).toEqual([digestPerson.userId]);

    moveTo(new Date(digestDueAt('daily', now).getTime() + 1000));
    await digest();
    const [mail, ...more] = await mailsTo(digestPerson.email);
    expect(more).toEqual([]);
    expect(mail?.body_text).toContain('Gäller detta fortfarande? 2 uppgifter från Delta förening');
    expect(mail?.body_text).toContain(`http://localhost:3000/profiles/${c.profileId}/current`);
    // No confirm link was made that the digest could not carry.
    expect(mail?.body_text).not.toContain('/current/');

    // A coordinator's round a day later: still at most one reminder mail a week, digest or not.
    const round = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m}/currency/reminders`,
        payload: { organisationId: c.organisation.id },
      },
      coordinator,
    );
    expect(round.statusCode, round.body).toBe(202);
    await t.app.jobs.drain();
    moveTo(new Date(digestDueAt('daily', now).getTime() + 1000));
    await digest();
    expect(await mailsTo(digestPerson.email)).toHaveLength(1);
    expect(await mailsTo(silent.email)).toEqual([]);
  });
});
