import { randomUUID } from 'node:crypto';
import { databaseFingerprint, insertInvitation } from '@kraftsamling/db';
import { hashToken, newToken } from '@kraftsamling/server/auth/tokens';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, type TestApp } from '../support/app';
import { createMobilisation, createOrganisation, submitCompleteProfile } from '../support/fixtures';

/**
 * The authorisation matrix: every route of the OpenAPI document × every kind of person. The routes come
 * from the document itself, so a new route is in the matrix at once, and one without a rule fails.
 */
type Person =
  | 'signed-out'
  | 'outsider'
  | 'participant'
  | 'member'
  | 'other-member'
  | 'coordinator'
  | 'admin'
  | 'other-mobilisation'
  | 'platform-admin';

const everyone: Person[] = [
  'signed-out',
  'outsider',
  'participant',
  'member',
  'other-member',
  'coordinator',
  'admin',
  'other-mobilisation',
  'platform-admin',
];

/** As designed (auth/access.ts), for a resource of organisation A in a mobilisation that publishes profiles. */
const allowed: Record<string, Person[]> = {
  public: everyone,
  published: everyone,
  'signed-in': everyone.filter((p) => p !== 'signed-out'),
  participant: ['participant', 'member', 'other-member', 'coordinator', 'admin', 'platform-admin'],
  member: ['member', 'coordinator', 'admin', 'platform-admin'],
  coordinator: ['coordinator', 'admin', 'platform-admin'],
  admin: ['admin', 'platform-admin'],
  'platform-admin': ['platform-admin'],
};

let t: TestApp;
let people: Record<Person, () => Promise<Actor>>;
let params: Record<string, string>;
let privateParams: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const m = await createMobilisation(t);
  const other = await createMobilisation(t);
  const hidden = await createMobilisation(t, { publicAccess: 'none' });
  const a = await createOrganisation(t, m.id);
  const b = await createOrganisation(t, m.id);
  const h = await createOrganisation(t, hidden.id);
  await submitCompleteProfile(t, a.profileId);
  await submitCompleteProfile(t, h.profileId);

  const grants: Record<Person, Parameters<TestApp['createActor']>[0] | null> = {
    'signed-out': null,
    outsider: [],
    participant: [{ mobilisationId: m.id, role: 'participant' }],
    member: [{ mobilisationId: m.id, role: 'member', organisationId: a.organisation.id }],
    'other-member': [{ mobilisationId: m.id, role: 'member', organisationId: b.organisation.id }],
    coordinator: [{ mobilisationId: m.id, role: 'coordinator' }],
    admin: [{ mobilisationId: m.id, role: 'admin' }],
    'other-mobilisation': [
      { mobilisationId: other.id, role: 'admin' },
      { mobilisationId: hidden.id, role: 'participant' },
    ],
    'platform-admin': [],
  };
  // Each request gets a session of its own, so that one that signs out does not disturb the next.
  const userIds = new Map<Person, string>();
  people = Object.fromEntries(
    everyone.map((person) => [
      person,
      async (): Promise<Actor> => {
        const grant = grants[person];
        if (grant === null) return null;
        const existing = userIds.get(person);
        const actor = await t.createActor(existing ? [] : grant, {
          platformAdmin: person === 'platform-admin',
          ...(existing ? { reuseUser: existing } : {}),
        });
        userIds.set(person, actor.userId);
        return actor;
      },
    ]),
  ) as Record<Person, () => Promise<Actor>>;

  const token = newToken();
  await insertInvitation(t.app.db, {
    tokenHash: hashToken(token),
    email: 'invited@example.se',
    name: '',
    mobilisationId: m.id,
    organisationId: a.organisation.id,
    role: 'member',
    invitedBy: null,
    expiresAt: new Date(Date.now() + 3600_000),
  });
  const initiative = async (mobilisationId: string, organisationId: string) =>
    (
      await t.request({
        method: 'POST',
        url: `/api/mobilisations/${mobilisationId}/initiatives`,
        payload: {
          title: 'Gemensamt initiativ',
          participants: [{ organisationId }],
          leadOrganisationId: organisationId,
        },
      })
    ).json<{ id: string }>().id;
  params = {
    mobilisationId: m.id,
    organisationId: a.organisation.id,
    profileId: a.profileId,
    number: '1',
    // Version 0 of the kinds of support (the template) exists in every mobilisation.
    version: '0',
    token,
    initiativeId: await initiative(m.id, a.organisation.id),
    // Someone else's notice: the check passes for anyone signed in, and the lookup finds nothing.
    notificationId: randomUUID(),
    // No such invitation: a coordinator gets past the check and finds nothing to change.
    invitationId: randomUUID(),
    // No such need or offer, no such interest: those allowed get past the check and change nothing.
    itemId: randomUUID(),
    projectId: randomUUID(),
    interestId: randomUUID(),
    // No such import run: a coordinator gets past the check and finds nothing.
    runId: randomUUID(),
  };
  privateParams = {
    mobilisationId: hidden.id,
    organisationId: h.organisation.id,
    profileId: h.profileId,
    number: '1',
    version: '0',
    token,
    initiativeId: await initiative(hidden.id, h.organisation.id),
    notificationId: randomUUID(),
    invitationId: randomUUID(),
    itemId: randomUUID(),
    projectId: randomUUID(),
    interestId: randomUUID(),
    runId: randomUUID(),
  };
});
afterAll(async () => {
  await t.close();
});

