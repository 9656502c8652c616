import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { initiativeStatusSchema } from './initiatives';
import { countySchema, profileStatusSchema, sectorSchema } from './organisation';

export const linkStatuses = ['proposed', 'accepted', 'mutual'] as const;
export const linkStatusSchema = z.enum(linkStatuses);
export type LinkStatus = z.infer<typeof linkStatusSchema>;

export const mapNodeSchema = z.object({
  /** The organisation's id. */
  id: idSchema,
  profileId: idSchema,
  name: z.string(),
  sector: sectorSchema,
  county: z.string(),
  status: profileStatusSchema,
  x: z.number(),
  y: z.number(),
  /** Support types its needs and offers concern. */
  concepts: z.array(z.string()),
  /** Overall goals its projects, needs and offers serve. */
  goals: z.array(z.string()),
});
export type MapNode = z.infer<typeof mapNodeSchema>;

export const mapLinkSchema = z.object({
  source: idSchema,
  target: idSchema,
  /** proposed: the engine suggests it; accepted: a coordinator accepted a match; mutual: both said "vi är intresserade". */
  status: linkStatusSchema,
  /** How many need–offer pairs (or interests) lie behind the link. */
  weight: z.number().int(),
  concepts: z.array(z.string()),
  goals: z.array(z.string()),
});
export type MapLink = z.infer<typeof mapLinkSchema>;

export const mapClusterSchema = z.object({
  initiativeId: idSchema,
  title: z.string(),
  status: initiativeStatusSchema,
  goals: z.array(z.string()),
  organisationIds: z.array(idSchema),
});
export type MapCluster = z.infer<typeof mapClusterSchema>;

export const collaborationMapSchema = z.object({
  mobilisationId: idSchema,
  nodes: z.array(mapNodeSchema),
  links: z.array(mapLinkSchema),
  clusters: z.array(mapClusterSchema),
  /** When positions and links were last computed; null before the first computation. */
  computedAt: timestampSchema.nullable(),
  /** A recomputation is queued or running. */
  pending: z.boolean(),
});
export type CollaborationMap = z.infer<typeof collaborationMapSchema>;

/**
 * The map as it travels (decision 021): one document per layout, stored compressed and sent with an ETag.
 * Organisations and initiatives as objects; links, which are tens of thousands, as columns of numbers —
 * `source` and `target` index `nodes`, `status` indexes `linkStatuses`, `concepts` and `goals` index
 * `tagSets` (the distinct lists of concepts or goals, shared by many links). About a tenth of the size of
 * link objects, and parsed much faster; `decodeMapDocument` turns it back into a `CollaborationMap`.
 * `pending` comes first, so that the server can flip it without re-encoding the rest.
 */
export const mapDocumentSchema = z.object({
  pending: z.boolean(),
  mobilisationId: idSchema,
  computedAt: timestampSchema.nullable(),
  nodes: z.array(mapNodeSchema),
  links: z.object({
    source: z.array(z.number().int().nonnegative()),
    target: z.array(z.number().int().nonnegative()),
    status: z.array(z.number().int().nonnegative()),
    weight: z.array(z.number().int()),
    concepts: z.array(z.number().int().nonnegative()),
    goals: z.array(z.number().int().nonnegative()),
  }),
  tagSets: z.array(z.array(z.string())),
  clusters: z.array(mapClusterSchema),
});
export type MapDocument = z.infer<typeof mapDocumentSchema>;

/** A column of the document: non-negative integers, checked in one plain loop. */
const isIndexColumn = (value: unknown): value is number[] => {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!Number.isInteger(item) || item < 0) return false;
  return true;
};
const indexColumn = z.custom<number[]>(isIndexColumn, 'an array of non-negative integers');

/**
 * The same document as the browser checks it: the columns with one plain loop each instead of a schema per
 * number, which took over a second for 45,000 links on a busy machine. `decodeMapDocument` checks that the
 * indexes point somewhere. (Not used for the OpenAPI document: a custom check has no JSON Schema.)
 */
export const mapDocumentReadSchema = mapDocumentSchema.extend({
  links: z.object({
    source: indexColumn,
    target: indexColumn,
    status: indexColumn,
    weight: indexColumn,
    concepts: indexColumn,
    goals: indexColumn,
  }),
});

/**
 * A map document's link columns, filled one link at a time: each distinct list of concepts or goals is kept
 * once in `tagSets`, found by `keyOf` and read by `tagsOf` only when first seen (the server gets them as JSON
 * texts, a built map as arrays).
 */
