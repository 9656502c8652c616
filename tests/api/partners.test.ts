import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importProfiles } from '@kraftsamling/server/imports';
import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import {
  type CollaborationMap,
  highlightEnd,
  highlightParts,
  highlightStart,
  type OrganisationList,
  type OutboxMessage,
  type SearchResult,
} from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { repoRoot } from '../support/process';

let t: TestApp;
let m: string;
let orgs: OrganisationList['items'];

const map = async (query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/map${query}` }, null);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CollaborationMap>();
};
const search = async (query: string) => {
  const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/search?${query}` }, null);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<SearchResult>();
};

beforeAll(async () => {
  t = await createTestApp();
  const file = parseProfileFile(
    await readFile(join(repoRoot, 'server/src/demo/kraftsamling-psykisk-halsa.json'), 'utf8'),
    'demo',
  );
  m = (await importProfiles(t.app.db, file, { slug: 'karta', name: 'Karta' })).mobilisationId;
  await t.request({ method: 'POST', url: `/api/mobilisations/${m}/match-runs` });
  await t.app.jobs.drain();
  orgs = (
    await t.request({ method: 'GET', url: `/api/mobilisations/${m}/organisations?limit=100` })
  ).json<OrganisationList>().items;
});
afterAll(async () => {
  await t.close();
});

