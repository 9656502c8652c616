import type { Overview } from '@kraftsamling/shared';

/** An overview as the API sends it (typed by the shared schema), for component tests. */
export function makeOverview(overrides: Partial<Overview> = {}): Overview {
  return {
    profiles: { total: 60, submitted: 52, changed: 3, draft: 4, empty: 1 },
    needs: {
      total: 126,
      unmet: 2,
      unmetItems: [
        {
          id: 'e6d6f82e-9710-5e58-a76c-81e68971fc85',
          text: 'Hjälp att hålla ordning på ekonomin och rapportera till samfundet.',
          profileId: '37517f92-da24-4370-92b5-79bce84bea41',
          organisation: {
            id: '59e45561-f737-4d7f-bd3f-ab5fa8b21872',
            name: 'Baptistförsamlingen Källsprånget, Västerås',
            sector: 'trossamfund',
            county: 'Västmanlands län',
          },
        },
      ],
    },
    offers: { total: 104, unused: 0, unusedItems: [] },
    matches: { suggested: 358, accepted: 12, rejected: 3 },
    closed: {
      needsMet: 12,
      needsMetThroughInitiatives: 3,
      needsWithdrawn: 0,
      offersUsed: 0,
      offersWithdrawn: 0,
      expired: 0,
    },
    initiatives: {
      total: 7,
      proposed: 23,
      byStatus: [
        { status: 'forslag', count: 2 },
        { status: 'forankring', count: 1 },
        { status: 'beslutad', count: 3 },
        { status: 'pagaende', count: 1 },
        { status: 'avslutad', count: 0 },
      ],
      byGoal: [
        { goal: 'G1', count: 4 },
        { goal: 'G2', count: 3 },
      ],
    },
    ...overrides,
  };
}
