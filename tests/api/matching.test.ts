import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importProfiles } from '@kraftsamling/server/imports';
import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import { rematchMobilisation } from '@kraftsamling/server/matching/rematch';
import type { OrganisationList, Profile, ProfileMatches } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { draftOf } from '../support/fixtures';
import { repoRoot } from '../support/process';

let t: TestApp;
let mobilisationId: string;
let profileIdByName: Map<string, string>;

const matchesOf = async (profileId: string, perItem = 10) => {
  const res = await t.request({
    method: 'GET',
    url: `/api/profiles/${profileId}/matches?perItem=${perItem}`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProfileMatches>();
};

/** Every stored list of the mobilisation, as comparable text. */
async function snapshot(): Promise<string[]> {
  const lines: string[] = [];
  for (const profileId of profileIdByName.values()) {
    const m = await matchesOf(profileId);
    for (const side of ['needs', 'offers'] as const) {
      for (const item of m[side]) {
        lines.push(
          `${item.itemId} ${item.matches.map((x) => `${x.counterpart.itemId}:${x.score}:${x.suggested}`).join(',')}`,
        );
      }
    }
  }
  return lines.sort();
}

beforeAll(async () => {
  t = await createTestApp();
  const file = parseProfileFile(
    await readFile(join(repoRoot, 'server/src/demo/kraftsamling-psykisk-halsa.json'), 'utf8'),
    'demo file',
  );
  const summary = await importProfiles(t.app.db, file, { slug: 'matchning', name: 'Matchning' });
  mobilisationId = summary.mobilisationId;
  const list = await t.request({
    method: 'GET',
    url: `/api/mobilisations/${mobilisationId}/organisations?limit=100`,
  });
  profileIdByName = new Map(
    list.json<OrganisationList>().items.map((i) => [i.organisation.name, i.profileId]),
  );
  const run = await t.request({ method: 'POST', url: `/api/mobilisations/${mobilisationId}/match-runs` });
  expect(run.statusCode).toBe(202);
  expect(run.json().run.status).toBe('queued');
  await t.app.jobs.drain();
});
afterAll(async () => {
  await t.close();
});

describe('matching in the product', () => {
  it('reports the finished whole-mobilisation run with its progress', async () => {
    const res = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${mobilisationId}/match-runs/latest`,
    });
    const { run } = res.json();
    expect(run.status).toBe('done');
    expect(run.total).toBeGreaterThan(100);
    expect(run.progress).toBe(run.total);
  });

  it('shows who could meet a need, with scores and reasons in Swedish and English', async () => {
    const youth = profileIdByName.get('Föreningen Ung Puls, Sundsvall') as string;
    const matches = await matchesOf(youth, 5);
    expect(matches.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(matches.pending).toBe(false);
    // "We must move in June and lack a place for the young people": premises offered by others.
    const premises = matches.needs[0];
    expect(premises?.text).toMatch(/flytta/);
    const best = premises?.matches[0];
    expect(best?.suggested).toBe(true);
    expect(best?.counterpart.organisation.name).not.toBe('Föreningen Ung Puls, Sundsvall');
    expect(best?.reasons.find((r) => r.kind === 'concept')).toMatchObject({
      sv: expect.stringMatching(/^båda gäller /),
      en: expect.stringMatching(/^both concern /),
    });
    for (const item of [...matches.needs, ...matches.offers]) {
      const scores = item.matches.map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(item.matches.every((m) => m.score >= 0 && m.score <= 1)).toBe(true);
    }
    // And the other way round: who could use its offers.
    expect(matches.offers.some((o) => o.matches.length > 0)).toBe(true);
  });

  it('lists every open item of a profile in its order, each with the first perItem of its list', async () => {
    for (const profileId of profileIdByName.values()) {
      const profile = (await t.request({ method: 'GET', url: `/api/profiles/${profileId}` })).json<Profile>();
      const closed = new Set(profile.closedItems.map((i) => i.itemId));
      const latest = profile.latest?.content ?? { needs: [], offers: [] };
      const [long, short] = [await matchesOf(profileId, 10), await matchesOf(profileId, 2)];
      for (const side of ['needs', 'offers'] as const) {
        // Items without counterparts are listed too, in the profile's order.
        const open = latest[side].filter((i) => !closed.has(i.id));
        expect(long[side].map((i) => i.itemId)).toEqual(open.map((i) => i.id));
        expect(short[side].map((i) => i.itemId)).toEqual(long[side].map((i) => i.itemId));
        long[side].forEach((item, i) => {
          expect(item.matches.length).toBeLessThanOrEqual(10);
          expect(short[side][i]?.matches).toEqual(item.matches.slice(0, 2));
          expect(item.matches.every((m) => m.counterpart.profileId !== profileId)).toBe(true);
        });
      }
    }
  });

  it('re-matches a profile off the request path after it is submitted, as a full run would', async () => {
    const kommun = profileIdByName.get('Lillåkers kommun') as string;
    const profile = (await t.request({ method: 'GET', url: `/api/profiles/${kommun}` })).json<Profile>();
    const draft = draftOf(profile);
    const content = {
      ...draft.content,
      offers: [
        ...draft.content.offers,
        {
          id: crypto.randomUUID(),
          text: 'Vi erbjuder följeforskning och effektmätning av insatser för unga, med forskare från vårt FoU-center.',
          themes: [],
          targetGroups: [],
        },
      ],
      // One need is withdrawn: its pairs must go.
      needs: draft.content.needs.slice(1),
    };
    const saved = await t.request({
      method: 'PUT',
      url: `/api/profiles/${kommun}/draft`,
      payload: { version: draft.version, content },
    });
    const submitted = await t.request({
      method: 'POST',
      url: `/api/profiles/${kommun}/submit`,
      payload: { version: draftOf(saved.json<Profile>()).version },
    });
    expect(submitted.statusCode).toBe(200);
    expect((await matchesOf(kommun)).pending).toBe(true);
    await t.app.jobs.drain();

    const after = await matchesOf(kommun);
    expect(after.pending).toBe(false);
    expect(after.needs).toHaveLength(draft.content.needs.length - 1);
    // The youth association's evaluation need now finds the new evaluation offer.
    const youth = await matchesOf(profileIdByName.get('Föreningen Ung Puls, Sundsvall') as string);
    const evaluation = youth.needs.find((n) => /mäta resultat/.test(n.text));
    expect(evaluation?.matches.map((m) => m.counterpart.text)).toContain(content.offers.at(-1)?.text);

    // What the incremental re-match stored equals what a whole new run stores.
    const incremental = await snapshot();
    await t.request({ method: 'POST', url: `/api/mobilisations/${mobilisationId}/match-runs` });
    await t.app.jobs.drain();
    expect(await snapshot()).toEqual(incremental);
  });
});

/** Submits a new offer for an organisation and lets no job run: the stored lists are now out of date. */
async function submitNewOffer(name: string, text: string) {
  const profileId = profileIdByName.get(name) as string;
  const profile = (await t.request({ method: 'GET', url: `/api/profiles/${profileId}` })).json<Profile>();
  const draft = draftOf(profile);
  const content = {
    ...draft.content,
    offers: [...draft.content.offers, { id: crypto.randomUUID(), text, themes: [], targetGroups: [] }],
  };
  const saved = await t.request({
    method: 'PUT',
    url: `/api/profiles/${profileId}/draft`,
    payload: { version: draft.version, content },
  });
  const submitted = await t.request({
    method: 'POST',
    url: `/api/profiles/${profileId}/submit`,
    payload: { version: draftOf(saved.json<Profile>()).version },
  });
  expect(submitted.statusCode).toBe(200);
}

describe('a whole-mobilisation re-match, for readers', () => {
  // Each look reads every profile's lists through the API, which takes seconds on a busy machine.
  it('shows the complete old lists while it writes, and the complete new ones when it is done', async () => {
    await submitNewOffer(
      'Lillåkers kommun',
      'Vi kan låna ut lokaler på kvällar och helger till föreningar som arbetar med unga.',
    );
    const before = await snapshot();
    const seen: string[][] = [];
    // Small batches, so readers look in between many writes (only the pairs that changed are written).
    await rematchMobilisation(
      t.app.db,
      t.app.workers,
      mobilisationId,
      async () => {
        seen.push(await snapshot());
      },
      { batch: 20 },
    );
    expect(seen.length).toBeGreaterThan(3);
    for (const during of seen) expect(during).toEqual(before);
    const after = await snapshot();
    expect(after).not.toEqual(before);
    // The submission's own job, run now, finds nothing left to change.
    await t.app.jobs.drain();
    expect(await snapshot()).toEqual(after);
  }, 180_000);

  it('leaves the old lists readable when a run dies midway, and the next run completes them', async () => {
    await submitNewOffer(
      'Föreningen Ung Puls, Sundsvall',
      'Vi erbjuder handledning i att starta stödgrupper för unga med egen erfarenhet av psykisk ohälsa.',
    );
    const before = await snapshot();
    let reports = 0;
    const dying = rematchMobilisation(
      t.app.db,
      t.app.workers,
      mobilisationId,
      async () => {
        // As when the instance holding the job is killed after a few batches.
        if (++reports === 3) throw new Error('the instance was killed');
      },
      { batch: 20 },
    );
    await expect(dying).rejects.toThrow('the instance was killed');
    expect(await snapshot()).toEqual(before);

    // The job is retried (here: run again); what the dead run left behind does not leak into the lists.
    const run = await t.request({ method: 'POST', url: `/api/mobilisations/${mobilisationId}/match-runs` });
    expect(run.statusCode).toBe(202);
    await t.app.jobs.drain();
    const after = await snapshot();
    expect(after).not.toEqual(before);
    await t.request({ method: 'POST', url: `/api/mobilisations/${mobilisationId}/match-runs` });
    await t.app.jobs.drain();
    expect(await snapshot()).toEqual(after);
  }, 180_000);

  it('rewrites no stored pair when nothing changed, and only the changed ones when something did', async () => {
    const rows = async () =>
      new Map(
        (
          await t.app.db
            .selectFrom('matches')
            .select(['need_id', 'offer_id', 'computed_at', 'signature'])
            .where('mobilisation_id', '=', mobilisationId)
            .execute()
        ).map((r) => [`${r.need_id} ${r.offer_id}`, { at: r.computed_at.getTime(), signature: r.signature }]),
      );
    const rematch = async () => {
      let total = 0;
      await rematchMobilisation(t.app.db, t.app.workers, mobilisationId, async (_, all) => {
        total = all;
      });
      return total;
    };
    await rematch();
    const settled = await rows();
    expect([...settled.values()].every((r) => r.signature !== null)).toBe(true);
    expect(await rematch()).toBe(settled.size);
    // Not one row was written: every write sets the time it was computed.
    expect(await rows()).toEqual(settled);

    // A submission's re-match moves some ranks: every row it updates loses its signature (the trigger), so a
    // whole run cannot take it for unchanged, and the whole run then stores what a fresh one would.
    await submitNewOffer(
      'Lillåkers kommun',
      'Vi erbjuder utbildning i första hjälpen till psykisk hälsa (MHFA) för personal i skolan.',
    );
    await t.app.jobs.drain();
    const incremental = await rows();
    const cleared = [...incremental].filter(([, r]) => r.signature === null).map(([key]) => key);
    expect(cleared.length).toBeGreaterThan(0);
    for (const [key, r] of incremental) {
      if (settled.get(key)?.at !== r.at) expect(r.signature).toBeNull();
    }
    const lists = await snapshot();
    await rematch();
    expect(await snapshot()).toEqual(lists);
    const after = await rows();
    expect([...after.values()].every((r) => r.signature !== null)).toBe(true);
    // The rows the submission left alone were left alone by the whole run too.
    const untouched = [...after].filter(([key]) => incremental.get(key)?.signature && settled.has(key));
    expect(untouched.length).toBeGreaterThan(0);
    for (const [key, r] of untouched) expect(r).toEqual(settled.get(key));
  });

  it('ranks again when the stored lists are not the ones it made last, though its index did not change', async () => {
    const rematch = () => rematchMobilisation(t.app.db, t.app.workers, mobilisationId, async () => {});
    await rematch();
    const settled = await snapshot();
    // Another writer changed a stored pair and signed it as its own: the next run from the same index must not
    // take the stored lists for the ones it made.
    const pair = await t.app.db
      .selectFrom('matches')
      .select(['need_id', 'offer_id', 'signature'])
      .where('mobilisation_id', '=', mobilisationId)
      .where('need_rank', '=', 1)
      .limit(1)
      .executeTakeFirstOrThrow();
    await t.app.db
      .updateTable('matches')
      .set({ score: 0.01, signature: String(Number(pair.signature ?? 0) + 1) })
      .where('need_id', '=', pair.need_id)
      .where('offer_id', '=', pair.offer_id)
      .execute();
    expect(await snapshot()).not.toEqual(settled);
    await rematch();
    expect(await snapshot()).toEqual(settled);
  });

  it('is computed off the event loop that answers requests, in the matching worker thread', () => {
    const lanes = t.app.workers.report();
    expect(lanes.matching?.completed).toBeGreaterThan(0);
    expect(lanes.matching?.threadId).not.toBe(t.app.workers.mainThreadId);
    expect(lanes.map?.completed).toBeGreaterThan(0);
    expect(lanes.map?.threadId).not.toBe(t.app.workers.mainThreadId);
  });
});
