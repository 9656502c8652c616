import { type CollaborationMap, filterMap, type MapFilter, type MapLink } from '@kraftsamling/shared';
import { rememberedLinkEnds } from './link-ends';

/** The map's filters plus one of our own: show a single initiative (cluster) and its organisations. */
export type MapView = MapFilter & { initiative?: string };

export type MapData = Pick<CollaborationMap, 'nodes' | 'links' | 'clusters'>;

/**
 * What the map and the list both show: `filterMap` (the one meaning of the filters, shared with the API), then,
 * when an initiative is chosen, only its organisations and the links among them. The map and its list view
 * call this same function, so they cannot disagree.
 */
export function applyView<M extends MapData>(map: M, view: MapView): M {
  // No filter: the map itself, so what is derived from it (link counts, the strongest links) is shared.
  if (Object.values(view).every((value) => !value)) return map;
  const { initiative, ...filter } = view;
  const filtered = filterMap(map, filter);
  if (!initiative) return filtered;
  const cluster = filtered.clusters.find((c) => c.initiativeId === initiative);
  const members = new Set(cluster?.organisationIds ?? []);
  return {
    ...filtered,
    nodes: filtered.nodes.filter((n) => members.has(n.id)),
    links: filtered.links.filter((l) => members.has(l.source) && members.has(l.target)),
    clusters: cluster ? [cluster] : [],
  };
}

const countsOf = new WeakMap<readonly object[], ReadonlyMap<string, number>>();

/**
 * How many links each organisation has among those given. Kept per list of links: the graph and the first
 * frame ask for the same unfiltered list.
 */
export function linkCounts(
  links: readonly Pick<MapLink, 'source' | 'target'>[],
): ReadonlyMap<string, number> {
  const known = countsOf.get(links);
  if (known) return known;
  const counts = new Map<string, number>();
  const fromDocument = rememberedLinkEnds(links);
  if (fromDocument) {
    // Counted by position, then named: a few thousand map writes instead of two per link.
    const { nodes, ends } = fromDocument;
    const tally = new Int32Array(nodes.length);
    for (let i = 0; i < links.length; i++) {
      tally[ends.source[i] as number] = (tally[ends.source[i] as number] as number) + 1;
      tally[ends.target[i] as number] = (tally[ends.target[i] as number] as number) + 1;
    }
    for (const [n, node] of nodes.entries())
      if ((tally[n] as number) > 0) counts.set(node.id, tally[n] as number);
    countsOf.set(links, counts);
    return counts;
  }
  for (const link of links) {
    counts.set(link.source, (counts.get(link.source) ?? 0) + 1);
    counts.set(link.target, (counts.get(link.target) ?? 0) + 1);
  }
  countsOf.set(links, counts);
  return counts;
}

/** The links of each organisation, in both directions, for the panel and the list view. */
export function linksByOrganisation<L extends Pick<MapLink, 'source' | 'target'>>(
  links: readonly L[],
): Map<string, L[]> {
  const byOrganisation = new Map<string, L[]>();
  const add = (id: string, link: L) => {
    const list = byOrganisation.get(id);
    if (list) list.push(link);
    else byOrganisation.set(id, [link]);
  };
  for (const link of links) {
    add(link.source, link);
    add(link.target, link);
  }
  return byOrganisation;
}

const strength = { mutual: 0, accepted: 1, proposed: 2 } as const;

/** Strongest first: mutual interest, then accepted, then proposed links, the better supported first. */
export function strongestFirst<L extends Pick<MapLink, 'status' | 'weight'>>(links: readonly L[]): L[] {
  return [...links].sort((a, b) => strength[a.status] - strength[b.status] || b.weight - a.weight);
}

/** Key of the undirected link between two organisations, the same whichever end is named first. */
export function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Which initiatives each organisation takes part in. */
export function initiativesByOrganisation(clusters: MapData['clusters']): Map<string, string[]> {
  const byOrganisation = new Map<string, string[]>();
  for (const cluster of clusters) {
    for (const id of cluster.organisationIds) {
      const list = byOrganisation.get(id);
      if (list) list.push(cluster.initiativeId);
      else byOrganisation.set(id, [cluster.initiativeId]);
    }
  }
  return byOrganisation;
}

/** Organisations whose name contains every word typed, best first (name starts with the text). */
export function findByName<N extends { id: string; name: string }>(
  nodes: readonly N[],
  text: string,
  limit = 8,
): N[] {
  const words = text.toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const query = words.join(' ');
  const hits = nodes.filter((n) => {
    const name = n.name.toLocaleLowerCase('sv');
    return words.every((w) => name.includes(w));
  });
  const starts = (n: N) => (n.name.toLocaleLowerCase('sv').startsWith(query) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name, 'sv')).slice(0, limit);
}
