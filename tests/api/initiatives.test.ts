import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { importProfiles } from '@kraftsamling/server/imports';
import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import type {
  Initiative,
  InitiativeHistory,
  InitiativeSummary,
  Overview,
  ReviewItem,
  ReviewList,
} from '@kraftsamling/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { repoRoot } from '../support/process';

const run = promisify(execFile);

let t: TestApp;
let m: string;
let coordinator: Awaited<ReturnType<TestApp['createActor']>>;

const review = async (query = '') => {
  const res = await t.request(
    { method: 'GET', url: `/api/mobilisations/${m}/review?limit=500${query}` },
    coordinator,
  );
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ReviewList>();
};
const decide = (item: ReviewItem, decision: string, note = '') =>
  t.request(
    {
      method: 'POST',
      url: `/api/mobilisations/${m}/review/decisions`,
      payload: { needId: item.need.id, offerId: item.offer.id, decision, note },
    },
    coordinator,
  );

beforeAll(async () => {
  t = await createTestApp();
  const file = parseProfileFile(
    await readFile(join(repoRoot, 'server/src/demo/kraftsamling-psykisk-halsa.json'), 'utf8'),
    'demo',
  );
  m = (await importProfiles(t.app.db, file, { slug: 'initiativ', name: 'Initiativ' })).mobilisationId;
  coordinator = await t.createActor([{ mobilisationId: m, role: 'coordinator' }]);
  await t.request({ method: 'POST', url: `/api/mobilisations/${m}/match-runs` }, coordinator);
  await t.app.jobs.drain();
});
afterAll(async () => {
  await t.close();
});

