import type { JoinedOrganisation, Mobilisation } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation, createOrganisation } from '../support/fixtures';

let t: TestApp;
let m: Mobilisation;
beforeAll(async () => {
  t = await createTestApp();
  m = await createMobilisation(t);
});
afterAll(async () => {
  await t.close();
});

/**
 * An organisation whose contact person (who agreed to be contacted) gets the interest mails; `mailbox` is that
 * contact's address.
 */
async function receiver(mailbox: string): Promise<JoinedOrganisation> {
  const org = await createOrganisation(t, m.id);
  const res = await t.request({
    method: 'PUT',
    url: `/api/organisations/${org.organisation.id}/contacts`,
    payload: { contacts: [{ name: 'Kontakt', email: mailbox, mayContact: true }] },
  });
  expect(res.statusCode, res.body).toBe(200);
  return org;
}

const mailsTo = async (mailbox: string) =>
  (await t.app.db.selectFrom('outbox').select('id').where('to_address', '=', mailbox).execute()).length;

async function sender() {
  const org = await createOrganisation(t, m.id);
  const member = await t.createActor([
    { mobilisationId: m.id, role: 'member', organisationId: org.organisation.id },
  ]);
  const interest = (to: JoinedOrganisation) =>
    t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m.id}/interests`,
        payload: { fromOrganisationId: org.organisation.id, toOrganisationId: to.organisation.id },
      },
      member,
    );
  return { org, member, interest };
}

describe('"Vi är intresserade"', () => {
  it('is sent once per pair of organisations: 30 at once give one interest and one mail, and a repeat is refused', async () => {
    const mailbox = `kontakt-${crypto.randomUUID()}@example.se`;
    const to = await receiver(mailbox);
    const { interest } = await sender();
    const answers = await Promise.all(Array.from({ length: 30 }, () => interest(to)));
    const statuses = answers.map((a) => a.statusCode);
    // One is stored; the others find it (409), or the sender's limit stops them first (429).
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409 || s === 429)).toHaveLength(29);
    expect(answers.find((a) => a.statusCode === 409)?.json().error.code).toBe('ALREADY_EXISTS');
    expect(await mailsTo(mailbox)).toBe(1);
    // Later, too.
    expect((await interest(to)).statusCode).toBe(409);
    expect(await mailsTo(mailbox)).toBe(1);
  });

  it('is limited per sender: 30 interests to 30 organisations within the hour send 10 mails', async () => {
    const mailbox = `kontakt-${crypto.randomUUID()}@example.se`;
    const targets = [];
    for (let i = 0; i < 30; i++) targets.push(await receiver(mailbox));
    const { interest } = await sender();
    const answers = await Promise.all(targets.map((to) => interest(to)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
    expect(answers.find((a) => a.statusCode === 429)?.json().error.code).toBe('RATE_LIMITED');
    expect(await mailsTo(mailbox)).toBe(10);
    // Another member is not held back by the first one's limit.
    const other = await sender();
    expect((await other.interest(targets[0] as JoinedOrganisation)).statusCode).toBe(201);
  });
});
