import type {
  AuditEvent,
  CurrentUser,
  Invitation,
  ItemMatch,
  MatchRun,
  Member,
  Membership,
  Mobilisation,
  Notification,
  Organisation,
  OrganisationListItem,
  Profile,
  ProfileContent,
  ProfileMatches,
  ProfileStatus,
  Session,
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
        retired: false,
      },
      {
        code: 'G2',
        sv: 'Individer som är rustade att nå sin fulla potential',
        en: 'Individuals equipped to thrive',
        retired: false,
      },
      {
        code: 'G3',
        sv: 'Hållbara stöd till de som behöver',
        en: 'Sustainable support for those who need it',
        retired: false,
      },
    ],
    organisationCount: 3,
    publicAccess: 'profiles',
    currencyMonths: 12,
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
        supportKind: null,
      },
    ],
    offers: [
      {
        id: 'aa5ab166-eec3-4f17-a362-64ed881b160d',
        text: 'Vi erbjuder utbildning i första hjälpen till psykisk hälsa.',
        themes: [],
        targetGroups: [],
        supportKind: null,
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
    closedItems: [],
  };
}

export const organisationId = 'ca9ee217-0eff-4f2f-88ba-a36fe65c40ba';

/** The demo accounts' roles, one per kind of person the app treats differently. */
export type Persona = 'admin' | 'coordinator' | 'member' | 'participant' | 'platformAdmin' | 'outsider';

const personaNames: Record<Persona, string> = {
  admin: 'Ada Administratör',
  coordinator: 'Sara Samordnare',
  member: 'Maja Medlem',
  participant: 'Dan Deltagare',
  platformAdmin: 'Pia Plattform',
  outsider: 'Olle Utomstående',
};

export function makeMembership(overrides: Partial<Membership> = {}): Membership {
  return {
    id: crypto.randomUUID(),
    mobilisationId,
    role: 'participant',
    organisationId: null,
    organisationName: null,
    profileId: null,
    ...overrides,
  };
}

export function makeUser(persona: Persona = 'member', overrides: Partial<CurrentUser> = {}): CurrentUser {
  const memberships: Membership[] =
    persona === 'member'
      ? [makeMembership({ role: 'member', organisationId, organisationName: 'Uppsala kommun', profileId })]
      : persona === 'platformAdmin' || persona === 'outsider'
        ? []
        : [makeMembership({ role: persona })];
  return {
    id: '0b5b7c5e-2d6f-4b43-9d57-3c1b0e4a9f10',
    email: `${persona.toLowerCase()}@exempel.se`,
    name: personaNames[persona],
    platformAdmin: persona === 'platformAdmin',
    memberships,
    ...overrides,
  };
}

export function makeSession(user: CurrentUser | null): Session {
  return { user, csrfToken: user ? 'csrf-token-for-tests-0123456789' : null };
}

export function makeMatch(overrides: Partial<ItemMatch> = {}): ItemMatch {
  return {
    counterpart: {
      itemId: crypto.randomUUID(),
      text: 'Vi erbjuder följeforskning och effektmätning av insatser.',
      profileId: '9840411d-4506-424c-b83c-883085741811',
      organisation: {
        id: 'bfe50943-0ddf-4dba-960c-70970ba48050',
        name: 'Mittuniversitetet',
        sector: 'akademi',
        county: 'Västernorrlands län',
      },
    },
    score: 0.87,
    suggested: true,
    reasons: [
      {
        kind: 'concept',
        sv: 'båda gäller utvärdering (behov: ”utvärdera”; erbjudande: ”följeforskning”)',
        en: 'both concern evaluation (need: "utvärdera"; offer: "följeforskning")',
      },
      {
        kind: 'targetGroup',
        sv: 'båda riktar sig till barn och unga',
        en: 'both are for children and young people',
      },
    ],
    ...overrides,
  };
}

