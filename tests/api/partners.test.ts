import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { loadMapSources, readMapDocument } from '@kraftsamling/db';
import { importProfiles } from '@kraftsamling/server/imports';
import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import {
  decodeMapDocument,
  filterMap,
  highlightEnd,
  highlightParts,
  highlightStart,
  type MapDocument,
  type Organisation,
  type OrganisationList,
  type OutboxMessage,
  type Profile,
  type ReviewItem,
  type ReviewList,
  type SearchResult,
} from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { draftOf, getProfile } from '../support/fixtures';
import { repoRoot } from '../support/process';

let t: TestApp;
let m: string;
let orgs: OrganisationList['items'];

const getMap = (headers: Record<string, string> = {}) =>
  t.request({ method: 'GET', url: `/api/mobilisations/${m}/map`, headers }, null);
const map = async () => {
  const res = await getMap();
  expect(res.statusCode, res.body).toBe(200);
  return decodeMapDocument(res.json<MapDocument>());
};
const search = async (query: string) => {
  const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/search?${query}` }, null);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<SearchResult>();
};

const marked = (result: SearchResult) =>
  result.items.flatMap((h) =>
    highlightParts(h.highlight)
      .filter((p) => p.marked)
      .map((p) => p.text),
  );

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

  it('is built from its links a page at a time, the same document whatever the page size', async () => {
    const whole = await readMapDocument(t.app.db, m);
    expect(whole.links.source.length).toBeGreaterThan(30);
    const paged = await readMapDocument(t.app.db, m, 7);
    expect(paged).toEqual(whole);
    const { pending: _, ...sent } = (await getMap()).json<MapDocument>();
    expect(decodeMapDocument({ pending: false, ...whole })).toEqual(
      decodeMapDocument({ pending: false, ...sent }),
    );
  });

  it('is laid out from the links it stores, each pair of organisations once', async () => {
    const sources = await loadMapSources(t.app.db, m);
    const { a, b, weight } = sources.links;
    const laidOut = a.map(
      (x, e) => `${sources.organisations[x]}|${sources.organisations[b[e] as number]}|${weight[e]}`,
    );
    const stored = (await map()).links.map((l) => `${l.source}|${l.target}|${l.weight}`);
    expect(laidOut.length).toBeGreaterThan(30);
    expect(new Set(laidOut).size).toBe(laidOut.length);
    expect(laidOut.sort()).toEqual(stored.sort());
  });

  it('shows an accepted pair as an accepted link, and a rejected one no longer', async () => {
    const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/review?limit=500` });
    expect(res.statusCode, res.body).toBe(200);
    const pairOf = (item: ReviewItem) =>
      [item.need.organisation.id, item.offer.organisation.id].sort().join('|');
    const items = res
      .json<ReviewList>()
      .items.filter((i) => i.suggested && pairOf(i).split('|')[0] !== pairOf(i).split('|')[1]);
    const alone = items.filter((i) => items.filter((j) => pairOf(j) === pairOf(i)).length === 1);
    const [accepted, rejected] = alone;
    if (!accepted || !rejected)
      throw new Error('the demo has no two pairs of organisations with one proposal each');
    for (const [item, decision] of [
      [accepted, 'accepted'],
      [rejected, 'rejected'],
    ] as const) {
      const decided = await t.request({
        method: 'POST',
        url: `/api/mobilisations/${m}/review/decisions`,
        payload: { needId: item.need.id, offerId: item.offer.id, decision, note: '' },
      });
      expect(decided.statusCode, decided.body).toBe(201);
    }
    await t.app.jobs.drain();
    const links = new Map((await map()).links.map((l) => [[l.source, l.target].sort().join('|'), l]));
    expect(links.get(pairOf(accepted))?.status).toBe('accepted');
    expect(links.get(pairOf(rejected))).toBeUndefined();
  });

  it('is filtered in the browser by the shared filterMap: organisations and links alike', async () => {
    const all = await map();
    const concept = all.links[0]?.concepts[0] as string;
    const byConcept = filterMap(all, { concept });
    expect(byConcept.nodes.length).toBeLessThan(all.nodes.length);
    expect(byConcept.nodes.every((n) => n.concepts.includes(concept))).toBe(true);
    expect(byConcept.links.every((l) => l.concepts.includes(concept))).toBe(true);
    const ids = new Set(byConcept.nodes.map((n) => n.id));
    expect(byConcept.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
    const bySector = filterMap(all, { sector: 'kommun' });
    expect(bySector.nodes.every((n) => n.sector === 'kommun')).toBe(true);
    expect(bySector.nodes.length).toBe(12);
    expect(filterMap(all, { linkStatus: 'mutual' }).nodes).toEqual([]);
  });

  it('sends one stored, compressed document with an ETag, and a 304 while nothing changed', async () => {
    const plain = await getMap();
    const etag = plain.headers.etag as string;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(plain.headers['cache-control']).toBe('private, no-cache');
    const brotli = await getMap({ 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain.body);
    const gzip = await getMap({ 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    expect(brotli.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect([brotli.headers.etag, gzip.headers.etag]).toEqual([etag, etag]);

    const again = await getMap({ 'if-none-match': etag, 'accept-encoding': 'br' });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect((await getMap({ 'if-none-match': 'W/"something-else"' })).statusCode).toBe(200);
  });

  it('is rebuilt, without a new layout, when a name it shows or a listed initiative changes', async () => {
    const before = await getMap();
    const etag = before.headers.etag as string;
    const first = decodeMapDocument(before.json<MapDocument>());
    // The last organisation by name: the tests below show interest between the first two.
    const node = first.nodes.at(-1);
    if (!node) throw new Error('no organisations');
    const organisation = (
      await t.request({ method: 'GET', url: `/api/organisations/${node.id}` })
    ).json<Organisation>();
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${node.id}`,
      payload: { version: organisation.version, name: `${node.name} (nytt namn)` },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const after = await getMap({ 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    const second = decodeMapDocument(after.json<MapDocument>());
    expect(second.nodes.find((n) => n.id === node.id)?.name).toBe(`${node.name} (nytt namn)`);
    expect(second.nodes.map((n) => [n.x, n.y])).toEqual(first.nodes.map((n) => [n.x, n.y]));

    const created = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m}/initiatives`,
      payload: { title: 'Kartans initiativ', goals: ['G1'], participants: [{ organisationId: node.id }] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const third = await getMap({ 'if-none-match': after.headers.etag as string });
    expect(third.statusCode).toBe(200);
    const clusters = decodeMapDocument(third.json<MapDocument>()).clusters;
    expect(clusters.find((c) => c.title === 'Kartans initiativ')?.organisationIds).toEqual([node.id]);
  });

  it('asks who may see it before answering 304: a hidden mobilisation refuses a visitor with its ETag', async () => {
    const etag = (await getMap()).headers.etag as string;
    await t.app.db.updateTable('mobilisations').set({ public_access: 'none' }).where('id', '=', m).execute();
    try {
      const refused = await getMap({ 'if-none-match': etag });
      expect(refused.statusCode).toBe(401);
      expect(refused.headers.etag).toBeUndefined();
    } finally {
      await t.app.db
        .updateTable('mobilisations')
        .set({ public_access: 'profiles' })
        .where('id', '=', m)
        .execute();
    }
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

  it('searches by meaning: in either language, by kinds of support, and into compounds', async () => {
    // English words find Swedish texts about the same kind of support, with their Swedish words marked.
    const training = await search(`q=${encodeURIComponent('suicide prevention training')}`);
    expect(training.total).toBeGreaterThan(0);
    expect(marked(training).some((w) => /självmord|suicid/i.test(w))).toBe(true);

    const swedish = await search(`q=${encodeURIComponent('utvärdering')}&limit=100`);
    const english = await search(`q=${encodeURIComponent('evaluation')}&limit=100`);
    const found = new Set(english.items.map((h) => h.itemId));
    expect(swedish.items.filter((h) => found.has(h.itemId)).length).toBeGreaterThanOrEqual(
      Math.ceil(swedish.total * 0.8),
    );
    expect(marked(english).some((w) => /^utvärder/i.test(w))).toBe(true);

    // A word finds the compounds that start with it.
    const suicide = await search(`q=${encodeURIComponent('självmord')}&limit=100`);
    expect(marked(suicide).map((w) => w.toLowerCase())).toEqual(
      expect.arrayContaining(['självmordsrisk', 'självmordstankar']),
    );
    // Hits that hold every word of the query come before those that hold some.
    const both = await search(`q=${encodeURIComponent('självmord äldre')}`);
    expect(highlightParts(both.items[0]?.highlight ?? '').filter((p) => p.marked).length).toBeGreaterThan(1);
  });

  it('finds a text just submitted by its words, and by its meaning once the engine has read it', async () => {
    const org = orgs[2];
    if (!org) throw new Error('no organisations');
    const profile = draftOf(await getProfile(t, org.profileId));
    const text = 'Vi behöver hjälp med kvalitetsgranskning av våra körscheman för fritidsbussar.';
    const content = { ...profile.content, needs: [...profile.content.needs, { id: randomUUID(), text }] };
    const saved = await t.request({
      method: 'PUT',
      url: `/api/profiles/${org.profileId}/draft`,
      payload: { version: profile.version, content },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await t.request({
      method: 'POST',
      url: `/api/profiles/${org.profileId}/submit`,
      payload: { version: draftOf(saved.json<Profile>()).version },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);

    const before = await search(`q=${encodeURIComponent('körscheman')}`);
    expect(before.items.map((h) => h.organisation.id)).toContain(org.organisation.id);
    await t.app.jobs.drain();
    const after = await search(`q=${encodeURIComponent('körschema')}`);
    expect(after.items.map((h) => h.organisation.id)).toContain(org.organisation.id);
    expect(marked(after)).toContain('körscheman');
  });

  it('forgets a text taken out of its profile once the engine has read the profile again', async () => {
    const org = orgs[2];
    if (!org) throw new Error('no organisations');
    const profile = draftOf(await getProfile(t, org.profileId));
    const needs = profile.content.needs.filter((n) => !n.text.includes('körscheman'));
    expect(needs.length).toBe(profile.content.needs.length - 1);
    const saved = await t.request({
      method: 'PUT',
      url: `/api/profiles/${org.profileId}/draft`,
      payload: { version: profile.version, content: { ...profile.content, needs } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await t.request({
      method: 'POST',
      url: `/api/profiles/${org.profileId}/submit`,
      payload: { version: draftOf(saved.json<Profile>()).version },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await t.app.jobs.drain();
    const after = await search(`q=${encodeURIComponent('körschema')}`);
    expect(after.items.map((h) => h.organisation.id)).not.toContain(org.organisation.id);
  });

  it("finds only the mobilisation's own texts, read by the engine or not yet", async () => {
    // The same organisations' texts in a second mobilisation: each search keeps to its own profiles, whether
    // a text is found by its words (not read yet) or by its terms.
    const file = parseProfileFile(
      await readFile(join(repoRoot, 'server/src/demo/kraftsamling-psykisk-halsa.json'), 'utf8'),
      'demo',
    );
    const other = (await importProfiles(t.app.db, file, { slug: 'karta-2', name: 'Karta 2' })).mobilisationId;
    const ours = new Set(orgs.map((o) => o.profileId));
    const profilesFound = async (mobilisation: string) => {
      const res = await t.request(
        { method: 'GET', url: `/api/mobilisations/${mobilisation}/search?q=utv%C3%A4rdering&limit=100` },
        null,
      );
      expect(res.statusCode, res.body).toBe(200);
      return res.json<SearchResult>().items.map((h) => h.profileId);
    };
    const unread = await profilesFound(other);
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.filter((id) => ours.has(id))).toEqual([]);
    await t.app.jobs.drain();
    const read = await profilesFound(other);
    expect(read.length).toBeGreaterThan(0);
    expect(read.filter((id) => ours.has(id))).toEqual([]);
    const own = await profilesFound(m);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((id) => ours.has(id))).toBe(true);
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
    const mutual = filterMap(await map(), { linkStatus: 'mutual' });
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