type Operation = { method: string; path: string; access: string | undefined; hasBody: boolean };

async function operations(): Promise<Operation[]> {
  const doc = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, { 'x-access'?: string; requestBody?: unknown }>>;
  }>();
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      access: op['x-access'],
      hasBody: op.requestBody !== undefined,
    })),
  );
}

function url(path: string, values: Record<string, string>) {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (!value)
      throw new Error(`The matrix has no value for the path parameter {${name}} of ${path}; add one.`);
    return value;
  });
}

describe('the authorisation matrix', () => {
  it('has an access rule for every route in the OpenAPI document', async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThan(20);
    const missing = ops
      .filter((op) => !op.access || !(op.access in allowed))
      .map((op) => `${op.method} ${op.path}`);
    expect(missing).toEqual([]);
  });

  it('keeps the rules of the routes coordinators run their mobilisation with (issue 13)', async () => {
    const rules = new Map((await operations()).map((op) => [`${op.method} ${op.path}`, op.access]));
    const m = '/api/mobilisations/{mobilisationId}';
    const expected: Record<string, string> = {
      'POST /api/mobilisations/': 'platform-admin',
      'GET /api/kind-templates': 'signed-in',
      [`PATCH ${m}`]: 'coordinator',
      [`GET ${m}/goals/usage`]: 'coordinator',
      [`GET ${m}/kinds`]: 'participant',
      [`PUT ${m}/kinds`]: 'coordinator',
      [`GET ${m}/kinds/versions`]: 'participant',
      [`GET ${m}/kinds/versions/{version}`]: 'participant',
      [`POST ${m}/kinds/revert`]: 'coordinator',
      [`GET ${m}/kinds/proposed-terms`]: 'coordinator',
      [`POST ${m}/kinds/proposed-terms`]: 'coordinator',
      [`POST ${m}/kinds/preview`]: 'coordinator',
      [`GET ${m}/invitations`]: 'coordinator',
      [`POST ${m}/invitations`]: 'coordinator',
      [`POST ${m}/invitations/{invitationId}/link`]: 'coordinator',
      [`POST ${m}/invitations/{invitationId}/resend`]: 'coordinator',
      [`POST ${m}/invitations/{invitationId}/revoke`]: 'coordinator',
      [`GET ${m}/outbox`]: 'coordinator',
    };
    expect(Object.fromEntries(Object.keys(expected).map((route) => [route, rules.get(route)]))).toEqual(
      expected,
    );
  });

  it('keeps notification settings to the person themself, and unsubscribe links to their signature (issue 15)', async () => {
    const rules = new Map((await operations()).map((op) => [`${op.method} ${op.path}`, op.access]));
    const expected: Record<string, string> = {
      'GET /api/me/notification-settings': 'signed-in',
      'PUT /api/me/notification-settings': 'signed-in',
      'GET /api/unsubscribe/{token}': 'public',
      'POST /api/unsubscribe/{token}': 'public',
    };
    expect(Object.fromEntries(Object.keys(expected).map((route) => [route, rules.get(route)]))).toEqual(
      expected,
    );
    // Nobody's settings are reachable by id: each person reads and writes only their own.
    expect([...rules.keys()].filter((route) => route.includes('notification-settings'))).toEqual([
      'GET /api/me/notification-settings',
      'PUT /api/me/notification-settings',
    ]);
  });

  it('allows and denies every route for every kind of person as designed, and denied requests write nothing', async () => {
    const before = await databaseFingerprint(t.app.db);
    const outcomes: string[] = [];
    const wrong: string[] = [];
    for (const op of await operations()) {
      for (const person of everyone) {
        const actor = await people[person]();
        // An empty body: a request that gets past the access check stops at validation, so nothing changes.
        const res = await t.request(
          { method: op.method as 'GET', url: url(op.path, params), ...(op.hasBody ? { payload: {} } : {}) },
          actor,
        );
        const expected = allowed[op.access ?? ''] ?? [];
        const denied = res.statusCode === 401 || res.statusCode === 403;
        const should = expected.includes(person);
        outcomes.push(`${op.method} ${op.path} ${person} ${res.statusCode}`);
        if (should === denied)
          wrong.push(`${op.method} ${op.path} as ${person}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        if (!should) expect(res.statusCode).toBe(person === 'signed-out' ? 401 : 403);
        expect(res.statusCode, `${op.method} ${op.path} as ${person}`).toBeLessThan(500);
      }
    }
    expect(wrong).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(200);
    expect(await databaseFingerprint(t.app.db)).toEqual(before);
    // About two thousand requests: seconds on a quiet machine, a minute or more on a busy one.
  }, 300_000);

  it('shows a mobilisation that publishes nothing to its participants only', async () => {
    const published = (await operations()).filter((op) => op.access === 'published');
    expect(published.length).toBeGreaterThan(3);
    for (const op of published) {
      const target = url(op.path, privateParams);
      expect((await t.request({ method: 'GET', url: target }, null)).statusCode, target).toBe(401);
      expect(
        (await t.request({ method: 'GET', url: target }, await people.participant())).statusCode,
        target,
      ).toBe(403);
      const insider = await t.request({ method: 'GET', url: target }, await people['other-mobilisation']());
      expect([401, 403], target).not.toContain(insider.statusCode);
      expect(insider.statusCode, target).toBeLessThan(500);
    }
  });

  it('hides a profile draft from everyone but the organisation and the coordinators', async () => {
    const read = async (person: Person) =>
      (
        await t.request({ method: 'GET', url: `/api/profiles/${params.profileId}` }, await people[person]())
      ).json();
    expect((await read('signed-out')).draft).toBeNull();
    expect((await read('participant')).draft).toBeNull();
    expect((await read('other-member')).draft).toBeNull();
    expect((await read('member')).draft).not.toBeNull();
    expect((await read('coordinator')).draft).not.toBeNull();
    expect((await read('signed-out')).latest).not.toBeNull();
  });

  it("gives an organisation's own initiatives and interests to its members and the coordinators only", async () => {
    for (const what of ['initiatives', 'interests']) {
      const target = `/api/organisations/${params.organisationId}/${what}?mobilisationId=${params.mobilisationId}`;
      for (const person of everyone) {
        const res = await t.request({ method: 'GET', url: target }, await people[person]());
        const expected = allowed.member?.includes(person) ? 200 : person === 'signed-out' ? 401 : 403;
        expect(res.statusCode, `${target} as ${person}`).toBe(expected);
      }
      // Asked about a mobilisation the organisation does not take part in, even its member finds nothing.
      const elsewhere = `/api/organisations/${params.organisationId}/${what}?mobilisationId=${privateParams.mobilisationId}`;
      expect((await t.request({ method: 'GET', url: elsewhere }, await people.member())).statusCode).toBe(
        404,
      );
    }
  });

  it('lists only the mobilisations a person may see', async () => {
    const ids = async (person: Person) =>
      (await t.request({ method: 'GET', url: '/api/mobilisations' }, await people[person]()))
        .json<{ items: { id: string }[] }>()
        .items.map((m) => m.id);
    expect(await ids('signed-out')).not.toContain(privateParams.mobilisationId);
    expect(await ids('other-mobilisation')).toContain(privateParams.mobilisationId);
    expect(await ids('platform-admin')).toContain(privateParams.mobilisationId);
    expect(await ids('signed-out')).toContain(params.mobilisationId);
  });

  it('answers unknown resources with 404 to those who may ask, and 401 to others', async () => {
    const path = `/api/profiles/${randomUUID()}/revisions`;
    expect((await t.request({ method: 'GET', url: path }, null)).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: path }, await people.participant())).statusCode).toBe(404);
  });
});
