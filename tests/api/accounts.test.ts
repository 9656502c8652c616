import type { AuditEvent, OutboxMessage, PersonalData, Profile, Session } from '@kraftsamling/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, type TestApp, testPassword } from '../support/app';
import {
  completeContent,
  createMobilisation,
  createOrganisation,
  draftOf,
  getProfile,
} from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://kraftsamling.example.se' });
});
afterAll(async () => {
  await t.close();
});

/** The browser side of a response that signs someone in: its cookie and CSRF token. */
function actorFrom(res: LightMyRequestResponse, userId = ''): NonNullable<Actor> {
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'ks_session');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });
  const session = res.json<Session>();
  return {
    userId,
    email: session.user?.email ?? '',
    cookie: `ks_session=${cookie?.value}`,
    csrf: session.csrfToken ?? '',
  };
}

async function latestMailTo(email: string): Promise<OutboxMessage> {
  const outbox = await t.request({ method: 'GET', url: '/api/admin/outbox?limit=50' });
  const mail = outbox.json<{ items: OutboxMessage[] }>().items.find((m) => m.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

const linkToken = (mail: OutboxMessage, path: string) => {
  const match = new RegExp(`https://kraftsamling\\.example\\.se/${path}/([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[1];
};

describe('signing in and out', () => {
  it('signs in with the right password, and the session ends on the server when signing out', async () => {
    const person = await t.createActor([]);
    const signIn = await t.request(
      {
        method: 'POST',
        url: '/api/session',
        payload: { email: person.email.toUpperCase(), password: testPassword },
      },
      null,
    );
    const browser = actorFrom(signIn);
    const me = await t.request({ method: 'GET', url: '/api/session' }, browser);
    expect(me.json<Session>().user?.email).toBe(person.email);

    const out = await t.request({ method: 'DELETE', url: '/api/session' }, browser);
    expect(out.statusCode).toBe(200);
    // The same cookie, replayed after signing out, is worth nothing.
    const after = await t.request({ method: 'GET', url: '/api/session' }, browser);
    expect(after.json<Session>().user).toBeNull();
    expect((await t.request({ method: 'GET', url: '/api/me/data' }, browser)).statusCode).toBe(401);
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    const person = await t.createActor([]);
    const wrong = await t.request(
      { method: 'POST', url: '/api/session', payload: { email: person.email, password: 'nope' } },
      null,
    );
    const unknown = await t.request(
      { method: 'POST', url: '/api/session', payload: { email: 'nobody@example.se', password: 'nope' } },
      null,
    );
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
  });

  it('limits repeated failed sign-ins for one account', async () => {
    const person = await t.createActor([]);
    const attempt = (password: string) =>
      t.request({ method: 'POST', url: '/api/session', payload: { email: person.email, password } }, null);
    for (let i = 0; i < 10; i++) expect((await attempt('wrong password')).statusCode).toBe(401);
    const limited = await attempt(testPassword);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
  });

  it('refuses a change without the CSRF token of the session, and writes nothing', async () => {
    const m = await createMobilisation(t);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/mobilisations/${m.id}`,
      headers: { cookie: t.admin?.cookie ?? '' },
      payload: { version: 1, name: 'Kapad' },
    });
    expect(res.statusCode).toBe(403);
    const read = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}` });
    expect(read.json().name).toBe(m.name);
  });

  it('refuses a cross-site sign-in form post', async () => {
    const person = await t.createActor([]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { origin: 'https://evil.example.com', host: 'kraftsamling.example.se' },
      payload: { email: person.email, password: testPassword },
    });
    expect(res.statusCode).toBe(403);
  });

  it('sends security headers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/health' }, null);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
  });
});

describe('invitations coordinators manage', () => {
  async function invite(m: { id: string }, coordinator: NonNullable<Actor>, organisationId: string) {
    const email = `person-${Math.random().toString(36).slice(2)}@forening.se`;
    const res = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m.id}/invitations`,
        payload: { email, role: 'member', organisationId },
      },
      coordinator,
    );
    expect(res.statusCode, res.body).toBe(201);
    return {
      id: res.json<{ id: string }>().id,
      email,
      token: linkToken(await latestMailTo(email), 'invitation'),
    };
  }
  const action = (m: { id: string }, id: string, what: string, actor: Actor) =>
    t.request({ method: 'POST', url: `/api/mobilisations/${m.id}/invitations/${id}/${what}` }, actor);
  const statusOf = async (m: { id: string }, id: string, actor: Actor) =>
    (await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/invitations` }, actor))
      .json<{ items: { id: string; status: string }[] }>()
      .items.find((i) => i.id === id)?.status;

  it('shows when a link was opened, hands over a new link, mails it again and revokes it', async () => {
    const m = await createMobilisation(t);
    const org = await createOrganisation(t, m.id);
    const coordinator = await t.createActor([{ mobilisationId: m.id, role: 'coordinator' }]);
    const sent = await invite(m, coordinator, org.organisation.id);
    expect(await statusOf(m, sent.id, coordinator)).toBe('pending');
    expect((await t.request({ method: 'GET', url: `/api/invitations/${sent.token}` }, null)).statusCode).toBe(
      200,
    );
    expect(await statusOf(m, sent.id, coordinator)).toBe('opened');

    // A new link to copy: the mailed one stops working, the new one works.
    const copied = await action(m, sent.id, 'link', coordinator);
    expect(copied.statusCode, copied.body).toBe(200);
    const url = copied.json<{ url: string }>().url;
    expect(url).toMatch(/^https:\/\/kraftsamling\.example\.se\/invitation\//);
    const copiedToken = url.split('/').pop() ?? '';
    expect((await t.request({ method: 'GET', url: `/api/invitations/${sent.token}` }, null)).statusCode).toBe(
      404,
    );
    expect(
      (await t.request({ method: 'GET', url: `/api/invitations/${copiedToken}` }, null)).statusCode,
    ).toBe(200);

    // Mailed again, with yet another link, in the mobilisation's own outbox.
    const resent = await action(m, sent.id, 'resend', coordinator);
    expect(resent.statusCode, resent.body).toBe(200);
    const mailed = linkToken(await latestMailTo(sent.email), 'invitation');
    expect(mailed).not.toBe(copiedToken);
    const outbox = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/outbox` }, coordinator);
    expect(outbox.statusCode).toBe(200);
    const mails = outbox.json<{ items: OutboxMessage[]; total: number }>();
    expect(mails.items.map((x) => x.to)).toEqual([sent.email, sent.email]);
    expect(mails.total).toBe(2);

    const revoked = await action(m, sent.id, 'revoke', coordinator);
    expect(revoked.json()).toMatchObject({ status: 'revoked' });
    const accept = await t.request(
      {
        method: 'POST',
        url: `/api/invitations/${mailed}/accept`,
        payload: { name: 'Kim', password: 'ett långt lösenord' },
      },
      null,
    );
    expect(accept.statusCode).toBe(410);
    // Nothing to do with an invitation no longer open: refused, and nothing changes.
    for (const what of ['revoke', 'resend', 'link'])
      expect((await action(m, sent.id, what, coordinator)).statusCode).toBe(409);
    expect(await statusOf(m, sent.id, coordinator)).toBe('revoked');
  });

  it("acts only on the mobilisation's own invitations, for its coordinators", async () => {
    const m = await createMobilisation(t);
    const elsewhere = await createMobilisation(t);
    const org = await createOrganisation(t, m.id);
    const coordinator = await t.createActor([{ mobilisationId: m.id, role: 'coordinator' }]);
    const otherCoordinator = await t.createActor([{ mobilisationId: elsewhere.id, role: 'coordinator' }]);
    const member = await t.createActor([
      { mobilisationId: m.id, role: 'member', organisationId: org.organisation.id },
    ]);
    const sent = await invite(m, coordinator, org.organisation.id);

    expect((await action(elsewhere, sent.id, 'revoke', otherCoordinator)).statusCode).toBe(404);
    expect((await action(m, sent.id, 'revoke', otherCoordinator)).statusCode).toBe(403);
    expect((await action(m, sent.id, 'link', member)).statusCode).toBe(403);
    expect((await action(m, sent.id, 'resend', null)).statusCode).toBe(401);
    const foreignOutbox = await t.request(
      { method: 'GET', url: `/api/mobilisations/${m.id}/outbox` },
      member,
    );
    expect(foreignOutbox.statusCode).toBe(403);
    const theirs = await t.request(
      { method: 'GET', url: `/api/mobilisations/${elsewhere.id}/outbox` },
      otherCoordinator,
    );
    expect(theirs.json<{ total: number }>().total).toBe(0);
    expect(await statusOf(m, sent.id, coordinator)).toBe('pending');
  });

  it('makes the person a contact person of the organisation only when they choose to', async () => {
    const m = await createMobilisation(t);
    const org = await createOrganisation(t, m.id);
    const coordinator = await t.createActor([{ mobilisationId: m.id, role: 'coordinator' }]);
    const contacts = async () =>
      (
        await t.request(
          { method: 'GET', url: `/api/organisations/${org.organisation.id}/contacts` },
          coordinator,
        )
      )
        .json<{ contacts: { email: string }[] }>()
        .contacts.map((c) => c.email);
    const quiet = await invite(m, coordinator, org.organisation.id);
    const shared = await invite(m, coordinator, org.organisation.id);
    const accept = (token: string, shareAsContact?: boolean) =>
      t.request(
        {
          method: 'POST',
          url: `/api/invitations/${token}/accept`,
          payload: {
            name: 'Kim',
            password: 'ett långt lösenord',
            ...(shareAsContact ? { shareAsContact } : {}),
          },
        },
        null,
      );
    expect((await accept(quiet.token)).statusCode).toBe(200);
    expect(await contacts()).not.toContain(quiet.email);
    expect((await accept(shared.token, true)).statusCode).toBe(200);
    expect(await contacts()).toContain(shared.email);
  });
});

