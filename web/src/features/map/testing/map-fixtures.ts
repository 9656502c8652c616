import {
  type CollaborationMap,
  encodeMapDocument,
  type MapCluster,
  type MapLink,
  type MapNode,
  type SearchHit,
} from '@kraftsamling/shared';
import {
  makeMobilisation,
  makeSession,
  makeUser,
  mobilisationId,
  organisationId,
} from '../../../testing/fixtures';
import { type ApiCall, mockApi } from '../../../testing/mock-api';

/**
 * A small collaboration map as the API sends it: five organisations in three sectors, links of every status,
 * and one initiative. Ids are fixed so tests can name them.
 */
export const ids = {
  /** The organisation the test fixtures' member belongs to. */
  uppsala: organisationId,
  region: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0002',
  puls: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0003',
  forskning: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0004',
  eget: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0005',
  initiative: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0100',
} as const;

export const profileIdOf = (organisationId: string) =>
  `${organisationId.slice(0, -4)}9${organisationId.slice(-3)}`;

export function makeNode(overrides: Partial<MapNode> & Pick<MapNode, 'id' | 'name'>): MapNode {
  return {
    profileId: profileIdOf(overrides.id),
    sector: 'kommun',
    county: 'Uppsala län',
    status: 'submitted',
    x: 0,
    y: 0,
    concepts: [],
    goals: [],
    ...overrides,
  };
}

export function makeLink(overrides: Partial<MapLink> & Pick<MapLink, 'source' | 'target'>): MapLink {
  return { status: 'proposed', weight: 1, concepts: [], goals: [], ...overrides };
}

export const nodes: MapNode[] = [
  makeNode({
    id: ids.eget,
    name: 'Föreningen Eget Hem',
    sector: 'civilsamhalle',
    county: 'Skåne län',
    x: 4,
    y: 1,
    concepts: ['premises'],
    goals: ['G3'],
  }),
  makeNode({
    id: ids.puls,
    name: 'Föreningen Ung Puls',
    sector: 'civilsamhalle',
    county: 'Västernorrlands län',
    x: 2,
    y: 3,
    concepts: ['eval', 'peer-support'],
    goals: ['G2'],
  }),
  makeNode({
    id: ids.forskning,
    name: 'Institutet för följeforskning',
    sector: 'akademi',
    county: 'Uppsala län',
    x: -2,
    y: 2,
    concepts: ['eval'],
    goals: ['G2'],
  }),
  makeNode({
    id: ids.region,
    name: 'Region Uppsala',
    sector: 'region',
    county: 'Uppsala län',
    x: -1,
    y: -2,
    concepts: ['eval', 'premises'],
    goals: ['G1', 'G2'],
  }),
  makeNode({ id: ids.uppsala, name: 'Uppsala kommun', x: 0, y: 0, concepts: ['premises'], goals: ['G1'] }),
];

export const links: MapLink[] = [
  makeLink({
    source: ids.puls,
    target: ids.forskning,
    status: 'proposed',
    weight: 3,
    concepts: ['eval'],
    goals: ['G2'],
  }),
  makeLink({
    source: ids.region,
    target: ids.forskning,
    status: 'accepted',
    concepts: ['eval'],
    goals: ['G2'],
  }),
  makeLink({ source: ids.uppsala, target: ids.region, status: 'mutual', concepts: [], goals: [] }),
  makeLink({
    source: ids.uppsala,
    target: ids.eget,
    status: 'proposed',
    concepts: ['premises'],
    goals: ['G1'],
  }),
];

export const clusters: MapCluster[] = [
  {
    initiativeId: ids.initiative,
    title: 'Utvärdering av insatser för unga',
    status: 'pagaende',
    goals: ['G2'],
    organisationIds: [ids.puls, ids.forskning, ids.region],
  },
];

export function makeMap(overrides: Partial<CollaborationMap> = {}): CollaborationMap {
  return {
    mobilisationId,
    nodes,
    links,
    clusters,
    computedAt: '2026-11-25T09:27:58.512Z',
    pending: false,
    ...overrides,
  };
}

export const concepts = {
  items: [
    { id: 'eval', kind: 'supportType' as const, sv: 'utvärdering', en: 'evaluation' },
    { id: 'premises', kind: 'supportType' as const, sv: 'lokaler', en: 'premises' },
    { id: 'peer-support', kind: 'supportType' as const, sv: 'brukarmedverkan', en: 'user involvement' },
    { id: 'young', kind: 'targetGroup' as const, sv: 'unga', en: 'young people' },
  ],
};

export function makeHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    kind: 'offer',
    itemId: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0200',
    profileId: profileIdOf(ids.forskning),
    organisation: {
      id: ids.forskning,
      name: 'Institutet för följeforskning',
      sector: 'akademi',
      county: 'Uppsala län',
    },
    highlight: 'Vi erbjuder följeforskning och \u0002utvärdering\u0003 av insatser för unga.',
    rank: 0.6,
    ...overrides,
  };
}

type Route = Parameters<typeof mockApi>[0][number];

/**
 * The API as the map, its list and the partner search see it: the mobilisation, the map, concept names and the
 * session (signed out unless `signedIn`). Routes given first win.
 */
export function mapServer(options: { routes?: Route[]; signedIn?: boolean; map?: CollaborationMap } = {}) {
  const map = options.map ?? makeMap();
  return mockApi([
    ...(options.routes ?? []),
    ...(options.signedIn
      ? [{ method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('member')) }) }]
      : []),
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: makeMobilisation() }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    // As the API sends it: the document with links as columns.
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/map`,
      reply: () => ({ body: encodeMapDocument(map) }),
    },
    { method: 'GET', path: '/concepts', reply: () => ({ body: concepts }) },
    {
      method: 'GET',
      path: /^\/organisations\/[^/]+\/interests$/,
      reply: () => ({ body: { sent: [], received: [] } }),
    },
  ]);
}

export type { ApiCall };