describe('reviewing proposed matches', () => {
  it('lists suggested matches best first with reasons, and filters them', async () => {
    const all = await review();
    expect(all.total).toBeGreaterThan(20);
    const scores = all.items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all.items.every((i) => i.suggested && i.reasons.length > 0 && i.decision === null)).toBe(true);

    const concept = all.items[0]?.concept?.id as string;
    const byConcept = await review(`&concept=${concept}`);
    expect(byConcept.total).toBeLessThan(all.total);
    expect(byConcept.items.every((i) => i.concept?.id === concept)).toBe(true);
    const byCounty = await review(`&county=${encodeURIComponent('Skåne län')}`);
    expect(
      byCounty.items.every(
        (i) => i.need.organisation.county === 'Skåne län' || i.offer.organisation.county === 'Skåne län',
      ),
    ).toBe(true);
    const bySector = await review('&sector=kommun');
    expect(
      bySector.items.every(
        (i) => i.need.organisation.sector === 'kommun' || i.offer.organisation.sector === 'kommun',
      ),
    ).toBe(true);
    const goal = all.items.find((i) => i.goal)?.goal as string;
    expect((await review(`&goal=${goal}`)).items.every((i) => i.goal === goal)).toBe(true);
  });

  it('keeps decisions with who and when, across a re-match; a rejected pair returns only when a text changes', async () => {
    const [first, second, third] = (await review()).items;
    if (!first || !second || !third) throw new Error('too few matches');
    expect((await decide(first, 'accepted')).statusCode).toBe(201);
    expect((await decide(second, 'rejected', 'Fel målgrupp')).statusCode).toBe(201);
    expect((await decide(third, 'later')).statusCode).toBe(201);

    await t.request({ method: 'POST', url: `/api/mobilisations/${m}/match-runs` }, coordinator);
    await t.app.jobs.drain();

    const open = await review();
    const key = (i: ReviewItem) => `${i.need.id}:${i.offer.id}`;
    expect(open.items.map(key)).not.toContain(key(second));
    expect(open.items.map(key)).not.toContain(key(first));
    const rejected = (await review('&state=rejected')).items;
    expect(rejected.map(key)).toEqual([key(second)]);
    expect(rejected[0]?.decision).toMatchObject({
      decision: 'rejected',
      note: 'Fel målgrupp',
      decidedBy: expect.stringMatching(/^Testperson/),
    });
    expect((await review('&state=accepted')).items.map(key)).toEqual([key(first)]);
    expect((await review('&state=later')).items.map(key)).toEqual([key(third)]);

    // The offering organisation rewrites its offer: the rejection no longer holds.
    const profile = (
      await t.request({ method: 'GET', url: `/api/profiles/${second.offer.profileId}` })
    ).json();
    const content = profile.draft.content;
    const offers = content.offers.map((o: { id: string; text: string }) =>
      o.id === second.offer.id ? { ...o, text: `${o.text} Nu även för fler målgrupper.` } : o,
    );
    const saved = await t.request({
      method: 'PUT',
      url: `/api/profiles/${second.offer.profileId}/draft`,
      payload: { version: profile.draft.version, content: { ...content, offers } },
    });
    await t.request({
      method: 'POST',
      url: `/api/profiles/${second.offer.profileId}/submit`,
      payload: { version: saved.json().draft.version },
    });
    await t.app.jobs.drain();
    expect((await review('&state=rejected')).items).toEqual([]);
  });

  it('refuses decisions on pairs outside the mobilisation', async () => {
    const res = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m}/review/decisions`,
        payload: { needId: crypto.randomUUID(), offerId: crypto.randomUUID(), decision: 'accepted' },
      },
      coordinator,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'body.needId',
      'body.offerId',
    ]);
  });
});

describe('the initiative list', () => {
  let proposals: InitiativeSummary[];

  it('lets the platform propose initiatives grouped by concept, with goals and reasons', async () => {
    const res = await t.request(
      { method: 'POST', url: `/api/mobilisations/${m}/initiative-proposals` },
      coordinator,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().created).toBeGreaterThan(3);
    expect(res.json().projectsLinked).toBeGreaterThan(50);
    proposals = (
      await t.request(
        { method: 'GET', url: `/api/mobilisations/${m}/initiatives?state=proposed&limit=100` },
        coordinator,
      )
    ).json<{ items: InitiativeSummary[] }>().items;
    const premises = proposals.find((p) => /Lokaler/i.test(p.title));
    expect(premises).toBeDefined();
    expect(premises?.participants.length).toBeGreaterThan(2);
    expect(premises?.linkCounts.needs).toBeGreaterThan(0);
    expect(premises?.linkCounts.offers).toBeGreaterThan(0);
    // The list counts the links; the initiative itself has them all.
    const full = (
      await t.request({ method: 'GET', url: `/api/initiatives/${premises?.id}` }, coordinator)
    ).json<Initiative>();
    expect(full.links.needs).toHaveLength(premises?.linkCounts.needs ?? -1);
    expect(full.links.offers).toHaveLength(premises?.linkCounts.offers ?? -1);
    expect(full.links.projects).toHaveLength(premises?.linkCounts.projects ?? -1);
    // The list shows the first participants, the lead first; all of them when asked (printing).
    expect(premises?.participantCount).toBe(full.participants.length);
    expect(premises?.participants.length).toBe(Math.min(12, full.participants.length));
    if (full.lead) expect(premises?.participants[0]?.organisation.id).toBe(full.lead.id);
    const all = (
      await t.request(
        {
          method: 'GET',
          url: `/api/mobilisations/${m}/initiatives?state=proposed&limit=100&participants=all`,
        },
        coordinator,
      )
    ).json<{ items: InitiativeSummary[] }>().items;
    expect(all.find((i) => i.id === premises?.id)?.participants).toEqual(full.participants);
    expect(premises?.lead).not.toBeNull();
    expect(premises?.proposalReasons.map((r) => r.kind)).toContain('concept');
    // Proposals are not public until a coordinator takes them in.
    expect(
      (await t.request({ method: 'GET', url: `/api/mobilisations/${m}/initiatives?state=proposed` }, null))
        .statusCode,
    ).toBe(401);
    expect(
      (await t.request({ method: 'GET', url: `/api/initiatives/${premises?.id}` }, null)).statusCode,
    ).toBe(404);
    // Proposing again refreshes, it does not duplicate.
    const again = await t.request(
      { method: 'POST', url: `/api/mobilisations/${m}/initiative-proposals` },
      coordinator,
    );
    expect(again.json().created).toBe(0);
  });

  it('gives the list in pages, each initiative once and in order, and refuses a cursor from elsewhere', async () => {
    const url = `/api/mobilisations/${m}/initiatives?state=proposed&limit=2`;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.request(
        { method: 'GET', url: cursor ? `${url}&after=${cursor}` : url },
        coordinator,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<{ items: InitiativeSummary[]; nextCursor: string | null }>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor && seen.length <= proposals.length);
    expect(seen).toEqual(proposals.map((p) => p.id));
    const unknown = await t.request(
      { method: 'GET', url: `${url}&after=${crypto.randomUUID()}` },
      coordinator,
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0].path).toBe('querystring.after');
  });

  it('accepts, edits, merges, splits and discards proposals, keeping every change in the history', async () => {
    const [a, b, c] = proposals;
    if (!a || !b || !c) throw new Error('too few proposals');
    const patch = (id: string, body: object) =>
      t.request({ method: 'PATCH', url: `/api/initiatives/${id}`, payload: body }, coordinator);

    const accepted = await patch(a.id, {
      version: a.version,
      state: 'listed',
      status: 'beslutad',
      period: { start: '2027-Q1', end: '2028-Q4' },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const listedA = accepted.json<Initiative>();
    expect(listedA).toMatchObject({
      state: 'listed',
      status: 'beslutad',
      period: { start: '2027-Q1', end: '2028-Q4' },
    });
    expect((await patch(a.id, { version: a.version, title: 'För sent' })).statusCode).toBe(409);
    const backwards = await patch(a.id, {
      version: listedA.version,
      period: { start: '2028-Q1', end: '2027-Q1' },
    });
    expect(backwards.statusCode).toBe(400);

    const bListed = (await patch(b.id, { version: b.version, state: 'listed' })).json<Initiative>();
    const merged = await t.request(
      {
        method: 'POST',
        url: `/api/initiatives/${listedA.id}/merge`,
        payload: { version: listedA.version, otherId: bListed.id, otherVersion: bListed.version },
      },
      coordinator,
    );
    expect(merged.statusCode, merged.body).toBe(200);
    const union = merged.json<Initiative>();
    const orgs = new Set([...listedA.participants, ...bListed.participants].map((p) => p.organisation.id));
    expect(union.participants.map((p) => p.organisation.id).sort()).toEqual([...orgs].sort());
    const gone = (
      await t.request({ method: 'GET', url: `/api/initiatives/${bListed.id}` }, coordinator)
    ).json<Initiative>();
    expect(gone).toMatchObject({ state: 'merged', mergedInto: union.id });

    const moving = union.participants
      .filter((p) => !p.lead)
      .slice(0, 2)
      .map((p) => p.organisation.id);
    const split = await t.request(
      {
        method: 'POST',
        url: `/api/initiatives/${union.id}/split`,
        payload: {
          version: union.version,
          title: 'Avknoppning',
          participants: moving,
          links: { needs: [union.links.needs[0]?.id] },
        },
      },
      coordinator,
    );
    expect(split.statusCode, split.body).toBe(201);
    expect(
      split
        .json<Initiative>()
        .participants.map((p) => p.organisation.id)
        .sort(),
    ).toEqual([...moving].sort());
    const rest = (
      await t.request({ method: 'GET', url: `/api/initiatives/${union.id}` }, coordinator)
    ).json<Initiative>();
    expect(rest.participants.some((p) => moving.includes(p.organisation.id))).toBe(false);

    const discarded = await patch(c.id, { version: c.version, state: 'discarded' });
    expect(discarded.json<Initiative>().state).toBe('discarded');

    const history = (
      await t.request({ method: 'GET', url: `/api/initiatives/${union.id}/history` }, coordinator)
    ).json<InitiativeHistory>();
    expect(history.items.map((h) => h.action)).toEqual(
      expect.arrayContaining([
        'proposed',
        'accepted',
        `merged:${bListed.id}`,
        expect.stringMatching(/^split:/),
      ]),
    );
    expect(history.items[0]?.changedBy).toMatch(/^Testperson/);

    // A participant endorses the initiative in its own organisation; another organisation's member may not.
    const participant = rest.participants[0]?.organisation.id as string;
    const member = await t.createActor([{ mobilisationId: m, role: 'member', organisationId: participant }]);
    const endorse = (organisationId: string) =>
      t.request(
        {
          method: 'PUT',
          url: `/api/initiatives/${union.id}/participants/${organisationId}/endorsement`,
          payload: { endorsement: 'forankrad' },
        },
        member,
      );
    expect(
      (await endorse(participant))
        .json<Initiative>()
        .participants.find((p) => p.organisation.id === participant)?.endorsement,
    ).toBe('forankrad');
    const other = rest.participants[1]?.organisation.id as string;
    expect((await endorse(other)).statusCode).toBe(403);
  });

  it('creates an initiative by hand, refusing organisations and items from elsewhere', async () => {
    const bad = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m}/initiatives`,
        payload: {
          title: 'Eget initiativ',
          participants: [{ organisationId: crypto.randomUUID() }],
          goals: ['G9'],
        },
      },
      coordinator,
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['body.goals.0', 'body.participants.0.organisationId']);
    const created = await t.request(
      {
        method: 'POST',
        url: `/api/mobilisations/${m}/initiatives`,
        payload: { title: 'Gemensam kampanj', goals: ['G1'], status: 'forankring' },
      },
      coordinator,
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<Initiative>()).toMatchObject({
      state: 'listed',
      goals: ['G1'],
      status: 'forankring',
    });
  });

  it('gives an overview of profiles, unmet needs, unused offers and initiatives per goal and status', async () => {
    const overview = (
      await t.request({ method: 'GET', url: `/api/mobilisations/${m}/overview` }, coordinator)
    ).json<Overview>();
    expect(overview.profiles).toMatchObject({ total: 60, submitted: 60, draft: 0, empty: 0 });
    expect(overview.needs.total).toBe(126);
    expect(overview.needs.unmet).toBeGreaterThan(0);
    expect(overview.needs.unmetItems.length).toBe(Math.min(50, overview.needs.unmet));
    expect(overview.offers.total).toBeGreaterThan(100);
    expect(overview.initiatives.total).toBe(3);
    expect(overview.initiatives.byStatus.reduce((s, x) => s + x.count, 0)).toBe(3);
    expect(overview.initiatives.byGoal.length).toBeGreaterThan(0);
    expect(overview.matches.accepted).toBe(1);
  });

  it('exports the list as an Excel workbook that LibreOffice reads, and as CSV', async () => {
    const xlsx = await t.request(
      { method: 'GET', url: `/api/mobilisations/${m}/initiatives/export?format=xlsx` },
      coordinator,
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const dir = mkdtempSync(join(tmpdir(), 'kraftsamling-export-'));
    const workbook = join(dir, 'lista.xlsx');
    writeFileSync(workbook, xlsx.rawPayload);
    // A real reader: LibreOffice turns each sheet into CSV.
    await run('soffice', [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      workbook,
    ]);
    const sheet = (name: string) => readFileSync(join(dir, `lista-${name}.csv`), 'utf8');
    const initiativesSheet = sheet('Initiativ');
    expect(initiativesSheet.split('\n')[0]).toContain(
      'Titel,Beskrivning,Status,Mål,Period från,Period till,Ansvarig organisation',
    );
    expect(initiativesSheet).toContain('Gemensam kampanj');
    expect(initiativesSheet).toContain('Beslutad');
    expect(sheet('Deltagare')).toContain('Förankrad i egen organisation');
    expect(sheet('Ej mötta behov').split('\n').length).toBeGreaterThan(2);

    const csv = await t.request(
      { method: 'GET', url: `/api/mobilisations/${m}/initiatives/export?format=csv` },
      coordinator,
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\ufeffTitel;Beskrivning;Status')).toBe(true);
    expect(csv.body).toContain('Gemensam kampanj');
  }, 120_000);

  it("writes the platform's own words and the exports in the language of whoever asks", async () => {
    const proposed = (
      await t.request(
        { method: 'GET', url: `/api/mobilisations/${m}/initiatives?state=proposed&limit=100` },
        coordinator,
      )
    ).json<{ items: InitiativeSummary[] }>().items;
    const untouched = proposed.find((p) => p.generatedText && p.generatedText.en.title !== p.title);
    if (!untouched?.generatedText) throw new Error('expected a proposal in its own words');
    const { sv, en } = untouched.generatedText;
    expect(sv).toEqual({ title: untouched.title, description: untouched.description });
    expect(en.description).toMatch(
      /^\d+ needs? and \d+ offers? from \d+ organisations concern .+\. Proposed by the platform\.$/,
    );

    const listed = await t.request(
      {
        method: 'PATCH',
        url: `/api/initiatives/${untouched.id}`,
        payload: { version: untouched.version, state: 'listed' },
      },
      coordinator,
    );
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json<Initiative>().generatedText).toEqual(untouched.generatedText);

    const exported = (query: string, headers: Record<string, string> = {}) =>
      t.request(
        { method: 'GET', url: `/api/mobilisations/${m}/initiatives/export?${query}`, headers },
        coordinator,
      );
    const english = await exported('format=csv&lang=en');
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-disposition']).toMatch(/filename="initiative-list-.+\.csv"/);
    expect(english.body.startsWith('\ufeffTitle;Description;Status;Goals;Period from')).toBe(true);
    expect(english.body).toContain(en.title);
    expect(english.body).toContain(en.description);
    expect(english.body).toContain('Decided');
    expect(english.body).not.toContain(sv.description);
    // What people wrote stays as they wrote it.
    expect(english.body).toContain('Gemensam kampanj');
    const swedish = await exported('format=csv&lang=sv', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(swedish.body).toContain(sv.description);
    expect(swedish.headers['content-disposition']).toMatch(/filename="initiativlista-.+\.csv"/);
    // Without the interface's choice, the browser's languages decide, and Swedish when it speaks neither.
    expect((await exported('format=csv', { 'accept-language': 'en-GB,en;q=0.9' })).body).toContain(
      en.description,
    );
    expect((await exported('format=csv', { 'accept-language': 'de-DE' })).body).toContain(sv.description);
    expect((await exported('format=csv&lang=de')).statusCode).toBe(400);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported('format=xlsx&lang=en')).rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Initiatives', 'Participants', 'Unmet needs']);
    const titles = workbook.getWorksheet('Initiatives')?.getColumn(1).values ?? [];
    expect(titles).toContain('Title');
    expect(titles).toContain(en.title);
    const participants = workbook.getWorksheet('Participants');
    expect(participants?.getRow(1).values).toContain('Endorsement');
    expect(participants?.getColumn(6).values).toContain('Invited');

    // Once someone rewrites it, the initiative says what they wrote, in every language.
    const rewritten = await t.request(
      {
        method: 'PATCH',
        url: `/api/initiatives/${untouched.id}`,
        payload: { version: listed.json<Initiative>().version, description: 'Vår egen beskrivning.' },
      },
      coordinator,
    );
    expect(rewritten.json<Initiative>().generatedText).toBeNull();
    expect((await exported('format=csv&lang=en')).body).toContain('Vår egen beskrivning.');
  });
});