export function mapLinkColumns<T>(keyOf: (tags: T) => string, tagsOf: (tags: T) => string[]) {
  const links: MapDocument['links'] = {
    source: [],
    target: [],
    status: [],
    weight: [],
    concepts: [],
    goals: [],
  };
  const tagSets: string[][] = [];
  const tagIndex = new Map<string, number>();
  const tagSet = (tags: T) => {
    const key = keyOf(tags);
    let i = tagIndex.get(key);
    if (i === undefined) {
      i = tagSets.length;
      tagSets.push(tagsOf(tags));
      tagIndex.set(key, i);
    }
    return i;
  };
  const add = (
    source: number,
    target: number,
    link: { status: LinkStatus; weight: number; concepts: T; goals: T },
  ) => {
    links.source.push(source);
    links.target.push(target);
    links.status.push(linkStatuses.indexOf(link.status));
    links.weight.push(link.weight);
    links.concepts.push(tagSet(link.concepts));
    links.goals.push(tagSet(link.goals));
  };
  return { links, tagSets, add };
}

/** The document for a map (links whose ends are not on it are left out). */
export function encodeMapDocument(map: CollaborationMap): MapDocument {
  const index = new Map(map.nodes.map((n, i) => [n.id, i]));
  const { links, tagSets, add } = mapLinkColumns(
    (tags: string[]) => tags.join('\u0000'),
    (tags) => tags,
  );
  for (const link of map.links) {
    const source = index.get(link.source);
    const target = index.get(link.target);
    if (source !== undefined && target !== undefined) add(source, target, link);
  }
  return {
    pending: map.pending,
    mobilisationId: map.mobilisationId,
    computedAt: map.computedAt,
    nodes: map.nodes,
    links,
    tagSets,
    clusters: map.clusters,
  };
}

/**
 * The map from its document. Links share their ends' id strings and their lists of concepts and goals, so
 * tens of thousands of links cost little memory. A document whose columns disagree is refused.
 */
export function decodeMapDocument(document: MapDocument): CollaborationMap {
  const { nodes, links, tagSets } = document;
  const count = links.source.length;
  const columns = [links.target, links.status, links.weight, links.concepts, links.goals];
  if (columns.some((column) => column.length !== count))
    throw new Error('map document: columns differ in length');
  const decoded: MapLink[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const source = nodes[links.source[i] as number];
    const target = nodes[links.target[i] as number];
    const status = linkStatuses[links.status[i] as number];
    const concepts = tagSets[links.concepts[i] as number];
    const goals = tagSets[links.goals[i] as number];
    if (!source || !target || !status || !concepts || !goals)
      throw new Error(`map document: link ${i} points nowhere`);
    decoded[i] = {
      source: source.id,
      target: target.id,
      status,
      weight: links.weight[i] as number,
      concepts,
      goals,
    };
  }
  return {
    mobilisationId: document.mobilisationId,
    computedAt: document.computedAt,
    nodes,
    links: decoded,
    clusters: document.clusters,
    pending: document.pending,
  };
}

export const mapFilterSchema = z.object({
  goal: z.string().max(16).optional(),
  concept: z.string().max(60).optional(),
  sector: sectorSchema.optional(),
  county: countySchema.optional(),
  linkStatus: linkStatusSchema.optional(),
});
export type MapFilter = z.infer<typeof mapFilterSchema>;

/**
 * The one meaning of the map's filters, used by the map, its list view and the API alike. An organisation
 * stays when it matches the goal, concept, sector and county asked for; a link stays when both its ends stay
 * and it matches the goal, concept and status asked for. Filtering by link status also keeps only the
 * organisations that have such a link; initiatives keep their remaining organisations.
 */
export function filterMap<M extends Pick<CollaborationMap, 'nodes' | 'links' | 'clusters'>>(
  map: M,
  filter: MapFilter,
): M {
  const nodeFits = (n: MapNode) =>
    (!filter.sector || n.sector === filter.sector) &&
    (!filter.county || n.county === filter.county) &&
    (!filter.goal || n.goals.includes(filter.goal)) &&
    (!filter.concept || n.concepts.includes(filter.concept));
  let nodes = map.nodes.filter(nodeFits);
  let ids = new Set(nodes.map((n) => n.id));
  const links = map.links.filter(
    (l) =>
      ids.has(l.source) &&
      ids.has(l.target) &&
      (!filter.linkStatus || l.status === filter.linkStatus) &&
      (!filter.goal || l.goals.includes(filter.goal)) &&
      (!filter.concept || l.concepts.includes(filter.concept)),
  );
  if (filter.linkStatus) {
    const linked = new Set(links.flatMap((l) => [l.source, l.target]));
    nodes = nodes.filter((n) => linked.has(n.id));
    ids = linked;
  }
  const clusters = map.clusters
    .map((c) => ({ ...c, organisationIds: c.organisationIds.filter((id) => ids.has(id)) }))
    .filter(
      (c) =>
        c.organisationIds.length > 0 &&
        (!filter.goal || c.goals.length === 0 || c.goals.includes(filter.goal)),
    );
  return { ...map, nodes, links, clusters };
}
