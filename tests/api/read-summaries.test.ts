import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  initiativePageJson,
  listReview,
  loadOverview,
  readStoredOverview,
  rebuildOverview,
} from '@kraftsamling/db';
import type { InitiativeSummary, Overview, ReviewList } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { testDatabaseKind } from '../support/database';
import { createMobilisation, createOrganisation, submitNeedAndOffer } from '../support/fixtures';

let t: TestApp;
let m: string;
let a: { organisationId: string; profileId: string; needId: string; offerId: string };
const organisations: Record<'b' | 'c', string> = { b: '', c: '' };

const needText = 'Vi behöver hjälp att utvärdera våra insatser för unga och mäta effekter av stödet.';
const offerText = 'Vi erbjuder följeforskning och effektmätning av insatser för barn och unga.';

const overview = async () => {
  const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/overview` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Overview>();
};
/** The overview computed from the data as it is now, as the route computed it on every request before. */
const computed = () => loadOverview(t.app.db, m);
const pendingChanges = async (name: 'overview' | 'review-queue' = 'overview') =>
  (
    await t.app.db
      .selectFrom('read_summary_changes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mobilisation_id', '=', m)
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).n;
const queue = async (query = '') => {
  const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/review?limit=50${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ReviewList>();
};
/** The open queue's size counted from the data as it is now. */
const counted = async () => (await listReview(t.app.db, m, { state: 'open', limit: 1, offset: 0 })).total;

beforeAll(async () => {
  t = await createTestApp();
  m = (await createMobilisation(t)).id;
  const orgA = await createOrganisation(t, m, { name: 'Ungdomsmottagningen' });
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
  const orgB = await createOrganisation(t, m, { name: 'Forskningsinstitutet' });
  organisations.b = orgB.organisation.id;
  await submitNeedAndOffer(t, orgB.profileId, 'Vi söker lokaler för gruppträffar på kvällar.', offerText);
  await t.app.jobs.drain();
});
afterAll(async () => {
  await t.close();
});

describe('summaries stored once per change: the overview and the open review queue', () => {
  it('is answered from the stored summary until something it shows changes', async () => {
    expect(await overview()).toEqual(await computed());
    expect(await pendingChanges()).toBe(0);
    // The stored summary is what the route answers from: a figure changed in it shows.
    const stored = await t.app.db
      .selectFrom('read_summaries')
      .select('summary')
      .where('mobilisation_id', '=', m)
      .where('name', '=', 'overview')
      .executeTakeFirstOrThrow();
    const tampered = stored.summary as Overview;
    await t.app.db
      .updateTable('read_summaries')
      .set({ summary: JSON.stringify({ ...tampered, profiles: { ...tampered.profiles, total: 999 } }) })
      .where('mobilisation_id', '=', m)
      .where('name', '=', 'overview')
      .execute();
    expect((await overview()).profiles.total).toBe(999);
    // A change to what it shows (an organisation's name) makes the next reader build it again.
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${a.organisationId}`,
      payload: { version: 1, name: 'Ungdomsmottagningen i Sundsvall' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await pendingChanges()).toBeGreaterThan(0);
    const after = await overview();
    expect(after.profiles.total).toBe(2);
    expect(after).toEqual(await computed());
    expect(await pendingChanges()).toBe(0);
  });

  it('shows every kind of change at the next read: decisions, item states, initiatives, profiles, matches', async () => {
    const before = await overview();

    const open = await queue();
    expect(open.total).toBe(await counted());
    const pair = open.items[0];
    if (!pair) throw new Error('the two profiles should make a suggested pair');
    const decided = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m}/review/decisions`,
      payload: { needId: pair.need.id, offerId: pair.offer.id, decision: 'accepted', note: '' },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    const afterDecision = await overview();
    expect(afterDecision.matches.accepted).toBe(before.matches.accepted + 1);
    expect(afterDecision).toEqual(await computed());
    const afterDecisionQueue = await queue();
    expect(afterDecisionQueue.total).toBe(open.total - 1);
    expect(afterDecisionQueue.total).toBe(await counted());
    // Filtered, the queue is counted as it is asked for.
    expect((await queue('&state=accepted')).total).toBe(1);

    const met = await t.request({
      method: 'POST',
      url: `/api/profiles/${a.profileId}/items/${a.needId}/state`,
      payload: { state: 'met', note: '' },
    });
    expect(met.statusCode, met.body).toBe(200);
    expect((await overview()).closed.needsMet).toBe(1);
    // The re-match the state change queued prunes the need's pairs: the suggested count follows.
    await t.app.jobs.drain();
    expect(await overview()).toEqual(await computed());
    expect((await queue()).total).toBe(await counted());

    const created = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m}/initiatives`,
      payload: { title: 'Gemensam utvärdering', goals: [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    const afterInitiative = await overview();
    expect(afterInitiative.initiatives.total).toBe(before.initiatives.total + 1);
    expect(afterInitiative).toEqual(await computed());

    const orgC = await createOrganisation(t, m, { name: 'Anhörigföreningen' });
    organisations.c = orgC.organisation.id;
    expect((await overview()).profiles).toMatchObject({ total: 3, empty: 1 });
    await submitNeedAndOffer(t, orgC.profileId, 'Vi behöver stöd att utvärdera vår verksamhet.', offerText);
    await t.app.jobs.drain();
    const afterProfile = await overview();
    expect(afterProfile.profiles).toMatchObject({ total: 3, submitted: 3 });
    expect(afterProfile.matches.suggested).toBeGreaterThan(0);
    expect(afterProfile).toEqual(await computed());
    expect((await queue()).total).toBe(await counted());
    expect(await pendingChanges('review-queue')).toBe(0);
  });

  it('answers the open review queue with its stored size, and counts it again after a change', async () => {
    const size = (await queue()).total;
    await t.app.db
      .updateTable('read_summaries')
      .set({ summary: JSON.stringify({ open: 4711 }) })
      .where('mobilisation_id', '=', m)
      .where('name', '=', 'review-queue')
      .execute();
    expect((await queue()).total).toBe(4711);
    // An initiative is not what the queue's size depends on; a rejection is.
    const created = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m}/initiatives`,
      payload: { title: 'Kvällsträffar', goals: [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await queue()).total).toBe(4711);
    const pair = (await queue()).items[0];
    if (!pair) throw new Error('an open pair');
    const rejected = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m}/review/decisions`,
      payload: { needId: pair.need.id, offerId: pair.offer.id, decision: 'rejected', note: 'Inte nu.' },
    });
    expect(rejected.statusCode, rejected.body).toBe(201);
    expect((await queue()).total).toBe(size - 1);
    expect((await queue()).total).toBe(await counted());
  });

  it('leaves nothing to rebuild when what changed is not shown (the tags of an item)', async () => {
    await overview();
    await t.app.db
      .updateTable('profile_items')
      .set({ themes: ['utvärdering'] })
      .where('id', '=', a.offerId)
      .execute();
    expect(await pendingChanges()).toBe(0);
  });

  // Two connections at once: the embedded database has one.
  it.runIf(testDatabaseKind === 'postgres')(
    'stays stale when a change commits while it is being built',
    async () => {
      await overview();
      await t.app.db.transaction().execute(async (trx) => {
        await rebuildOverview(trx, m);
        // Committed by someone else after the build took the pending changes, before it stores its result.
        const renamed = await t.request({
          method: 'PATCH',
          url: `/api/organisations/${a.organisationId}`,
          payload: { version: 2, name: 'Ungdomsmottagningen Sundsvall' },
        });
        expect(renamed.statusCode, renamed.body).toBe(200);
      });
      expect((await readStoredOverview(t.app.db, m)).overview).toBeNull();
      expect(await overview()).toEqual(await computed());
    },
  );

  it('lists initiatives with counts kept on them and the first participants read in order, the lead first', async () => {
    const listed = async (id: string) => {
      const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/initiatives?limit=100` });
      expect(res.statusCode, res.body).toBe(200);
      const item = res.json<{ items: InitiativeSummary[] }>().items.find((i) => i.id === id);
      if (!item) throw new Error('the initiative should be listed');
      return item;
    };
    const names = (item: InitiativeSummary) => item.participants.map((p) => p.organisation.name);
    const aName = (await t.request({ method: 'GET', url: `/api/organisations/${a.organisationId}` })).json<{
      name: string;
    }>().name;
    const created = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m}/initiatives`,
      payload: {
        title: 'Utvärdering tillsammans',
        leadOrganisationId: organisations.b,
        participants: [
          { organisationId: organisations.c },
          { organisationId: a.organisationId },
          { organisationId: organisations.b },
        ],
        links: { needs: [a.needId], offers: [], projects: [] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const first = await listed(id);
    expect(first.participantCount).toBe(3);
    expect(first.linkCounts).toEqual({ needs: 1, offers: 0, projects: 0 });
    expect(names(first)).toEqual(['Forskningsinstitutet', 'Anhörigföreningen', aName]);
    // A renamed organisation moves; fewer participants and links are counted at once.
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${organisations.c}`,
      payload: { version: 1, name: 'Öppna föreningen' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(names(await listed(id))).toEqual(['Forskningsinstitutet', aName, 'Öppna föreningen']);
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      payload: {
        version: first.version,
        leadOrganisationId: null,
        participants: [
          { organisationId: organisations.c, endorsement: 'inbjuden' },
          { organisationId: a.organisationId, endorsement: 'forankrad' },
        ],
        links: { needs: [], offers: [], projects: [] },
      },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const after = await listed(id);
    expect(after.participantCount).toBe(2);
    expect(after.linkCounts).toEqual({ needs: 0, offers: 0, projects: 0 });
    expect(names(after)).toEqual([aName, 'Öppna föreningen']);
  });

  it('keeps the listed participants current: the first twelve, a lead changed, an endorsement, a sector, a rename', async () => {
    const letters = 'ABCDEFGHIJKLMN'.split('');
    const joined = [];
    for (const letter of letters)
      joined.push(await createOrganisation(t, m, { name: `Deltagare ${letter}` }));
    const ids = joined.map((j) => j.organisation.id);
    const idOf = (letter: string) => ids[letters.indexOf(letter)] as string;
    const created = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m}/initiatives`,
      payload: {
        title: 'Fjorton deltagare',
        leadOrganisationId: idOf('M'),
        participants: [...ids].reverse().map((organisationId) => ({ organisationId })),
        links: { needs: [], offers: [], projects: [] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const listed = async () => {
      const res = await t.request({ method: 'GET', url: `/api/mobilisations/${m}/initiatives?limit=100` });
      expect(res.statusCode, res.body).toBe(200);
      const item = res.json<{ items: InitiativeSummary[] }>().items.find((i) => i.id === id);
      if (!item) throw new Error('the initiative should be listed');
      return item;
    };
    const shown = (item: InitiativeSummary) =>
      item.participants.map((p) => `${p.organisation.name}${p.lead ? ' (lead)' : ''}`);
    const first = await listed();
    expect(first.participantCount).toBe(14);
    expect(shown(first)).toEqual([
      'Deltagare M (lead)',
      ...'ABCDEFGHIJK'.split('').map((l) => `Deltagare ${l}`),
    ]);

    // Another lead, the participants as they were: the new lead comes first.
    const relead = await t.request({
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      payload: { version: first.version, leadOrganisationId: idOf('B') },
    });
    expect(relead.statusCode, relead.body).toBe(200);
    const second = await listed();
    expect(shown(second)).toEqual([
      'Deltagare B (lead)',
      ...'ACDEFGHIJKL'.split('').map((l) => `Deltagare ${l}`),
    ]);

    // A participant's endorsement, and an organisation's sector and name.
    const endorsed = await t.request({
      method: 'PUT',
      url: `/api/initiatives/${id}/participants/${idOf('C')}/endorsement`,
      payload: { endorsement: 'forankrad' },
    });
    expect(endorsed.statusCode, endorsed.body).toBe(200);
    const organisation = async (letter: string, payload: Record<string, unknown>) => {
      const current = await t.request({ method: 'GET', url: `/api/organisations/${idOf(letter)}` });
      const res = await t.request({
        method: 'PATCH',
        url: `/api/organisations/${idOf(letter)}`,
        payload: { version: current.json<{ version: number }>().version, ...payload },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    await organisation('D', { sector: 'akademi' });
    // Same sort key, another name: the participants' order does not change, their names do.
    await organisation('E', { name: 'DELTAGARE E' });
    await organisation('A', { name: 'Zeta' });
    const third = await listed();
    expect(shown(third)).toEqual([
      'Deltagare B (lead)',
      ...'CD'.split('').map((l) => `Deltagare ${l}`),
      'DELTAGARE E',
      ...'FGHIJKL'.split('').map((l) => `Deltagare ${l}`),
      'Deltagare M',
    ]);
    const byName = new Map(third.participants.map((p) => [p.organisation.name, p]));
    expect(byName.get('Deltagare C')?.endorsement).toBe('forankrad');
    expect(byName.get('Deltagare D')?.organisation.sector).toBe('akademi');
    // What the list shows of each is what the initiative itself says.
    const whole = await t.request({ method: 'GET', url: `/api/initiatives/${id}` });
    const own = new Map(
      whole
        .json<{ participants: InitiativeSummary['participants'] }>()
        .participants.map((p) => [p.organisation.id, p]),
    );
    for (const p of third.participants) expect(p).toEqual(own.get(p.organisation.id));
  });
});

describe('pages of the initiative list held in memory (decision 064)', () => {
  it('answers a page from memory only while the rows it is written from are unchanged, compressed or not', async () => {
    const url = `/api/mobilisations/${m}/initiatives?limit=100`;
    /** The page as the database writes it now, and each answer the route gives. */
    const expectCurrent = async () => {
      const written = (await initiativePageJson(t.app.db, m, { state: 'listed', limit: 100 })).page?.text;
      for (let i = 0; i < 2; i++) {
        const plain = await t.request({ method: 'GET', url });
        expect(plain.statusCode, plain.body).toBe(200);
        expect(plain.body).toBe(written);
        for (const [encoding, decompress] of [
          ['gzip', gunzipSync],
          ['br', brotliDecompressSync],
        ] as const) {
          const res = await t.request({ method: 'GET', url, headers: { 'accept-encoding': encoding } });
          expect(res.headers['content-encoding']).toBe(encoding);
          expect(res.headers.vary).toBe('accept-encoding');
          expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
          expect(decompress(res.rawPayload).toString()).toBe(written);
        }
      }
      return JSON.parse(written ?? '') as { items: InitiativeSummary[] };
    };
    const lead = await createOrganisation(t, m, { name: 'Ledande förening' });
    const created = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m}/initiatives`,
      payload: {
        title: 'Hålls i minnet',
        leadOrganisationId: lead.organisation.id,
        participants: [{ organisationId: lead.organisation.id }, { organisationId: organisations.b }],
        links: { needs: [], offers: [], projects: [] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const shown = async () => (await expectCurrent()).items.find((i) => i.id === id);
    expect((await shown())?.lead?.name).toBe('Ledande förening');
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${lead.organisation.id}`,
      payload: { version: 1, name: 'Omdöpt ledare' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await shown())?.lead?.name).toBe('Omdöpt ledare');
    // A link counted, a title edited, the initiative taken off the list.
    await t.app.db
      .insertInto('initiative_links')
      .values({ initiative_id: id, kind: 'need', item_id: a.needId })
      .execute();
    expect((await shown())?.linkCounts.needs).toBe(1);
    const version = (await shown())?.version as number;
    const edited = await t.request({
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      payload: { version, title: 'Nytt namn' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await shown())?.title).toBe('Nytt namn');
    const discarded = await t.request({
      method: 'PATCH',
      url: `/api/initiatives/${id}`,
      payload: { version: version + 1, state: 'discarded' },
    });
    expect(discarded.statusCode, discarded.body).toBe(200);
    expect(await shown()).toBeUndefined();
  });
});