describe('invitations', () => {
  it("lets a coordinator invite an organisation's contact, who then edits only their own profile", async () => {
    const m = await createMobilisation(t);
    const own = await createOrganisation(t, m.id);
    const other = await createOrganisation(t, m.id);
    const coordinator = await t.createActor([{ mobilisationId: m.id, role: 'coordinator' }]);

    const invite = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m.id}/invitations`,
        payload: {
          email: 'Kontakt@Forening.se',
          name: 'Kim Kontakt',
          role: 'member',
          organisationId: own.organisation.id,
        },
      },
      coordinator,
    );
    expect(invite.statusCode, invite.body).toBe(201);
    expect(invite.json()).toMatchObject({ email: 'kontakt@forening.se', status: 'pending', role: 'member' });

    const mail = await latestMailTo('kontakt@forening.se');
    expect(mail.subject).toContain(m.name);
    const token = linkToken(mail, 'invitation');
    const preview = await t.request({ method: 'GET', url: `/api/invitations/${token}` }, null);
    expect(preview.json()).toMatchObject({
      organisationName: own.organisation.name,
      mobilisationName: m.name,
      status: 'pending',
      existingAccount: false,
      invitedBy: expect.stringMatching(/^Testperson/),
    });

    const short = await t.request(
      {
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { name: 'Kim', password: 'short' },
      },
      null,
    );
    expect(short.statusCode).toBe(400);
    const accepted = await t.request(
      {
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { name: 'Kim Kontakt', password: 'ett långt lösenord', shareAsContact: true },
      },
      null,
    );
    const kim = actorFrom(accepted);
    expect(accepted.json<Session>().user?.memberships).toEqual([
      expect.objectContaining({
        role: 'member',
        organisationId: own.organisation.id,
        mobilisationId: m.id,
        profileId: own.profileId,
      }),
    ]);

    // The link works once.
    const again = await t.request(
      {
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { name: 'Kim', password: 'ett långt lösenord' },
      },
      null,
    );
    expect(again.statusCode).toBe(410);

    const ownProfile = await getProfile(t, own.profileId);
    const save = await t.request(
      {
        method: 'PUT',
        url: `/api/profiles/${own.profileId}/draft`,
        payload: { version: draftOf(ownProfile).version, content: completeContent() },
      },
      kim,
    );
    expect(save.statusCode, save.body).toBe(200);
    const foreign = await t.request(
      {
        method: 'PUT',
        url: `/api/profiles/${other.profileId}/draft`,
        payload: { version: 1, content: completeContent() },
      },
      kim,
    );
    expect(foreign.statusCode).toBe(403);

    // Kim became a contact person of the organisation, visible to participants only.
    const contacts = await t.request(
      { method: 'GET', url: `/api/organisations/${own.organisation.id}/contacts` },
      kim,
    );
    expect(contacts.json().contacts).toContainEqual(
      expect.objectContaining({ email: 'kontakt@forening.se', name: 'Kim Kontakt' }),
    );
    expect(
      (await t.request({ method: 'GET', url: `/api/organisations/${own.organisation.id}/contacts` }, null))
        .statusCode,
    ).toBe(401);

    // And the coordinators can see who did what.
    const log = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/audit` }, coordinator);
    const events = log.json<{ items: AuditEvent[] }>().items;
    // Each event says what it concerns, and where to look at it.
    expect(events.find((e) => e.action === 'profile.draft_saved')).toMatchObject({
      entityName: own.organisation.name,
      profileId: own.profileId,
    });
    const actions = events.map((e) => `${e.action} by ${e.actorName}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'profile.draft_saved by Kim Kontakt',
        'invitation.accepted by Kim Kontakt',
        expect.stringMatching(/^invitation\.sent by Testperson/),
      ]),
    );
  });

  it('asks an invited person who already has an account for that password', async () => {
    const m = await createMobilisation(t);
    const existing = await t.createActor([]);
    await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/invitations`,
      payload: { email: existing.email, role: 'coordinator' },
    });
    const token = linkToken(await latestMailTo(existing.email), 'invitation');
    expect(
      (await t.request({ method: 'GET', url: `/api/invitations/${token}` }, null)).json().existingAccount,
    ).toBe(true);
    const wrong = await t.request(
      {
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { name: 'X', password: 'not the password' },
      },
      null,
    );
    expect(wrong.statusCode).toBe(401);
    const right = await t.request(
      {
        method: 'POST',
        url: `/api/invitations/${token}/accept`,
        payload: { name: 'X', password: testPassword },
      },
      null,
    );
    expect(right.json<Session>().user?.memberships).toEqual([
      expect.objectContaining({ role: 'coordinator' }),
    ]);
  });

  it('lets only administrators invite administrators, and members only to organisations of the mobilisation', async () => {
    const m = await createMobilisation(t);
    const elsewhere = await createOrganisation(t, (await createMobilisation(t)).id);
    const coordinator = await t.createActor([{ mobilisationId: m.id, role: 'coordinator' }]);
    const asAdmin = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m.id}/invitations`,
        payload: { email: 'a@example.se', role: 'admin' },
      },
      coordinator,
    );
    expect(asAdmin.statusCode).toBe(403);
    const wrongOrg = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m.id}/invitations`,
        payload: { email: 'b@example.se', role: 'member', organisationId: elsewhere.organisation.id },
      },
      coordinator,
    );
    expect(wrongOrg.statusCode).toBe(400);
    expect(wrongOrg.json().error.fields[0].path).toBe('body.organisationId');
  });
});

