import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { databaseFingerprint, getFieldModel } from '@kraftsamling/db';
import { ENGINE_VERSION } from '@kraftsamling/matching';
import { importProfiles } from '@kraftsamling/server/imports';
import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import {
  highlightParts,
  type KindsHistory,
  type KindsPreviewResult,
  type KindsVersion,
  type OrganisationList,
  type Profile,
  type ProfileMatches,
  type ProposedTermList,
  type SearchResult,
  type SupportKindInput,
} from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import {
  completeContent,
  createMobilisation,
  createOrganisation,
  draftOf,
  getProfile,
} from '../support/fixtures';
import { repoRoot } from '../support/process';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const safetyKinds: SupportKindInput[] = [
  { id: 'walks', sv: 'Trygghetsvandringar', en: 'Safety walks', needsPresence: true },
  {
    id: 'dialogue',
    sv: 'Medborgardialog',
    en: 'Citizen dialogue',
    description: { sv: 'Samtal med invånare om deras närmiljö', en: '' },
    terms: { sv: { core: ['dialogmöte*', 'invånardialog'], related: [], hint: [] } },
  },
  { id: 'eval', sv: 'Utvärdering', en: 'Evaluation' },
];

async function kindsOf(mobilisationId: string, actor = t.admin) {
  const res = await t.request({ method: 'GET', url: `/api/mobilisations/${mobilisationId}/kinds` }, actor);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<KindsVersion>();
}

