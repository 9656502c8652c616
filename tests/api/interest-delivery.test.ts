import { randomUUID } from 'node:crypto';
import { listRejectedInterestPairs, loadLearningData } from '@kraftsamling/db';
import type {
  CreatedInterest,
  InterestList,
  InterestReach,
  InterestToPassOnList,
  NotificationList,
  OutboxMessage,
} from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, type TestApp } from '../support/app';
import {
  createMobilisation,
  createOrganisation,
  getProfile,
  submitCompleteProfile,
} from '../support/fixtures';

let t: TestApp;
let m: string;
type Org = { id: string; profileId: string };
let sender: Org;
let withMembers: Org;
let withContacts: Org;
let withNobody: Org;
let senderMember: NonNullable<Actor>;
let receiverMember: NonNullable<Actor>;
let coordinator: NonNullable<Actor>;
let participant: NonNullable<Actor>;

const reach = async (to: string, actor: Actor = senderMember) => {
  const res = await t.request(
    { method: 'GET', url: `/api/mobilisations/${m}/interests/reach?toOrganisationId=${to}` },
    actor,
  );
  return res;
};
const show = (to: string, extra: Record<string, unknown> = {}) =>
  t.request(
    {
      method: 'POST',
      url: `/api/mobilisations/${m}/interests`,
      payload: {
        fromOrganisationId: sender.id,
        toOrganisationId: to,
        message: 'Vi vill veta mer.',
        ...extra,
      },
    },
    senderMember,
  );
const outbox = async () =>
  (await t.request({ method: 'GET', url: '/api/admin/outbox?limit=100' })).json<{ items: OutboxMessage[] }>()
    .items;
const interestsOf = async (organisationId: string, actor: Actor) =>
  (
    await t.request(
      { method: 'GET', url: `/api/organisations/${organisationId}/interests?mobilisationId=${m}` },
      actor,
    )
  ).json<InterestList>();
const answer = (organisationId: string, interestId: string, body: object, actor: Actor) =>
  t.request(
    {
      method: 'POST',
      url: `/api/organisations/${organisationId}/interests/${interestId}/answer`,
      payload: body,
    },
    actor,
  );

beforeAll(async () => {
  t = await createTestApp();
  m = (await createMobilisation(t)).id;
  const join = async (name: string) => {
    const o = await createOrganisation(t, m, { name });
    await submitCompleteProfile(t, o.profileId);
    return { id: o.organisation.id, profileId: o.profileId };
  };
  sender = await join('Avsändarföreningen');
  withMembers = await join('Medlemskommunen');
  withContacts = await join('Kontaktstiftelsen');
  withNobody = await join('Tystnadens förbund');
  senderMember = await t.createActor([{ mobilisationId: m, role: 'member', organisationId: sender.id }], {
    email: 'avsandare.person@example.se',
  });
  receiverMember = await t.createActor([
    { mobilisationId: m, role: 'member', organisationId: withMembers.id },
  ]);
  coordinator = await t.createActor([{ mobilisationId: m, role: 'coordinator' }], {
    email: 'samordnare@example.se',
  });
  participant = await t.createActor([{ mobilisationId: m, role: 'participant' }]);
  const contacts = await t.request({
    method: 'PUT',
    url: `/api/organisations/${withContacts.id}/contacts`,
    payload: {
      contacts: [
        { name: 'Kim Kontakt', email: 'kim@kontakt.example.se', mayContact: true },
        { name: 'Ulla Utan', email: 'ulla@kontakt.example.se' },
      ],
    },
  });
  expect(contacts.statusCode, contacts.body).toBe(200);
  // Contact persons who did not agree to be contacted do not count.
  const silent = await t.request({
    method: 'PUT',
    url: `/api/organisations/${withNobody.id}/contacts`,
    payload: { contacts: [{ name: 'Nils Nej', email: 'nils@tyst.example.se', mayContact: false }] },
  });
  expect(silent.statusCode, silent.body).toBe(200);
});
afterAll(async () => {
  await t.close();
});