describe('password reset', () => {
  it('mails a link that sets a new password once and ends the old sessions', async () => {
    const person = await t.createActor([]);
    const request = await t.request(
      { method: 'POST', url: '/api/password-resets', payload: { email: person.email } },
      null,
    );
    expect(request.statusCode).toBe(202);
    // The link is made and mailed by a job, off the request.
    await t.app.jobs.drain();
    const token = linkToken(await latestMailTo(person.email), 'reset-password');

    const done = await t.request(
      {
        method: 'POST',
        url: '/api/password-resets/complete',
        payload: { token, password: 'ett helt nytt lösenord' },
      },
      null,
    );
    actorFrom(done);
    expect((await t.request({ method: 'GET', url: '/api/session' }, person)).json<Session>().user).toBeNull();
    const reused = await t.request(
      {
        method: 'POST',
        url: '/api/password-resets/complete',
        payload: { token, password: 'ännu ett lösenord' },
      },
      null,
    );
    expect(reused.statusCode).toBe(410);
    const old = await t.request(
      { method: 'POST', url: '/api/session', payload: { email: person.email, password: testPassword } },
      null,
    );
    expect(old.statusCode).toBe(401);
    actorFrom(
      await t.request(
        {
          method: 'POST',
          url: '/api/session',
          payload: { email: person.email, password: 'ett helt nytt lösenord' },
        },
        null,
      ),
    );
  });

  it('answers the same for an unknown email and sends nothing', async () => {
    const res = await t.request(
      { method: 'POST', url: '/api/password-resets', payload: { email: 'ingen@example.se' } },
      null,
    );
    expect(res.statusCode).toBe(202);
    await t.app.jobs.drain();
    await expect(latestMailTo('ingen@example.se')).rejects.toThrow();
  });
});

