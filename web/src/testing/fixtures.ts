import type {
  Mobilisation,
  Organisation,
  OrganisationListItem,
  Profile,
  ProfileContent,
  ProfileStatus,
} from '@kraftsamling/shared';

/**
 * Responses as the API sends them, typed by the shared schemas, so a test's fake server cannot drift from the
 * contract without the type check noticing.
 */
export const mobilisationId = '5b7d2848-d93a-4265-9b55-a7aa19431eef';
export const profileId = '22f02f9f-a069-4280-813d-0cdaaf715979';
const at = '2026-11-25T09:27:58.512Z';

export function makeMobilisation(overrides: Partial<Mobilisation> = {}): Mobilisation {
  return {
    id: mobilisationId,
    slug: 'kraftsamling-psykisk-halsa',
    name: 'Kraftsamling för psykisk hälsa',
    description: 'Kommuner, regioner och civilsamhälle arbetar tillsammans för psykisk hälsa.',
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
        sv: 'Individer som är rustade att nå sin fulla potential',
        en: 'Individuals equipped to thrive',
      },
      {
        code: 'G3',
        sv: 'Hållbara stöd till de som behöver',
        en: 'Sustainable support for those who need it',
      },
    ],
    organisationCount: 3,
    publicAccess: 'profiles',
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function makeOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: 'ca9ee217-0eff-4f2f-88ba-a36fe65c40ba',
    name: 'Uppsala kommun',
    orgNumber: '212000-3005',
    sector: 'kommun',
    county: 'Uppsala län',
    municipality: 'Uppsala',
    website: 'https://www.uppsala.se',
    version: 1,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function makeListItem(
  organisation: Partial<Organisation> & { id: string; name: string },
  overrides: Partial<Omit<OrganisationListItem, 'organisation'>> = {},
): OrganisationListItem {
  return {
    organisation: makeOrganisation(organisation),
    profileId: crypto.randomUUID(),
    status: 'submitted',
    submittedAt: at,
    needCount: 2,
    offerCount: 1,
    projectCount: 1,
    ...overrides,
  };
}

export const emptyContent: ProfileContent = { goals: '', projects: [], needs: [], offers: [] };

export function makeContent(overrides: Partial<ProfileContent> = {}): ProfileContent {
  return {
    goals: 'Fler unga ska må bra och veta var de kan få stöd.',
    projects: [
      {
        id: '7b0e2559-a2ed-420a-8499-37c6e2cf876e',
        title: 'Ungdomsmottagning online',
        description: 'Chatt med kurator tre kvällar i veckan.',
        period: { start: '2024-01', end: '2026-12' },
        goals: ['G2'],
      },
    ],
    needs: [
      {
        id: '8347c134-a78e-4149-b63a-3292b9f99631',
        text: 'Vi behöver hjälp att utvärdera våra insatser för unga.',
        themes: ['utvärdering'],
        targetGroups: ['barn-och-unga'],
      },
    ],
    offers: [
      {
        id: 'aa5ab166-eec3-4f17-a362-64ed881b160d',
        text: 'Vi erbjuder utbildning i första hjälpen till psykisk hälsa.',
        themes: [],
        targetGroups: [],
      },
    ],
    ...overrides,
  };
}

/** A profile as its own organisation sees it: with the draft. */
export type ProfileWithDraft = Profile & { draft: NonNullable<Profile['draft']> };

export function makeProfile(
  options: { content?: ProfileContent; version?: number; status?: ProfileStatus; submitted?: boolean } = {},
): ProfileWithDraft {
  const content = options.content ?? emptyContent;
  const submitted = options.submitted ?? false;
  return {
    id: profileId,
    mobilisationId,
    organisation: makeOrganisation(),
    status: options.status ?? (submitted ? 'submitted' : 'draft'),
    draft: { content, version: options.version ?? 3, updatedAt: at },
    latest: submitted ? { number: 1, content, submittedAt: at } : null,
    revisionCount: submitted ? 1 : 0,
  };
}