describe('an interest that reaches someone', () => {
  it('says before sending whom it will reach', async () => {
    const said = async (to: string) => (await reach(to)).json<InterestReach>().delivery;
    expect(await said(withMembers.id)).toBe('members');
    expect(await said(withContacts.id)).toBe('contacts');
    expect(await said(withNobody.id)).toBe('coordinators');
    expect((await reach(randomUUID())).statusCode).toBe(404);
    expect((await reach('inte-ett-id')).statusCode).toBe(400);
    expect((await reach(withNobody.id, null)).statusCode).toBe(401);
  });

  it('reaches the members by notice and mail; the sender follows it from sent to read to answered', async () => {
    const sent = await show(withMembers.id);
    expect(sent.statusCode, sent.body).toBe(201);
    const created = sent.json<CreatedInterest>();
    expect(created.delivery).toBe('members');
    const status = async () =>
      (await interestsOf(sender.id, senderMember)).sent.find((i) => i.id === created.id);
    expect(await status()).toMatchObject({ status: 'sent', delivery: 'members', answer: null });

    const notices = (
      await t.request({ method: 'GET', url: '/api/me/notifications' }, receiverMember)
    ).json<NotificationList>();
    const notice = notices.items[0];
    if (!notice) throw new Error('no notice');
    await t.request({ method: 'POST', url: `/api/me/notifications/${notice.id}/read` }, receiverMember);
    expect((await status())?.status).toBe('read');

    // Only those who act for the receiver answer.
    const body = { answer: 'interested', note: 'Ring oss gärna!' };
    expect((await answer(withMembers.id, created.id, body, senderMember)).statusCode).toBe(403);
    expect((await answer(withMembers.id, created.id, body, participant)).statusCode).toBe(403);
    expect((await answer(withMembers.id, created.id, body, null)).statusCode).toBe(401);
    // Answering on behalf of another organisation finds no such interest.
    expect((await answer(sender.id, created.id, body, senderMember)).statusCode).toBe(404);
    expect((await answer(withMembers.id, created.id, { answer: 'kanske' }, receiverMember)).statusCode).toBe(
      400,
    );
    expect((await status())?.status).toBe('read');

    const answered = await answer(withMembers.id, created.id, body, receiverMember);
    expect(answered.statusCode, answered.body).toBe(204);
    expect(await status()).toMatchObject({
      status: 'answered',
      answer: { value: 'interested', note: 'Ring oss gärna!' },
    });
    const received = (await interestsOf(withMembers.id, receiverMember)).received.find(
      (i) => i.id === created.id,
    );
    expect(received?.answer?.value).toBe('interested');
    // The sender's members are told, with the answer and its note.
    const told = (
      await t.request({ method: 'GET', url: '/api/me/notifications' }, senderMember)
    ).json<NotificationList>().items;
    expect(told.find((n) => n.kind === 'interest.answered')).toMatchObject({
      kind: 'interest.answered',
      readAt: null,
      payload: {
        interestId: created.id,
        byOrganisationId: withMembers.id,
        byProfileId: withMembers.profileId,
        answer: 'interested',
        note: 'Ring oss gärna!',
      },
    });
  });

  it('mails only the contact persons who agreed, without the sender’s personal data', async () => {
    const before = (await outbox()).length;
    const sent = await show(withContacts.id, { message: 'Vi har en idé om samverkan.' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json<CreatedInterest>().delivery).toBe('contacts');
    const mails = (await outbox()).slice(0, (await outbox()).length - before);
    expect(mails.map((mail) => mail.to)).toEqual(['kim@kontakt.example.se']);
    const mail = mails[0];
    expect(mail?.text).toContain('Avsändarföreningen');
    expect(mail?.text).toContain('Vi har en idé om samverkan.');
    expect(mail?.text).not.toContain('avsandare.person@example.se');
    expect(mail?.text).not.toContain(senderMember.email);
  });

  it('lets a contact person stop being contacted with one click, after which interests go to the coordinators', async () => {
    // The mail the interest above sent to Kim.
    const mail = (await outbox()).find((x) => x.to === 'kim@kontakt.example.se');
    const token = /\/unsubscribe\/([A-Za-z0-9_.-]+)/.exec(mail?.text ?? '')?.[1] ?? '';
    expect(mail?.text).toContain('kontaktperson för Kontaktstiftelsen');
    expect(token).not.toContain('kim');
    const stored = await t.app.db
      .selectFrom('outbox')
      .select('headers')
      .where('to_address', '=', 'kim@kontakt.example.se')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(stored.headers).toEqual({
      'List-Unsubscribe': expect.stringContaining(`/api/unsubscribe/${token}`),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });

    // Reading the link changes nothing; it works without signing in, as a mail client's one-click post.
    const link = (method: 'GET' | 'POST', value = token) =>
      t.request(
        {
          method,
          url: `/api/unsubscribe/${value}`,
          ...(method === 'POST'
            ? {
                payload: 'List-Unsubscribe=One-Click',
                headers: { 'content-type': 'application/x-www-form-urlencoded' },
              }
            : {}),
        },
        null,
      );
    const read = await link('GET');
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual({ scope: 'contact', mail: true, organisationName: 'Kontaktstiftelsen' });
    const [org, kind, key = '', mac = ''] = token.split('.');
    const forged = `${org}.${kind}.${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}.${mac}`;
    expect((await link('POST', forged)).statusCode).toBe(404);
    const stop = await link('POST');
    expect(stop.statusCode, stop.body).toBe(200);
    expect(stop.json()).toMatchObject({ scope: 'contact', mail: false });
    expect((await link('POST')).json()).toMatchObject({ mail: false });
    const audits = await t.app.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'organisation.contact_unsubscribed')
      .execute();
    expect(audits).toHaveLength(1);

    // Kim no longer agrees to be contacted, so the next interest is the coordinators' to pass on.
    const contacts = await t.request({
      method: 'GET',
      url: `/api/organisations/${withContacts.id}/contacts`,
    });
    expect(contacts.json<{ contacts: { email: string; mayContact: boolean }[] }>().contacts).toEqual([
      expect.objectContaining({ email: 'kim@kontakt.example.se', mayContact: false }),
      expect.objectContaining({ email: 'ulla@kontakt.example.se', mayContact: false }),
    ]);
    const reached = await reach(withContacts.id);
    expect(reached.json<InterestReach>().delivery).toBe('coordinators');
  });

  it('reaches the coordinators when the organisation has neither, who see it and pass it on', async () => {
    const sent = await show(withNobody.id, { message: 'Kan ni förmedla detta?' });
    expect(sent.statusCode, sent.body).toBe(201);
    const created = sent.json<CreatedInterest>();
    expect(created.delivery).toBe('coordinators');
    const mails = await outbox();
    expect(mails.some((mail) => mail.to === 'nils@tyst.example.se')).toBe(false);
    const toCoordinator = mails.find((mail) => mail.to === 'samordnare@example.se');
    expect(toCoordinator?.subject).toContain('Tystnadens förbund');
    expect(toCoordinator?.text).toContain('Kan ni förmedla detta?');

    const list = async (actor: Actor) =>
      t.request({ method: 'GET', url: `/api/mobilisations/${m}/interests/to-pass-on` }, actor);
    expect((await list(senderMember)).statusCode).toBe(403);
    const items = (await list(coordinator)).json<InterestToPassOnList>().items;
    expect(items).toEqual([
      expect.objectContaining({
        id: created.id,
        from: { id: sender.id, name: 'Avsändarföreningen' },
        to: { id: withNobody.id, name: 'Tystnadens förbund', profileId: withNobody.profileId },
        message: 'Kan ni förmedla detta?',
        passedOn: null,
      }),
    ]);
    const passOn = (interestId: string, actor: Actor) =>
      t.request({ method: 'POST', url: `/api/mobilisations/${m}/interests/${interestId}/passed-on` }, actor);
    expect((await passOn(created.id, senderMember)).statusCode).toBe(403);
    expect((await passOn(randomUUID(), coordinator)).statusCode).toBe(404);
    expect((await passOn(created.id, coordinator)).statusCode).toBe(204);
    expect((await passOn(created.id, coordinator)).statusCode).toBe(204);
    const after = (await list(coordinator)).json<InterestToPassOnList>().items[0];
    expect(after?.passedOn?.by).toBeTruthy();
    // An interest that reached the members is not the coordinators' to pass on.
    const other = (await interestsOf(sender.id, senderMember)).sent.find((i) => i.delivery === 'members');
    expect((await passOn(other?.id ?? '', coordinator)).statusCode).toBe(404);
  });

  it('keeps "inte aktuellt" on a need and an offer as a labelled rejected pair', async () => {
    const [senderProfile, receiverProfile] = await Promise.all([
      getProfile(t, sender.profileId),
      getProfile(t, withMembers.profileId),
    ]);
    const needId = senderProfile.latest?.content.needs[0]?.id;
    const offerId = receiverProfile.latest?.content.offers[0]?.id;
    if (!needId || !offerId) throw new Error('no items');
    const sent = await show(withMembers.id, { itemId: needId, counterpartItemId: offerId, message: '' });
    expect(sent.statusCode, sent.body).toBe(201);
    const { id } = sent.json<CreatedInterest>();
    const res = await answer(
      withMembers.id,
      id,
      { answer: 'not_relevant', note: 'Vi arbetar inte med information.' },
      receiverMember,
    );
    expect(res.statusCode, res.body).toBe(204);
    expect(await listRejectedInterestPairs(t.app.db, m)).toEqual([
      { needId, offerId, note: 'Vi arbetar inte med information.' },
    ]);
    const seen = (await interestsOf(sender.id, senderMember)).sent.find((i) => i.id === id);
    expect(seen).toMatchObject({ status: 'answered', answer: { value: 'not_relevant' } });
    // The engine learns from it as from a coordinator's rejection: it is in what learning reads, and
    // learning is queued.
    const needText = senderProfile.latest?.content.needs[0]?.text;
    const offerText = receiverProfile.latest?.content.offers[0]?.text;
    expect((await loadLearningData(t.app.db, m)).decisions).toContainEqual({
      need: needText,
      offer: offerText,
      accepted: false,
    });
    const queued = await t.app.db
      .selectFrom('jobs')
      .select('kind')
      .where('dedupe_key', '=', `learn-field:${m}`)
      .execute();
    expect(queued.map((j) => j.kind)).toEqual(['learn-field']);
  });
});