describe("a mobilisation's kinds of support", () => {
  it('start as the template, version 0, which members read and only coordinators change', async () => {
    const m = await createMobilisation(t);
    const org = await createOrganisation(t, m.id);
    const member = await t.createActor([
      { mobilisationId: m.id, role: 'member', organisationId: org.organisation.id },
    ]);
    const kinds = await kindsOf(m.id, member);
    expect(kinds).toMatchObject({ version: 0, basis: 'template', revertedFrom: null });
    expect(kinds.kinds.length).toBeGreaterThan(30);
    expect(kinds.kinds[0]).toMatchObject({ id: 'eval', draws: ['eval'] });
    expect(kinds.targetGroups.map((g) => g.id)).toContain('barn-och-unga');

    const put = (actor: typeof member | null) =>
      t.request(
        {
          method: 'PUT',
          url: `/api/mobilisations/${m.id}/kinds`,
          payload: { version: 0, kinds: safetyKinds },
        },
        actor,
      );
    expect((await put(member)).statusCode).toBe(403);
    expect((await put(null)).statusCode).toBe(401);
    const outsider = await t.createActor([]);
    expect(
      (await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/kinds` }, outsider)).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/kinds` }, null)).statusCode,
    ).toBe(401);
    const proposals = await t.request(
      { method: 'GET', url: `/api/mobilisations/${m.id}/kinds/proposed-terms` },
      member,
    );
    expect(proposals.statusCode).toBe(403);
    expect((await kindsOf(m.id)).version).toBe(0);
  });

  it('are replaced as a new version, listed, read by version, audited, and reverted as a new version', async () => {
    const m = await createMobilisation(t);
    const coordinator = await t.createActor([{ mobilisationId: m.id, role: 'coordinator' }]);
    const res = await t.request(
      {
        method: 'PUT',
        url: `/api/mobilisations/${m.id}/kinds`,
        payload: { version: 0, kinds: safetyKinds, note: 'Vårt eget fält' },
      },
      coordinator,
    );
    expect(res.statusCode, res.body).toBe(200);
    const v1 = res.json<KindsVersion>();
    expect(v1).toMatchObject({ version: 1, basis: 'own', note: 'Vårt eget fält', revertedFrom: null });
    expect(v1.kinds.map((k) => k.id)).toEqual(['walks', 'dialogue', 'eval']);
    expect(v1.kinds[1]?.terms?.sv?.core).toEqual(['dialogmöte*', 'invånardialog']);
    expect(v1.createdBy).toMatch(/^Testperson/);
    expect((await kindsOf(m.id)).version).toBe(1);

    // Someone who edited version 0 meanwhile is told, and nothing changes.
    const stale = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m.id}/kinds`,
      payload: { version: 0, kinds: safetyKinds.slice(0, 1) },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');

    const reverted = await t.request(
      { method: 'POST', url: `/api/mobilisations/${m.id}/kinds/revert`, payload: { version: 1, to: 0 } },
      coordinator,
    );
    expect(reverted.statusCode, reverted.body).toBe(200);
    expect(reverted.json<KindsVersion>()).toMatchObject({ version: 2, basis: 'template', revertedFrom: 0 });

    const history = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/kinds/versions` });
    expect(history.json<KindsHistory>().current).toBe(2);
    expect(history.json<KindsHistory>().items.map((v) => [v.version, v.basis, v.kindCount])).toEqual([
      [2, 'template', 37],
      [1, 'own', 3],
      [0, 'template', 37],
    ]);
    const one = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/kinds/versions/1` });
    expect(one.json<KindsVersion>().kinds).toEqual(v1.kinds);
    const missing = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/kinds/versions/9` });
    expect(missing.statusCode).toBe(404);

    const audit = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/audit` });
    const actions = audit.json<{ items: { action: string }[] }>().items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['kinds.updated', 'kinds.reverted']));
  });

  it('refuses bad lists with clear errors and changes nothing', async () => {
    const m = await createMobilisation(t);
    const bad = [
      { version: 0, kinds: [] },
      { version: 0, kinds: [safetyKinds[0], safetyKinds[0]] },
      { version: 0, kinds: [{ id: 'Walks!', sv: 'x', en: 'x' }] },
      { version: 0, kinds: [{ id: 'walks', sv: '', en: 'x' }] },
      { version: 0, kinds: [{ ...safetyKinds[0], terms: { sv: { core: ['trygghet, vandring'] } } }] },
      { version: -1, kinds: safetyKinds },
      { kinds: safetyKinds },
    ];
    for (const payload of bad) {
      const res = await t.request({ method: 'PUT', url: `/api/mobilisations/${m.id}/kinds`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const revert = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/kinds/revert`,
      payload: { version: 0, to: 5 },
    });
    expect(revert.statusCode).toBe(404);
    expect((await kindsOf(m.id)).version).toBe(0);
  });

  it("refuses a submitted item tagged with a kind the mobilisation doesn't have, and keeps a valid tag", async () => {
    const m = await createMobilisation(t);
    await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m.id}/kinds`,
      payload: { version: 0, kinds: safetyKinds },
    });
    const { profileId } = await createOrganisation(t, m.id);
    const tagged = async (supportKind: string) => {
      const profile = await getProfile(t, profileId);
      const saved = await t.request({
        method: 'PUT',
        url: `/api/profiles/${profileId}/draft`,
        payload: {
          version: draftOf(profile).version,
          content: {
            goals: 'Tryggare stadsdelar.',
            projects: [],
            needs: [
              {
                id: crypto.randomUUID(),
                text: 'Vi behöver hjälp att ordna trygghetsvandringar i centrum.',
                themes: [],
                targetGroups: [],
                supportKind,
              },
            ],
            offers: [],
          },
        },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      return t.request({
        method: 'POST',
        url: `/api/profiles/${profileId}/submit`,
        payload: { version: draftOf(saved.json<Profile>()).version },
      });
    };
    const refused = await tagged('premises');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0]).toMatchObject({
      path: 'draft.needs.0.supportKind',
      code: 'unknown_kind',
    });
    expect((await getProfile(t, profileId)).latest).toBeNull();
    const accepted = await tagged('walks');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const revision = await t.request({ method: 'GET', url: `/api/profiles/${profileId}/revisions/1` });
    expect(revision.json().content.needs[0].supportKind).toBe('walks');
  });
  it('are how search reads the mobilisation once learnt: a word of a kind finds the texts of that kind', async () => {
    // A local programme under two names of its own, which no vocabulary of the engine knows.
    const evenings: SupportKindInput = {
      id: 'evenings',
      sv: 'Kvällskvarter',
      en: 'Evening blocks',
      terms: { sv: { core: ['kvällskvarter*', 'gnistrund*'], related: [], hint: [] } },
    };
    const submitNeed = async (mobilisationId: string, text: string) => {
      const { profileId, organisation } = await createOrganisation(t, mobilisationId);
      const profile = await getProfile(t, profileId);
      const content = { goals: 'Fler vuxna ute på kvällarna.', projects: [], offers: [] };
      const need = { id: crypto.randomUUID(), text, themes: [], targetGroups: [] };
      const saved = await t.request({
        method: 'PUT',
        url: `/api/profiles/${profileId}/draft`,
        payload: { version: draftOf(profile).version, content: { ...content, needs: [need] } },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const submitted = await t.request({
        method: 'POST',
        url: `/api/profiles/${profileId}/submit`,
        payload: { version: draftOf(saved.json<Profile>()).version },
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      return organisation.id;
    };
    const search = async (mobilisationId: string, q: string) => {
      const res = await t.request({
        method: 'GET',
        url: `/api/mobilisations/${mobilisationId}/search?q=${encodeURIComponent(q)}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<SearchResult>();
    };
    const text = 'Vi vill starta kvällskvarter för unga i stadsdelen.';

    // The same text in a mobilisation with the template and in one with the kind: only the second reads the
    // query's word as that kind, so only there does it find a text that shares none of its words.
    const template = await createMobilisation(t);
    await submitNeed(template.id, text);
    const own = await createMobilisation(t);
    const put = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${own.id}/kinds`,
      payload: { version: 0, kinds: [...safetyKinds, evenings] },
    });
    expect(put.statusCode, put.body).toBe(200);
    const organisationId = await submitNeed(own.id, text);
    await t.app.jobs.drain();
    expect(await getFieldModel(t.app.db, own.id)).toBeDefined();

    expect((await search(template.id, 'gnistrunda')).total).toBe(0);
    const found = await search(own.id, 'gnistrunda');
    const need = found.items.find((h) => h.kind === 'need');
    expect(need?.organisation.id).toBe(organisationId);
    // The word that made it a hit is marked: the kind's other name.
    const marked = highlightParts(need?.highlight ?? '')
      .filter((p) => p.marked)
      .map((p) => p.text);
    expect(marked).toEqual(['kvällskvarter']);
  });
});

describe("a mobilisation's own kinds in reasons", () => {
  it('name the kind by its Swedish and English names in the matches and the review queue', async () => {
    const m = await createMobilisation(t);
    const put = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m.id}/kinds`,
      payload: {
        version: 0,
        kinds: [
          ...safetyKinds,
          {
            id: 'evenings',
            sv: 'Kvällskvarter',
            en: 'Evening blocks',
            terms: { sv: { core: ['kvällskvarter*', 'gnistrund*'], related: [], hint: [] } },
          },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const submit = async (side: 'needs' | 'offers', text: string) => {
      const { profileId } = await createOrganisation(t, m.id);
      const profile = await getProfile(t, profileId);
      const content = { goals: 'Fler vuxna ute på kvällarna.', projects: [], needs: [], offers: [] };
      const item = { id: crypto.randomUUID(), text, themes: [], targetGroups: [] };
      const saved = await t.request({
        method: 'PUT',
        url: `/api/profiles/${profileId}/draft`,
        payload: { version: draftOf(profile).version, content: { ...content, [side]: [item] } },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const submitted = await t.request({
        method: 'POST',
        url: `/api/profiles/${profileId}/submit`,
        payload: { version: draftOf(saved.json<Profile>()).version },
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      return profileId;
    };
    const needer = await submit('needs', 'Vi behöver hjälp att starta kvällskvarter för unga i stadsdelen.');
    await submit('offers', 'Vi erbjuder ledare till gnistrundor och kvällskvarter för ungdomar.');
    await t.request({ method: 'POST', url: `/api/mobilisations/${m.id}/match-runs` });
    await t.app.jobs.drain();

    const matches = await t.request({ method: 'GET', url: `/api/profiles/${needer}/matches` });
    expect(matches.statusCode, matches.body).toBe(200);
    const reasons = matches.json<ProfileMatches>().needs[0]?.matches[0]?.reasons ?? [];
    const concept = reasons.find((r) => r.kind === 'concept');
    expect(concept?.sv).toMatch(/^båda gäller kvällskvarter\b/);
    expect(concept?.en).toMatch(/^both concern evening blocks\b/);

    const queue = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/review?state=open` });
    expect(queue.statusCode, queue.body).toBe(200);
    const [pair] = queue.json<{
      items: { concept: { id: string; sv: string; en: string } | null; reasons: { sv: string }[] }[];
    }>().items;
    expect(pair?.concept).toEqual({ id: 'evenings', sv: 'kvällskvarter', en: 'evening blocks' });
    expect(pair?.reasons.map((r) => r.sv)).toContain(concept?.sv);

    // Renamed, the kind is read by its new names at once: the labels are kept per version of the kinds.
    const renamed = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m.id}/kinds`,
      payload: {
        version: 1,
        kinds: [
          ...safetyKinds,
          {
            id: 'evenings',
            sv: 'Kvällsträffar',
            en: 'Evening meetings',
            terms: { sv: { core: ['kvällskvarter*', 'gnistrund*'], related: [], hint: [] } },
          },
        ],
      },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const again = await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/review?state=open` });
    const [renamedPair] = again.json<{
      items: { concept: { id: string; sv: string; en: string } | null; reasons: { sv: string }[] }[];
    }>().items;
    expect(renamedPair?.concept).toEqual({ id: 'evenings', sv: 'kvällsträffar', en: 'evening meetings' });
    const rematches = await t.request({ method: 'GET', url: `/api/profiles/${needer}/matches` });
    const renamedConcept = (rematches.json<ProfileMatches>().needs[0]?.matches[0]?.reasons ?? []).find(
      (r) => r.kind === 'concept',
    );
    expect(renamedConcept?.sv).toMatch(/^båda gäller kvällsträffar\b/);
  });
});

describe('learning from the mobilisation', () => {
  let mobilisationId: string;
  let profileIds: string[];

  const matchesOf = async (profileId: string) => {
    const res = await t.request({ method: 'GET', url: `/api/profiles/${profileId}/matches?perItem=10` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ProfileMatches>();
  };
  const snapshot = async () => {
    const lines: string[] = [];
    const versions = new Set<string | null>();
    for (const id of profileIds) {
      const m = await matchesOf(id);
      versions.add(m.engineVersion);
      for (const item of [...m.needs, ...m.offers]) {
        lines.push(
          `${item.itemId} ${item.matches.map((x) => `${x.counterpart.itemId}:${x.score}:${x.suggested}`).join(',')}`,
        );
      }
    }
    return { lines: lines.sort(), versions };
  };

  beforeAll(async () => {
    const file = parseProfileFile(
      await readFile(join(repoRoot, 'server/src/demo/kraftsamling-psykisk-halsa.json'), 'utf8'),
      'demo file',
    );
    mobilisationId = (await importProfiles(t.app.db, file, { slug: 'larande', name: 'Lärande' }))
      .mobilisationId;
    const list = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${mobilisationId}/organisations?limit=100`,
    });
    profileIds = list.json<OrganisationList>().items.map((i) => i.profileId);
    await t.request({ method: 'POST', url: `/api/mobilisations/${mobilisationId}/match-runs` });
    await t.app.jobs.drain();
  });

  it('keeps the demo template matching exactly: the learnt template field ranks every list as before', async () => {
    const before = await snapshot();
    expect([...before.versions]).toEqual([ENGINE_VERSION]);
    await t.app.learning.schedule(mobilisationId);
    await t.app.jobs.drain();
    const stored = await getFieldModel(t.app.db, mobilisationId);
    expect(stored?.fingerprint).toMatch(/\w+/);
    expect(stored?.learnedFrom).toMatchObject({ decisions: 0, tags: 0 });
    const after = await snapshot();
    // A new model started a re-match: the lists carry its fingerprint, and are the same lists.
    expect([...after.versions]).toEqual([`${ENGINE_VERSION.split('+')[0]}+field.${stored?.fingerprint}`]);
    expect(after.lines).toEqual(before.lines);
  });

  it('learns from a rejected pair, stores a new model, and no longer proposes that pair', async () => {
    // The first suggested pair of the mobilisation, as the review queue lists it.
    const queue = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${mobilisationId}/review?state=open&limit=50`,
    });
    expect(queue.statusCode, queue.body).toBe(200);
    const pairs = queue.json<{
      items: {
        need: { id: string; profileId: string };
        offer: { id: string };
        score: number;
        suggested: boolean;
      }[];
    }>().items;
    const pair = pairs.find((p) => p.suggested);
    if (!pair) throw new Error('the demo has suggested pairs');
    const scoreOf = async () => {
      const m = await matchesOf(pair.need.profileId);
      const need = m.needs.find((n) => n.itemId === pair.need.id);
      return need?.matches.find((x) => x.counterpart.itemId === pair.offer.id);
    };
    const before = await scoreOf();
    expect(before?.suggested).toBe(true);
    const fingerprint = (await getFieldModel(t.app.db, mobilisationId))?.fingerprint;

    const decided = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${mobilisationId}/review/decisions`,
      payload: { needId: pair.need.id, offerId: pair.offer.id, decision: 'rejected', note: 'Passar inte' },
    });
    expect(decided.statusCode, decided.body).toBe(201);
    await t.app.jobs.drain();

    const stored = await getFieldModel(t.app.db, mobilisationId);
    expect(stored?.learnedFrom).toMatchObject({ decisions: 1 });
    expect(stored?.fingerprint).not.toBe(fingerprint);
    const model = stored?.model as { labels: { refuted: string[] }[] };
    expect(model.labels.some((l) => l.refuted.length > 0)).toBe(true);
    const after = await scoreOf();
    // The rejected text is read as before but no longer proposed under the kind the review refuted.
    expect(after === undefined || after.score <= (before?.score ?? 0)).toBe(true);
    expect(after?.suggested ?? false).toBe(false);
    const m = await matchesOf(pair.need.profileId);
    expect(m.engineVersion).toBe(`${ENGINE_VERSION.split('+')[0]}+field.${stored?.fingerprint}`);
  });

  it('proposes learnt terms with their evidence; a dismissed one is not proposed again, an accepted one joins its kind', async () => {
    // Accepting suggested pairs confirms their texts, from which the engine learns words of their kinds.
    const queue = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${mobilisationId}/review?state=open&limit=200`,
    });
    const suggested = queue
      .json<{ items: { need: { id: string }; offer: { id: string }; suggested: boolean }[] }>()
      .items.filter((p) => p.suggested);
    for (const p of suggested) {
      await t.request({
        method: 'POST',
        url: `/api/mobilisations/${mobilisationId}/review/decisions`,
        payload: { needId: p.need.id, offerId: p.offer.id, decision: 'accepted' },
      });
    }
    await t.app.jobs.drain();
    const list = async () => {
      const res = await t.request({
        method: 'GET',
        url: `/api/mobilisations/${mobilisationId}/kinds/proposed-terms`,
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<ProposedTermList>();
    };
    const proposals = await list();
    expect(proposals.fingerprint).toBe((await getFieldModel(t.app.db, mobilisationId))?.fingerprint);
    expect(proposals.items.length).toBeGreaterThan(1);
    const [first, second] = proposals.items;
    if (!first || !second) throw new Error('two proposals');
    expect(first.evidence.length).toBeGreaterThan(0);
    expect(first.evidence[0]).toMatchObject({ itemId: expect.any(String), profileId: expect.any(String) });
    expect(first.evidence[0]?.text.length).toBeGreaterThan(0);

    const decide = (term: typeof first, decision: 'accept' | 'dismiss', version = proposals.kindsVersion) =>
      t.request({
        method: 'POST',
        url: `/api/mobilisations/${mobilisationId}/kinds/proposed-terms`,
        payload: { version, kind: term.kind.id, language: term.language, stem: term.stem, decision },
      });
    const dismissed = await decide(first, 'dismiss');
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect((await list()).items.map((p) => p.stem)).not.toContain(first.stem);
    expect((await decide(first, 'dismiss')).statusCode).toBe(404);

    const accepted = await decide(second, 'accept');
    expect(accepted.statusCode, accepted.body).toBe(200);
    const version = accepted.json<{ kindsVersion: number }>().kindsVersion;
    expect(version).toBe(proposals.kindsVersion + 1);
    const kinds = await kindsOf(mobilisationId);
    expect(kinds).toMatchObject({ version, basis: 'own' });
    const kind = kinds.kinds.find((k) => k.id === second.kind.id);
    expect(kind?.terms?.[second.language]?.[second.tier]).toContain(second.word);
    expect((await list()).items.some((p) => p.kind.id === second.kind.id && p.stem === second.stem)).toBe(
      false,
    );
    const audit = await t.request({ method: 'GET', url: `/api/mobilisations/${mobilisationId}/audit` });
    const actions = audit.json<{ items: { action: string }[] }>().items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['kinds.term_accepted', 'kinds.term_dismissed']));
  });
});

describe('learning after review decisions', () => {
  it('waits and folds a run of decisions into one learning job', async () => {
    const slow = await createTestApp({ learning: { coalesceSeconds: 3600 } });
    try {
      const m = await createMobilisation(slow);
      await slow.app.learning.schedule(m.id, { coalesce: true });
      await slow.app.learning.schedule(m.id, { coalesce: true });
      const jobs = await slow.app.db
        .selectFrom('jobs')
        .select(['id', 'run_after'])
        .where('kind', '=', 'learn-field')
        .execute();
      expect(jobs).toHaveLength(1);
      expect(new Date(jobs[0]?.run_after ?? 0).getTime()).toBeGreaterThan(Date.now() + 3000_000);
      // A change to the kinds is learnt from at once: the waiting job is brought forward.
      await slow.app.learning.schedule(m.id);
      const now = await slow.app.db
        .selectFrom('jobs')
        .select('run_after')
        .where('kind', '=', 'learn-field')
        .execute();
      expect(now).toHaveLength(1);
      expect(new Date(now[0]?.run_after ?? 0).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    } finally {
      await slow.close();
    }
  });
});

describe('the preview of what the engine understands', () => {
  it('reads a text with the kinds as edited, names the deciding words, ranks the offers, and writes nothing', async () => {
    const m = await createMobilisation(t);
    const put = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m.id}/kinds`,
      payload: { version: 0, kinds: safetyKinds },
    });
    expect(put.statusCode, put.body).toBe(200);
    const walker = await createOrganisation(t, m.id, { name: 'Följeforskarna' });
    const content = completeContent();
    const offer = 'Vi utvärderar sociala insatser och hjälper föreningar med uppföljning av sina projekt.';
    content.offers = [{ id: crypto.randomUUID(), text: offer, themes: [], targetGroups: [] }];
    const saved = await t.request({
      method: 'PUT',
      url: `/api/profiles/${walker.profileId}/draft`,
      payload: { version: draftOf(await getProfile(t, walker.profileId)).version, content },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await t.request({
      method: 'POST',
      url: `/api/profiles/${walker.profileId}/submit`,
      payload: { version: draftOf(saved.json<Profile>()).version },
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    await t.app.jobs.drain();

    const preview = (text: string, kinds: SupportKindInput[]) =>
      t.request({
        method: 'POST',
        url: `/api/mobilisations/${m.id}/kinds/preview`,
        payload: { text, side: 'need', kinds },
      });
    const before = await databaseFingerprint(t.app.db);
    const evaluation = await preview(
      'Vi behöver hjälp med utvärdering av vårt projekt för unga.',
      safetyKinds,
    );
    expect(evaluation.statusCode, evaluation.body).toBe(200);
    const read = evaluation.json<KindsPreviewResult>();
    expect(read.kinds[0]).toMatchObject({ id: 'eval', sv: 'Utvärdering' });
    expect(read.kinds[0]?.evidence.join(' ')).toMatch(/utvärdering/);
    expect(read.matches[0]).toMatchObject({ text: offer, organisation: { name: 'Följeforskarna' } });

    // A word the kinds do not know is read as nothing; added as a term, the same text reads as the kind.
    const night = 'Vi söker stöd till vår grannfika på torget varje lördag.';
    expect(
      (await preview(night, safetyKinds)).json<KindsPreviewResult>().kinds.map((k) => k.id),
    ).not.toContain('walks');
    const edited = safetyKinds.map((k) =>
      k.id === 'dialogue' ? { ...k, terms: { sv: { core: ['grannfika*'], related: [], hint: [] } } } : k,
    );
    const after = (await preview(night, edited)).json<KindsPreviewResult>();
    expect(after.kinds[0]).toMatchObject({ id: 'dialogue' });
    expect(after.kinds[0]?.evidence.join(' ')).toMatch(/grannfika/);
    expect(await databaseFingerprint(t.app.db)).toEqual(before);
  });
});

