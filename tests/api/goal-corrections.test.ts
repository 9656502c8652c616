import { randomUUID } from 'node:crypto';
import type { Initiative, InitiativeSummary, Profile, SupportKindInput } from '@kraftsamling/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';
import { createMobilisation, createOrganisation, draftOf, getProfile } from '../support/fixtures';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

// A mobilisation in another field than the template's: its own goals and kinds of support.
const goals = [
  { code: 'T1', sv: 'Trygga kvällar för unga i stadsdelen', en: 'Safe evenings for young people' },
  { code: 'T2', sv: 'Fler invånare delaktiga i hur området utvecklas', en: 'More residents taking part' },
];
const kinds: SupportKindInput[] = [
  {
    id: 'evenings',
    sv: 'Kvällskvarter',
    en: 'Evening blocks',
    terms: { sv: { core: ['kvällskvarter*'], related: [], hint: [] } },
  },
  { id: 'dialogue', sv: 'Medborgardialog', en: 'Citizen dialogue' },
];

type Item = { text: string };
type Project = { title: string; description: string };

async function submitted(
  mobilisationId: string,
  content: { needs?: Item[]; offers?: Item[]; projects?: Project[] },
) {
  const { profileId, organisation } = await createOrganisation(t, mobilisationId);
  const profile = await getProfile(t, profileId);
  const item = (i: Item) => ({ id: randomUUID(), text: i.text, themes: [], targetGroups: [] });
  const saved = await t.request({
    method: 'PUT',
    url: `/api/profiles/${profileId}/draft`,
    payload: {
      version: draftOf(profile).version,
      content: {
        goals: 'Fler unga ute på kvällarna med vuxna omkring sig.',
        needs: (content.needs ?? []).map(item),
        offers: (content.offers ?? []).map(item),
        projects: (content.projects ?? []).map((p) => ({
          id: randomUUID(),
          ...p,
          period: { start: null, end: null },
          goals: [],
        })),
      },
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const res = await t.request({
    method: 'POST',
    url: `/api/profiles/${profileId}/submit`,
    payload: { version: draftOf(saved.json<Profile>()).version },
  });
  expect(res.statusCode, res.body).toBe(200);
  return { profileId, organisationId: organisation.id };
}

describe("initiatives in a mobilisation's own field", () => {
  let m: string;
  let initiative: Initiative;

  beforeAll(async () => {
    m = (await createMobilisation(t, { goals })).id;
    const put = await t.request({
      method: 'PUT',
      url: `/api/mobilisations/${m}/kinds`,
      payload: { version: 0, kinds },
    });
    expect(put.statusCode, put.body).toBe(200);
    await submitted(m, {
      needs: [{ text: 'Vi behöver hjälp att starta kvällskvarter för unga i Norra.' }],
      projects: [
        {
          title: 'Kvällskvarter i Norra',
          description: 'Vi öppnar kvällskvarter på fredagar med vuxna från föreningarna.',
        },
      ],
    });
    await submitted(m, { needs: [{ text: 'Vi vill ha kvällskvarter i Södra, men saknar folk.' }] });
    await submitted(m, { offers: [{ text: 'Vi erbjuder ledare till kvällskvarter för ungdomar.' }] });
    await t.request({ method: 'POST', url: `/api/mobilisations/${m}/match-runs` });
    await t.app.jobs.drain();
  });

  it('are proposed under the kinds its coordinators named, with their projects', async () => {
    const run = await t.request({ method: 'POST', url: `/api/mobilisations/${m}/initiative-proposals` });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json()).toMatchObject({ created: 1, projectsLinked: 1 });
    const list = await t.request({
      method: 'GET',
      url: `/api/mobilisations/${m}/initiatives?state=proposed`,
    });
    const [proposal] = list.json<{ items: InitiativeSummary[] }>().items;
    expect(proposal?.title).toBe('Kvällskvarter');
    expect(proposal?.proposalReasons.find((r) => r.kind === 'concept')?.sv).toBe(
      'behov och erbjudanden som gäller kvällskvarter',
    );
    initiative = (
      await t.request({ method: 'GET', url: `/api/initiatives/${proposal?.id}` })
    ).json<Initiative>();
    expect(initiative.links.needs).toHaveLength(2);
    expect(initiative.links.projects.map((p) => p.text)).toEqual(['Kvällskvarter i Norra']);
    expect(initiative.links.projects[0]?.goal).toBe('T1');
  });

  it("lets a coordinator set a project's goal over the engine's link, and take it back", async () => {
    const project = initiative.links.projects[0];
    if (!project) throw new Error('no project');
    const url = `/api/mobilisations/${m}/projects/${project.id}/goal`;
    const coordinator = await t.createActor([{ mobilisationId: m, role: 'coordinator' }]);
    const member = await t.createActor([
      { mobilisationId: m, role: 'member', organisationId: project.organisation.id },
    ]);
    const goalShown = async () =>
      (
        await t.request({ method: 'GET', url: `/api/initiatives/${initiative.id}` }, coordinator)
      ).json<Initiative>().links.projects[0]?.goal;

    expect((await t.request({ method: 'PUT', url, payload: { goal: 'T2' } }, member)).statusCode).toBe(403);
    expect((await t.request({ method: 'PUT', url, payload: { goal: 'T2' } }, null)).statusCode).toBe(401);
    const unknown = await t.request({ method: 'PUT', url, payload: { goal: 'T9' } }, coordinator);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual([
      expect.objectContaining({ path: 'body.goal', code: 'unknown_goal' }),
    ]);
    const elsewhere = await t.request(
      {
        method: 'PUT',
        url: `/api/mobilisations/${m}/projects/${randomUUID()}/goal`,
        payload: { goal: 'T2' },
      },
      coordinator,
    );
    expect(elsewhere.statusCode).toBe(404);
    expect(await goalShown()).toBe('T1');

    const set = await t.request({ method: 'PUT', url, payload: { goal: 'T2' } }, coordinator);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ projectId: project.id, goal: 'T2' });
    expect(await goalShown()).toBe('T2');
    // Linking again learns from it and keeps it.
    await t.request({ method: 'POST', url: `/api/mobilisations/${m}/initiative-proposals` }, coordinator);
    const link = await t.app.db
      .selectFrom('project_goal_links')
      .select('goal_code')
      .where('project_id', '=', project.id)
      .executeTakeFirst();
    expect(link?.goal_code).toBe('T2');
    const audit = await t.app.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('entity_id', '=', project.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['project.goal_corrected']);

    const back = await t.request({ method: 'DELETE', url }, coordinator);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toEqual({ projectId: project.id, goal: null });
    await t.request({ method: 'POST', url: `/api/mobilisations/${m}/initiative-proposals` }, coordinator);
    expect(await goalShown()).toBe('T1');
  });
});
