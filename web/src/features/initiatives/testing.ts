import type { Initiative, InitiativeHistory } from '@kraftsamling/shared';

/** Initiatives as the API sends them (typed by the shared schema), for component tests. */
const at = '2026-11-25T09:27:58.512Z';
export const fixtureMobilisationId = '5b7d2848-d93a-4265-9b55-a7aa19431eef';

export const organisations = {
  uppsala: {
    id: 'ca9ee217-0eff-4f2f-88ba-a36fe65c40ba',
    name: 'Uppsala kommun',
    sector: 'kommun',
    county: 'Uppsala län',
  },
  region: {
    id: '7315565b-058f-41a5-bead-bbb607e76309',
    name: 'Region Västernorrland',
    sector: 'region',
    county: 'Västernorrlands län',
  },
  universitet: {
    id: 'bfe50943-0ddf-4dba-960c-70970ba48050',
    name: 'Mittuniversitetet',
    sector: 'akademi',
    county: 'Västernorrlands län',
  },
} as const satisfies Record<string, Initiative['participants'][number]['organisation']>;

export function makeInitiative(overrides: Partial<Initiative> = {}): Initiative {
  return {
    id: '3f0d2a64-7f43-4a53-a1d5-4d3c1f0b9a11',
    mobilisationId: fixtureMobilisationId,
    title: 'Utvärdering, följeforskning och effektmätning',
    description:
      '3 behov och 2 erbjudanden från 3 organisationer gäller utvärdering. Föreslaget av plattformen.',
    status: 'forslag',
    state: 'proposed',
    goals: ['G2'],
    period: { start: null, end: null },
    lead: organisations.universitet,
    participants: [
      { organisation: organisations.universitet, endorsement: 'inbjuden', lead: true },
      { organisation: organisations.region, endorsement: 'inbjuden', lead: false },
      { organisation: organisations.uppsala, endorsement: 'forankrad', lead: false },
    ],
    links: {
      needs: [
        {
          id: '8347c134-a78e-4149-b63a-3292b9f99631',
          text: 'Vi behöver hjälp att utvärdera våra insatser för unga.',
          organisation: organisations.uppsala,
          withdrawn: false,
          state: 'open',
          metHere: false,
          profileId: '37517f92-da24-4370-92b5-79bce84bea41',
        },
      ],
      offers: [
        {
          id: 'aa5ab166-eec3-4f17-a362-64ed881b160d',
          text: 'Vi erbjuder följeforskning och effektmätning av insatser.',
          organisation: organisations.universitet,
          withdrawn: false,
          state: 'open',
          metHere: false,
          profileId: '5b0e5b0a-3f7c-4b8e-9a51-2f0c6d9e1a77',
        },
      ],
      projects: [
        {
          id: '7b0e2559-a2ed-420a-8499-37c6e2cf876e',
          text: 'Ungdomsmottagning online',
          organisation: organisations.region,
          withdrawn: false,
          state: 'open',
          metHere: false,
          profileId: '9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
          goal: 'G2',
        },
      ],
    },
    generatedText: null,
    proposalReasons: [
      {
        kind: 'concept',
        sv: 'behov och erbjudanden som gäller utvärdering',
        en: 'needs and offers that concern evaluation',
      },
      {
        kind: 'matches',
        sv: '1 godkänd och 2 föreslagna matchningar',
        en: '1 accepted and 2 proposed matches',
      },
    ],
    mergedInto: null,
    version: 4,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function makeHistory(initiative: Initiative): InitiativeHistory {
  const before = { ...initiative, status: 'forslag' as const, version: initiative.version - 1 };
  return {
    items: [
      {
        version: initiative.version,
        action: 'updated',
        changedBy: 'Sara Samordnare',
        changedAt: '2026-11-26T10:00:00.000Z',
        snapshot: { ...initiative, status: 'beslutad' },
      },
      {
        version: before.version,
        action: 'proposed',
        changedBy: 'Kraftsamling',
        changedAt: at,
        snapshot: before,
      },
    ],
  };
}
