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
