import { describe, expect, it } from 'vitest';
import {
  type CollaborationMap,
  decodeMapDocument,
  encodeMapDocument,
  mapDocumentReadSchema,
  mapDocumentSchema,
} from './map';

const node = (id: string, x: number) => ({
  id,
  profileId: id.replace(/^0/, '1'),
  name: `Organisation ${x}`,
  sector: 'kommun' as const,
  county: 'Uppsala län',
  status: 'submitted' as const,
  x,
  y: 10 - x,
  concepts: ['eval'],
  goals: ['G1'],
});
const ids = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
] as const;
const map: CollaborationMap = {
  mobilisationId: '20000000-0000-4000-8000-000000000000',
  computedAt: '2026-12-06T01:00:00.000Z',
  pending: false,
  nodes: ids.map((id, i) => node(id, i)),
  links: [
    { source: ids[0], target: ids[1], status: 'proposed', weight: 3, concepts: ['eval'], goals: ['G1'] },
    { source: ids[1], target: ids[2], status: 'mutual', weight: 1, concepts: [], goals: [] },
    { source: ids[0], target: ids[2], status: 'accepted', weight: 2, concepts: ['eval'], goals: ['G1'] },
  ],
  clusters: [
    {
      initiativeId: ids[2],
      title: 'Initiativ',
      status: 'pagaende',
      goals: [],
      organisationIds: [ids[0]],
    },
  ],
};

describe('the map document', () => {
  it('carries links as columns and decodes back to the same map, sharing lists between links', () => {
    const document = encodeMapDocument(map);
    expect(document.links.source).toEqual([0, 1, 0]);
    expect(document.tagSets).toEqual([['eval'], ['G1'], []]);
    expect(mapDocumentSchema.parse(document)).toEqual(document);
    const decoded = decodeMapDocument(mapDocumentReadSchema.parse(JSON.parse(JSON.stringify(document))));
    expect(decoded).toEqual(map);
    expect(decoded.links[0]?.concepts).toBe(decoded.links[2]?.concepts);
  });

  it('puts pending first, so the server can flip it in the stored JSON', () => {
    expect(JSON.stringify(encodeMapDocument(map)).startsWith('{"pending":false,')).toBe(true);
  });

  it('refuses columns that are not indexes, or that point nowhere', () => {
    const document = encodeMapDocument(map);
    const broken = { ...document, links: { ...document.links, target: [1, 2.5, 2] } };
    expect(mapDocumentReadSchema.safeParse(broken).success).toBe(false);
    const negative = { ...document, links: { ...document.links, status: [0, -1, 1] } };
    expect(mapDocumentReadSchema.safeParse(negative).success).toBe(false);
    const nowhere = { ...document, links: { ...document.links, target: [1, 9, 2] } };
    expect(() => decodeMapDocument(mapDocumentReadSchema.parse(nowhere))).toThrow(/points nowhere/);
    const short = { ...document, links: { ...document.links, weight: [1] } };
    expect(() => decodeMapDocument(mapDocumentReadSchema.parse(short))).toThrow(/differ in length/);
  });
});