describe("a mobilisation's own target groups and abbreviations", () => {
  const groups = [
    { id: 'barn-och-unga', sv: 'Barn och unga', en: 'Children and young people' },
    {
      id: 'smaforetagare',
      sv: 'Småföretagare',
      en: 'Small business owners',
      terms: { sv: { core: ['egenföretagare'], related: [], hint: [] } },
    },
  ];
  const abbreviations = [
    { abbreviation: 'MBD', expansion: { sv: 'medborgardialog', en: 'citizen dialogue' }, means: 'dialogue' },
  ];

  it('are versioned with the kinds, learnt from, read by the preview, and restored by an undo', async () => {
    const m = await createMobilisation(t);
    const put = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m.id}/kinds`,
      payload: { version: 0, kinds: safetyKinds, targetGroups: groups, abbreviations, note: 'Egna ord' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json<KindsVersion>()).toMatchObject({
      version: 1,
      targetGroups: groups,
      abbreviations: [{ ...abbreviations[0], caseSensitive: false }],
    });

    // The preview reads the abbreviation as its kind and the group from its words.
    const res = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/kinds/preview`,
      payload: {
        text: 'Vi vill ordna en MBD med egenföretagare i centrum.',
        side: 'need',
        kinds: safetyKinds,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const read = res.json<KindsPreviewResult>();
    expect(read.kinds[0]).toMatchObject({ id: 'dialogue', sv: 'Medborgardialog' });
    expect(read.targetGroups).toContainEqual(
      expect.objectContaining({ id: 'smaforetagare', sv: 'Småföretagare' }),
    );

    // The learnt field has them.
    await t.app.jobs.drain();
    const stored = await getFieldModel(t.app.db, m.id);
    const model = stored?.model as {
      targetGroups?: { id: string }[];
      abbreviations?: { abbreviation: string }[];
    };
    expect(model.targetGroups?.map((g) => g.id)).toContain('smaforetagare');
    expect(model.abbreviations?.map((a) => a.abbreviation)).toEqual(['MBD']);

    // Replacing the kinds alone keeps them; an undo to the template removes them.
    const kept = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m.id}/kinds`,
      payload: { version: 1, kinds: safetyKinds },
    });
    expect(kept.json<KindsVersion>()).toMatchObject({ version: 2, targetGroups: groups });
    const undo = await t.request({
      method: 'POST',
      url: `/api/mobilisations/${m.id}/kinds/revert`,
      payload: { version: 2, to: 0 },
    });
    expect(undo.json<KindsVersion>()).toMatchObject({ version: 3, abbreviations: [] });
    expect(undo.json<KindsVersion>().targetGroups.map((g) => g.id)).not.toContain('smaforetagare');
  });

  it('refuses an abbreviation of nothing, a group named like a kind, and a malformed abbreviation, changing nothing', async () => {
    const m = await createMobilisation(t);
    const before = await databaseFingerprint(t.app.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ abbreviations: [{ ...abbreviations[0], means: 'inget' }] }, 'body.abbreviations.0.means'],
      [{ targetGroups: [{ id: 'walks', sv: 'Vandrare', en: 'Walkers' }] }, 'body.targetGroups.0.id'],
      [
        { abbreviations: [{ ...abbreviations[0], abbreviation: 'M B D' }] },
        'body.abbreviations.0.abbreviation',
      ],
      [
        { abbreviations: [abbreviations[0], { ...abbreviations[0], abbreviation: 'mbd' }] },
        'body.abbreviations',
      ],
    ];
    for (const [extra, path] of cases) {
      const res = await t.request({
        method: 'PUT',
        url: `/api/mobilisations/${m.id}/kinds`,
        payload: { version: 0, kinds: safetyKinds, ...extra },
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.fields).toContainEqual(expect.objectContaining({ path }));
    }
    expect(await databaseFingerprint(t.app.db)).toEqual(before);

    // A kind named like a general group the engine does not read under that name is no clash.
    const students = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m.id}/kinds`,
      payload: { version: 0, kinds: [...safetyKinds, { id: 'studenter', sv: 'Studenter', en: 'Students' }] },
    });
    expect(students.statusCode, students.body).toBe(200);
  });
});