export function makeProfileMatches(overrides: Partial<ProfileMatches> = {}): ProfileMatches {
  return {
    engineVersion: '1.0.0+vocab.99714337',
    computedAt: at,
    pending: false,
    needs: [
      {
        itemId: '8347c134-a78e-4149-b63a-3292b9f99631',
        text: 'Vi behöver hjälp att utvärdera våra insatser för unga.',
        matches: [
          makeMatch(),
          makeMatch({
            counterpart: {
              itemId: crypto.randomUUID(),
              text: 'Vi kan ge råd om enkäter.',
              profileId: '49dfbcd7-e788-465e-821d-3004e20b5508',
              organisation: {
                id: '7315565b-058f-41a5-bead-bbb607e76309',
                name: 'Region Västernorrland',
                sector: 'region',
                county: 'Västernorrlands län',
              },
            },
            score: 0.41,
            suggested: false,
            reasons: [{ kind: 'county', sv: 'samma län', en: 'same county' }],
          }),
        ],
      },
    ],
    offers: [
      {
        itemId: 'aa5ab166-eec3-4f17-a362-64ed881b160d',
        text: 'Vi erbjuder utbildning i första hjälpen till psykisk hälsa.',
        matches: [],
      },
    ],
    ...overrides,
  };
}

export function makeRun(overrides: Partial<MatchRun> = {}): MatchRun {
  return {
    jobId: '0d3c7280-47cc-4c7c-b8ee-c34b6b7f596f',
    status: 'done',
    progress: 230,
    total: 230,
    error: null,
    createdAt: at,
    startedAt: at,
    finishedAt: at,
    ...overrides,
  };
}

export function makeMember(overrides: Partial<Member> = {}): Member {
  return {
    membershipId: crypto.randomUUID(),
    userId: crypto.randomUUID(),
    name: 'Maja Medlem',
    email: 'maja@exempel.se',
    role: 'member',
    organisationId,
    organisationName: 'Uppsala kommun',
    createdAt: at,
    ...overrides,
  };
}

export function makeInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: crypto.randomUUID(),
    email: 'kontakt@forening.se',
    name: 'Kim Kontakt',
    role: 'member',
    organisationId,
    organisationName: 'Uppsala kommun',
    invitedBy: 'Sara Samordnare',
    status: 'pending',
    createdAt: at,
    expiresAt: '2026-12-09T09:27:58.512Z',
    ...overrides,
  };
}

export function makeAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: 1,
    action: 'profile.submitted',
    entityType: 'profile',
    entityId: profileId,
    entityName: 'Uppsala kommun',
    profileId,
    actorName: 'Maja Medlem',
    details: { revision: 2 },
    createdAt: at,
    ...overrides,
  };
}

/** "Mittuniversitetet är intresserade av er organisation", as the notice reaches a member of Uppsala kommun. */
type InterestNotification = Extract<Notification, { kind: 'interest.received' }>;
type InitiativeNotification = Extract<
  Notification,
  { kind: 'initiative.added' | 'initiative.endorsement_requested' }
>;

export function makeNotification(
  overrides: Partial<Omit<InterestNotification, 'payload' | 'kind'>> = {},
  payload: Partial<InterestNotification['payload']> = {},
): InterestNotification {
  return {
    id: crypto.randomUUID(),
    kind: 'interest.received',
    createdAt: at,
    readAt: null,
    ...overrides,
    payload: {
      interestId: crypto.randomUUID(),
      mobilisationId,
      fromOrganisationId: 'bfe50943-0ddf-4dba-960c-70970ba48050',
      fromOrganisationName: 'Mittuniversitetet',
      fromProfileId: '9840411d-4506-424c-b83c-883085741811',
      toProfileId: profileId,
      message: 'Vi forskar på utvärdering och vill gärna hjälpa er.',
      mutual: false,
      ...payload,
    },
  };
}

/** Uppsala kommun was added to an initiative the platform proposed, as a member of it is told. */
export function makeInitiativeNotification(
  kind: InitiativeNotification['kind'],
  payload: Partial<InitiativeNotification['payload']> = {},
): InitiativeNotification {
  return {
    id: crypto.randomUUID(),
    kind,
    createdAt: at,
    readAt: null,
    payload: {
      initiativeId: '3f0d2a64-7f43-4a53-a1d5-4d3c1f0b9a11',
      mobilisationId,
      organisationId,
      organisationName: 'Uppsala kommun',
      title: 'Utvärdering, följeforskning och effektmätning',
      generatedTitle: {
        sv: 'Utvärdering, följeforskning och effektmätning',
        en: 'Evaluation, follow-up research and impact measurement',
      },
      ...payload,
    },
  };
}
