import { randomUUID } from 'node:crypto';
import { findTextInEveryColumn, findUser } from '@kraftsamling/db';
import type { Initiative } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../support/app';
import { createMobilisation, createOrganisation } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('deleting an account', () => {
  it("leaves the person's email and name in no table and no column of the schema", async () => {
    const m = await createMobilisation(t);
    const own = await createOrganisation(t, m.id);
    const other = await createOrganisation(t, m.id);
    const email = `Erase-${randomUUID()}@Example.se`;
    // Everything the person does leaves a trace somewhere: they are invited, are a contact person, act as a
    // member and as a coordinator, invite someone else, ask for a password reset and mistype a password.
    const invited = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/invitations`,
      payload: { email, name: 'Inbjuden Person', role: 'member', organisationId: own.organisation.id },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const person = await t.createActor(
      [
        { mobilisationId: m.id, role: 'member', organisationId: own.organisation.id },
        { mobilisationId: m.id, role: 'coordinator' },
      ],
      { email },
    );
    const user = await findUser(t.app.db, person.userId);
    if (!user) throw new Error('no user');
    const name = user.name;

    const steps = [
      await t.request(
        {
          method: 'PUT',
          url: `/api/organisations/${own.organisation.id}/contacts`,
          payload: { contacts: [{ name: 'Kontakt Person', email, phone: '070-123 45 67' }] },
        },
        person,
      ),
      await t.request(
        {
          method: 'POST',
          url: `/api/mobilisations/${m.id}/interests`,
          payload: { fromOrganisationId: own.organisation.id, toOrganisationId: other.organisation.id },
        },
        person,
      ),
      await t.request(
        {
          method: 'POST',
          url: `/api/mobilisations/${m.id}/invitations`,
          payload: { email: `someone-${randomUUID()}@example.se`, role: 'participant' },
        },
        person,
      ),
      await t.request(
        {
          method: 'POST',
          url: `/api/mobilisations/${m.id}/initiatives`,
          payload: { title: 'Personens initiativ', participants: [{ organisationId: own.organisation.id }] },
        },
        person,
      ),
      await t.request({ method: 'POST', url: '/api/password-resets', payload: { email } }, null),
      await t.request({ method: 'POST', url: '/api/session', payload: { email, password: 'wrong!' } }, null),
    ];
    expect(steps.map((s) => s.statusCode)).toEqual([200, 201, 201, 201, 202, 401]);
    const initiative = steps[3]?.json<Initiative>();
    // They answer an interest their organisation got, and pass on, as a coordinator, one that reached nobody.
    const lonely = await createOrganisation(t, m.id);
    const interestTo = async (to: string) =>
      (
        await t.request({
          method: 'POST',
          url: `/api/mobilisations/${m.id}/interests`,
          payload: { fromOrganisationId: other.organisation.id, toOrganisationId: to },
        })
      ).json<{ id: string }>().id;
    const received = await interestTo(own.organisation.id);
    const toPassOn = await interestTo(lonely.organisation.id);
    const answered = await t.request(
      {
        method: 'POST',
        url: `/api/organisations/${own.organisation.id}/interests/${received}/answer`,
        payload: { answer: 'interested' },
      },
      person,
    );
    const passedOn = await t.request(
      { method: 'POST', url: `/api/mobilisations/${m.id}/interests/${toPassOn}/passed-on` },
      person,
    );
    expect([answered.statusCode, passedOn.statusCode]).toEqual([204, 204]);
    await t.app.jobs.drain();

    // The search sees the traces before: it is the check, not an empty query.
    const before = await findTextInEveryColumn(t.app.db, email);
    expect(before.map((f) => f.table)).toEqual(
      expect.arrayContaining(['audit_events', 'invitations', 'organisation_contacts', 'outbox', 'users']),
    );
    expect((await findTextInEveryColumn(t.app.db, name)).map((f) => f.table)).toEqual(
      expect.arrayContaining(['audit_events', 'initiative_history', 'interests', 'outbox', 'users']),
    );

    const deleted = await t.request(
      { method: 'DELETE', url: '/api/me', payload: { password: testPassword } },
      person,
    );
    expect(deleted.statusCode, deleted.body).toBe(200);

    expect(await findTextInEveryColumn(t.app.db, email)).toEqual([]);
    expect(await findTextInEveryColumn(t.app.db, name)).toEqual([]);
    // What they did stays on record, under another name.
    const history = await t.request({ method: 'GET', url: `/api/initiatives/${initiative?.id}/history` });
    expect(history.json().items.map((h: { changedBy: string }) => h.changedBy)).toEqual([
      'Raderad användare',
    ]);
  });
});
