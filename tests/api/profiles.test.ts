import { randomUUID } from 'node:crypto';
import type { Profile, Revision, RevisionList } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import {
  completeContent,
  createMobilisation,
  createOrganisation,
  draftOf,
  getProfile,
  submitCompleteProfile,
} from '../support/fixtures';

let t: TestApp;
let mobilisationId: string;
beforeAll(async () => {
  t = await createTestApp();
  mobilisationId = (await createMobilisation(t)).id;
});
afterAll(async () => {
  await t.close();
});

async function newProfile(): Promise<Profile> {
  const { profileId } = await createOrganisation(t, mobilisationId);
  return getProfile(t, profileId);
}

const saveDraft = (profileId: string, version: number, content: unknown) =>
  t.request({ method: 'PUT', url: `/api/profiles/${profileId}/draft`, payload: { version, content } });

describe('profile drafts', () => {
  it('keeps a half-written draft exactly as typed', async () => {
    const profile = await newProfile();
    const content = { goals: 'Vi vill', projects: [], needs: [{ id: randomUUID(), text: '' }], offers: [] };
    const res = await saveDraft(profile.id, draftOf(profile).version, content);
    expect(res.statusCode).toBe(200);
    const saved = res.json<Profile>();
    expect(saved.status).toBe('draft');
    expect(draftOf(saved).version).toBe(draftOf(profile).version + 1);
    expect(draftOf(saved).content.needs).toEqual([
      { ...content.needs[0], themes: [], targetGroups: [], supportKind: null },
    ]);
  });

  it('refuses a save based on an old version and keeps what was stored', async () => {
    const profile = await newProfile();
    const first = await saveDraft(profile.id, draftOf(profile).version, {
      ...completeContent(),
      goals: 'Första',
    });
    expect(first.statusCode).toBe(200);
    const stale = await saveDraft(profile.id, draftOf(profile).version, {
      ...completeContent(),
      goals: 'Andra',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'VERSION_CONFLICT', currentVersion: draftOf(first.json<Profile>()).version },
    });
    expect(draftOf(await getProfile(t, profile.id)).content.goals).toBe('Första');
  });

  it('keeps the version when the same content is saved again', async () => {
    const profile = await newProfile();
    const content = completeContent();
    const first = (await saveDraft(profile.id, draftOf(profile).version, content)).json<Profile>();
    const again = await saveDraft(profile.id, draftOf(first).version, content);
    expect(again.statusCode).toBe(200);
    expect(draftOf(again.json<Profile>()).version).toBe(draftOf(first).version);
  });

  it("refuses item ids that belong to another organisation's profile", async () => {
    const owner = await submitCompleteProfile(t, (await newProfile()).id);
    const thief = await newProfile();
    const stolenId = draftOf(owner).content.needs[0]?.id as string;
    const res = await saveDraft(thief.id, draftOf(thief).version, {
      ...completeContent(),
      needs: [{ id: stolenId, text: 'Något annat', themes: [], targetGroups: [] }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'body.content.needs.0.id' }),
    );
    expect((await getProfile(t, owner.id)).latest?.content.needs[0]?.text).toBe(
      owner.latest?.content.needs[0]?.text,
    );
  });
});

describe('submitting profiles', () => {
  it('submits the draft as revision 1 and lists it in the history', async () => {
    const profile = await newProfile();
    const submitted = await submitCompleteProfile(t, profile.id);
    expect(submitted.status).toBe('submitted');
    expect(submitted.revisionCount).toBe(1);
    expect(submitted.latest?.number).toBe(1);
    expect(submitted.latest?.content).toEqual(draftOf(submitted).content);

    const list = await t.request({ method: 'GET', url: `/api/profiles/${profile.id}/revisions` });
    expect(list.json<RevisionList>().items).toEqual([
      expect.objectContaining({ number: 1, projectCount: 1, needCount: 1, offerCount: 1 }),
    ]);
  });

  it('keeps every submitted revision and marks a profile edited after submission as changed', async () => {
    const first = await submitCompleteProfile(t, (await newProfile()).id);
    const edited = { ...draftOf(first).content, goals: 'Nya mål för 2027' };
    const saved = (await saveDraft(first.id, draftOf(first).version, edited)).json<Profile>();
    expect(saved.status).toBe('changed');
    expect(saved.latest?.content.goals).toBe(draftOf(first).content.goals);

    const second = await t.request({
      method: 'POST',
      url: `/api/profiles/${first.id}/submit`,
      payload: { version: draftOf(saved).version },
    });
    expect(second.json<Profile>()).toMatchObject({
      status: 'submitted',
      revisionCount: 2,
      latest: { number: 2 },
    });

    const one = await t.request({ method: 'GET', url: `/api/profiles/${first.id}/revisions/1` });
    expect(one.json<Revision>().content.goals).toBe(draftOf(first).content.goals);
    const two = await t.request({ method: 'GET', url: `/api/profiles/${first.id}/revisions/2` });
    expect(two.json<Revision>().content.goals).toBe('Nya mål för 2027');
    const missing = await t.request({ method: 'GET', url: `/api/profiles/${first.id}/revisions/3` });
    expect(missing.statusCode).toBe(404);
  });

  it('does not create a new revision when an unchanged profile is submitted again', async () => {
    const submitted = await submitCompleteProfile(t, (await newProfile()).id);
    const again = await t.request({
      method: 'POST',
      url: `/api/profiles/${submitted.id}/submit`,
      payload: { version: draftOf(submitted).version },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<Profile>().revisionCount).toBe(1);
  });

  it('refuses to submit an incomplete draft and says which fields are missing', async () => {
    const profile = await newProfile();
    const saved = (
      await saveDraft(profile.id, draftOf(profile).version, {
        goals: '',
        projects: [],
        needs: [{ id: randomUUID(), text: '' }],
        offers: [],
      })
    ).json<Profile>();
    const res = await t.request({
      method: 'POST',
      url: `/api/profiles/${profile.id}/submit`,
      payload: { version: draftOf(saved).version },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['draft.goals', 'draft.needs.0.text']));
    expect((await getProfile(t, profile.id)).revisionCount).toBe(0);
  });

  it('refuses projects that name a goal the mobilisation does not have', async () => {
    const profile = await newProfile();
    const content = completeContent();
    const withUnknownGoal = { ...content, projects: [{ ...content.projects[0], goals: ['G9'] }] };
    const saved = (await saveDraft(profile.id, draftOf(profile).version, withUnknownGoal)).json<Profile>();
    const res = await t.request({
      method: 'POST',
      url: `/api/profiles/${profile.id}/submit`,
      payload: { version: draftOf(saved).version },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ path: 'draft.projects.0.goals', code: 'unknown_goal' }),
    ]);
  });

  it('refuses a submit based on an old version', async () => {
    const profile = await newProfile();
    const saved = (await saveDraft(profile.id, draftOf(profile).version, completeContent())).json<Profile>();
    await saveDraft(profile.id, draftOf(saved).version, { ...completeContent(), goals: 'Senare ändring' });
    const res = await t.request({
      method: 'POST',
      url: `/api/profiles/${profile.id}/submit`,
      payload: { version: draftOf(saved).version },
    });
    expect(res.statusCode).toBe(409);
    expect((await getProfile(t, profile.id)).revisionCount).toBe(0);
  });
});