describe('the collaboration map', () => {
  it('places every organisation, links proposed matches and keeps positions between visits', async () => {
    const first = await map();
    expect(first.nodes).toHaveLength(60);
    expect(first.pending).toBe(false);
    expect(first.links.length).toBeGreaterThan(30);
    expect(first.links.every((l) => l.status === 'proposed' && l.weight >= 1)).toBe(true);
    expect(first.nodes.filter((n) => n.concepts.length > 0).length).toBeGreaterThan(50);
    expect(new Set(first.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(60);
    expect(await map()).toEqual(first);
  });

  it('applies filters to organisations and links alike', async () => {
    const all = await map();
    const concept = all.links[0]?.concepts[0] as string;
    const byConcept = await map(`?concept=${concept}`);
    expect(byConcept.nodes.length).toBeLessThan(all.nodes.length);
    expect(byConcept.nodes.every((n) => n.concepts.includes(concept))).toBe(true);
    expect(byConcept.links.every((l) => l.concepts.includes(concept))).toBe(true);
    const ids = new Set(byConcept.nodes.map((n) => n.id));
    expect(byConcept.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
    const bySector = await map('?sector=kommun');
    expect(bySector.nodes.every((n) => n.sector === 'kommun')).toBe(true);
    expect(bySector.nodes.length).toBe(12);
    expect((await map('?linkStatus=mutual')).nodes).toEqual([]);
    expect(
      (await t.request({ method: 'GET', url: `/api/mobilisations/${m}/map?linkStatus=strong` })).statusCode,
    ).toBe(400);
  });
});

describe('finding partners', () => {
  it('searches needs, offers, projects and goals in Swedish, ranked, with the matched words marked', async () => {
    const result = await search(`q=${encodeURIComponent('utvärdering')}`);
    expect(result.total).toBeGreaterThan(0);
    const ranks = result.items.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const hit = result.items[0];
    expect(hit?.highlight).toContain(highlightStart);
    expect(hit?.highlight).toContain(highlightEnd);
    expect(highlightParts(hit?.highlight ?? '').some((p) => p.marked && /utvärder/i.test(p.text))).toBe(true);
  });

  it('finds English texts with English words, and narrows by sector and kind', async () => {
    const english = await search(`q=${encodeURIComponent('researchers')}`);
    expect(english.total).toBeGreaterThan(0);
    const municipal = await search(`q=${encodeURIComponent('unga')}&sector=kommun`);
    expect(municipal.items.every((h) => h.organisation.sector === 'kommun')).toBe(true);
    const needs = await search(`q=${encodeURIComponent('unga')}&kind=need`);
    expect(needs.items.every((h) => h.kind === 'need')).toBe(true);
    const tooShort = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/search?q=x` }, null);
    expect(tooShort.statusCode).toBe(400);
  });

  it('tells the other organisation of interest, and mutual interest becomes a link on the map', async () => {
    const [a, b] = orgs;
    if (!a || !b) throw new Error('no organisations');
    const memberA = await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: a.organisation.id },
    ]);
    const memberB = await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: b.organisation.id },
    ]);
    const show = (actor: typeof memberA, from: string, to: string, message: string) =>
      t.request(
        {
          method: 'POST',
          url: `/api/mobilisations/${m}/interests`,
          payload: { fromOrganisationId: from, toOrganisationId: to, message },
        },
        actor,
      );

    expect((await show(memberA, b.organisation.id, a.organisation.id, 'falskt')).statusCode).toBe(403);
    const first = await show(
      memberA,
      a.organisation.id,
      b.organisation.id,
      'Vi vill gärna höra mer om ert erbjudande.',
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().mutual).toBe(false);

    const notices = (await t.request({ method: 'GET', url: '/api/me/notifications' }, memberB)).json();
    expect(notices.unread).toBe(1);
    expect(notices.items[0]).toMatchObject({
      kind: 'interest.received',
      payload: {
        fromOrganisationId: a.organisation.id,
        fromOrganisationName: a.organisation.name,
        fromProfileId: a.profileId,
        toProfileId: b.profileId,
        message: 'Vi vill gärna höra mer om ert erbjudande.',
        mutual: false,
      },
    });
    const outbox = (await t.request({ method: 'GET', url: '/api/admin/outbox' })).json<{
      items: OutboxMessage[];
    }>();
    expect(outbox.items.find((mail) => mail.to === memberB.email)?.text).toContain('Vi vill gärna höra mer');
    const read = await t.request(
      { method: 'POST', url: `/api/me/notifications/${notices.items[0].id}/read` },
      memberB,
    );
    expect(read.json().unread).toBe(0);

    const back = await show(memberB, b.organisation.id, a.organisation.id, 'Gärna! Hör av er.');
    expect(back.json().mutual).toBe(true);
    await t.app.jobs.drain();
    const mutual = await map('?linkStatus=mutual');
    expect(mutual.links).toEqual([
      expect.objectContaining({
        status: 'mutual',
        source: [a.organisation.id, b.organisation.id].sort()[0],
        target: [a.organisation.id, b.organisation.id].sort()[1],
      }),
    ]);
    const interests = await t.request(
      { method: 'GET', url: `/api/organisations/${a.organisation.id}/interests?mobilisationId=${m}` },
      memberA,
    );
    expect(interests.json()).toMatchObject({
      sent: [{ mutual: true }],
      received: [{ mutual: true, message: 'Gärna! Hör av er.' }],
    });
  });
});

describe('notices', () => {
  it('reads notices written before the sender’s page was recorded, and leaves kinds it does not know alone', async () => {
    const [a, b] = orgs;
    if (!a || !b) throw new Error('no organisations');
    const member = await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: b.organisation.id },
    ]);
    const older = {
      interestId: randomUUID(),
      mobilisationId: m,
      fromOrganisationId: a.organisation.id,
      fromOrganisationName: a.organisation.name,
      toProfileId: b.profileId,
      message: '',
      mutual: false,
    };
    await t.app.db
      .insertInto('notifications')
      .values([
        { user_id: member.userId, kind: 'interest.received', payload: JSON.stringify(older) },
        { user_id: member.userId, kind: 'kind.from.a.newer.version', payload: JSON.stringify({}) },
      ])
      .execute();

    const res = await t.request({ method: 'GET', url: '/api/me/notifications' }, member);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      unread: 1,
      items: [
        expect.objectContaining({ kind: 'interest.received', payload: { ...older, fromProfileId: null } }),
      ],
    });
  });
});
