import { randomUUID } from 'node:crypto';
import type {
  CreateMobilisation,
  CreateOrganisation,
  JoinedOrganisation,
  Mobilisation,
  Profile,
  ProfileContentInput,
} from '@kraftsamling/shared';
import type { TestApp } from './app';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export function mobilisationInput(overrides: Partial<CreateMobilisation> = {}): CreateMobilisation {
  return {
    name: 'Kraftsamling för psykisk hälsa',
    slug: `kraftsamling-${unique()}`,
    description: 'En tvärsektoriell kraftsamling.',
    periodStart: '2019-01',
    periodEnd: '2030-12',
    goals: [
      {
        code: 'G1',
        sv: 'Ett mer hälsofrämjande samhälle och levnadssätt',
        en: 'A more health-promoting society',
      },
      {
        code: 'G2',
        sv: 'Individer som är rustade för att nå sin fulla potential',
        en: 'Individuals equipped',
      },
      { code: 'G3', sv: 'Hållbara stöd till de som behöver', en: 'Sustainable support' },
    ],
    ...overrides,
  };
}

export function organisationInput(overrides: Partial<CreateOrganisation> = {}): CreateOrganisation {
  return {
    name: `Föreningen Ung Puls ${unique()}`,
    sector: 'civilsamhalle',
    county: 'Västernorrlands län',
    municipality: 'Sundsvall',
    ...overrides,
  };
}

export async function createMobilisation(
  t: TestApp,
  overrides: Partial<CreateMobilisation> = {},
): Promise<Mobilisation> {
  const res = await t.request({
    method: 'POST',
    url: '/api/mobilisations',
    payload: mobilisationInput(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`create mobilisation: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function createOrganisation(
  t: TestApp,
  mobilisationId: string,
  overrides: Partial<CreateOrganisation> = {},
): Promise<JoinedOrganisation> {
  const res = await t.request({
    method: 'POST',
    url: `/api/mobilisations/${mobilisationId}/organisations`,
    payload: organisationInput(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`create organisation: ${res.statusCode} ${res.body}`);
  return res.json();
}

export function completeContent() {
  return {
    goals: 'Unga ska ha vuxna att prata med och platser att vara på.',
    projects: [
      {
        id: randomUUID(),
        title: 'Pulsen',
        description: 'Öppet hus för 13–18-åringar med en vuxen att prata med.',
        period: { start: '2024-01', end: '2026-12' },
        goals: ['G1'],
      },
    ],
    needs: [
      {
        id: randomUUID(),
        text: 'Hur vet vi att det vi gör funkar? Vi vill ha hjälp med uppföljning och att mäta resultat.',
        themes: ['utvärdering'],
        targetGroups: ['barn-och-unga'],
      },
    ],
    offers: [
      {
        id: randomUUID(),
        text: 'Vi hjälper till att sprida information om stöd och aktiviteter till unga via våra konton.',
        themes: [],
        targetGroups: [],
      },
    ],
  };
}

/** The draft of a profile read by someone allowed to see it. */
export function draftOf(profile: Profile): NonNullable<Profile['draft']> {
  if (!profile.draft) throw new Error('the draft is hidden from this reader');
  return profile.draft;
}

export async function getProfile(t: TestApp, profileId: string): Promise<Profile> {
  const res = await t.request({ method: 'GET', url: `/api/profiles/${profileId}` });
  if (res.statusCode !== 200) throw new Error(`get profile: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Saves a draft with the content given and submits it; returns the submitted profile. */
export async function submitContent(
  t: TestApp,
  profileId: string,
  content: ProfileContentInput | ReturnType<typeof completeContent>,
): Promise<Profile> {
  const current = await getProfile(t, profileId);
  const saved = await t.request({
    method: 'PUT',
    url: `/api/profiles/${profileId}/draft`,
    payload: { version: draftOf(current).version, content },
  });
  if (saved.statusCode !== 200) throw new Error(`save draft: ${saved.statusCode} ${saved.body}`);
  const submitted = await t.request({
    method: 'POST',
    url: `/api/profiles/${profileId}/submit`,
    payload: { version: draftOf(saved.json<Profile>()).version },
  });
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.statusCode} ${submitted.body}`);
  return submitted.json();
}

/** Saves a complete draft and submits it; returns the submitted profile. */
export function submitCompleteProfile(t: TestApp, profileId: string): Promise<Profile> {
  return submitContent(t, profileId, completeContent());
}

/** A profile with one need and one offer, submitted; the ids the client chose are returned. */
export async function submitNeedAndOffer(t: TestApp, profileId: string, need: string, offer: string) {
  const needId = randomUUID();
  const offerId = randomUUID();
  await submitContent(t, profileId, {
    goals: 'Att unga mår bra.',
    projects: [],
    needs: [{ id: needId, text: need, themes: [], targetGroups: [] }],
    offers: [{ id: offerId, text: offer, themes: [], targetGroups: [] }],
  });
  return { needId, offerId };
}