describe('personal data', () => {
  it('lets a person download their data and delete their account, keeping the record anonymised', async () => {
    const m = await createMobilisation(t);
    const org = await createOrganisation(t, m.id);
    const person = await t.createActor([
      { mobilisationId: m.id, role: 'member', organisationId: org.organisation.id },
    ]);
    await t.request(
      {
        method: 'PUT',
        url: `/api/organisations/${org.organisation.id}/contacts`,
        payload: { contacts: [{ name: 'Pat Person', email: person.email, phone: '070-123 45 67' }] },
      },
      person,
    );
    const profile = await getProfile(t, org.profileId);
    await t.request(
      {
        method: 'PUT',
        url: `/api/profiles/${org.profileId}/draft`,
        payload: { version: draftOf(profile).version, content: completeContent() },
      },
      person,
    );

    const data = await t.request({ method: 'GET', url: '/api/me/data' }, person);

    expect(data.headers['content-disposition']).toContain('attachment');
    const mine = data.json<PersonalData>();
    expect(mine.user.email).toBe(person.email);
    expect(mine.memberships).toEqual([expect.objectContaining({ organisationId: org.organisation.id })]);
    expect(mine.contactEntries).toEqual([
      expect.objectContaining({ contact: expect.objectContaining({ phone: '070-123 45 67' }) }),
    ]);
    expect(mine.auditEvents.map((e) => e.action)).toEqual([
      'organisation.contacts_updated',
      'profile.draft_saved',
    ]);

    const refused = await t.request(
      { method: 'DELETE', url: '/api/me', payload: { password: 'wrong' } },
      person,
    );
    expect(refused.statusCode).toBe(401);
    const deleted = await t.request(
      { method: 'DELETE', url: '/api/me', payload: { password: testPassword } },
      person,
    );
    expect(deleted.statusCode).toBe(200);

    expect((await t.request({ method: 'GET', url: '/api/session' }, person)).json<Session>().user).toBeNull();
    const contacts = await t.request({
      method: 'GET',
      url: `/api/organisations/${org.organisation.id}/contacts`,
    });
    expect(contacts.json().contacts).toEqual([]);
    const log = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m.id}/audit?entityType=profile`,
    });
    expect(log.json<{ items: AuditEvent[] }>().items.map((e) => e.actorName)).toEqual(['Raderad användare']);
    // The profile itself, a record of the mobilisation, stays.
    expect((await getProfile(t, org.profileId)).status).toBe('draft');
  });
});

describe('concurrent edits', () => {
  it('lets one of two members saving the same profile at once win; the other gets 409 and nothing is lost', async () => {
    const m = await createMobilisation(t);
    const org = await createOrganisation(t, m.id);
    const grant = [{ mobilisationId: m.id, role: 'member' as const, organisationId: org.organisation.id }];
    const [first, second] = await Promise.all([t.createActor(grant), t.createActor(grant)]);
    const version = draftOf(await getProfile(t, org.profileId)).version;
    const save = (actor: Actor, goals: string) =>
      t.request(
        {
          method: 'PUT',
          url: `/api/profiles/${org.profileId}/draft`,
          payload: { version, content: { ...completeContent(), goals } },
        },
        actor,
      );
    const results = await Promise.all([
      save(first, 'Första medlemmens mål'),
      save(second, 'Andra medlemmens mål'),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)?.json<Profile>();
    const stored = draftOf(await getProfile(t, org.profileId));
    expect(stored.content.goals).toBe(draftOf(winner as Profile).content.goals);
    expect(stored.version).toBe(version + 1);
  });
});
