import type { MapLink } from '@kraftsamling/shared';

/** Each link's ends as positions in a list of organisations (-1: not in it). */
export type LinkEnds = { source: ArrayLike<number>; target: ArrayLike<number> };

const known = new WeakMap<readonly object[], { nodes: readonly object[]; ends: LinkEnds }>();

/**
 * Remembers where the links' ends are among `nodes`, as the map document already says (its link columns are
 * node positions), so the passes over every link before the first frame need no lookup by id.
 */
export function rememberLinkEnds(nodes: readonly object[], links: readonly object[], ends: LinkEnds): void {
  known.set(links, { nodes, ends });
}

/** The organisations and ends the document gave for these links, if it did. */
export function rememberedLinkEnds(
  links: readonly object[],
): { nodes: readonly { id: string }[]; ends: LinkEnds } | undefined {
  return known.get(links) as { nodes: readonly { id: string }[]; ends: LinkEnds } | undefined;
}

/** Where each link's ends are among `nodes`: remembered from the document, else found once and kept. */
export function linkEnds(
  nodes: readonly { id: string }[],
  links: readonly Pick<MapLink, 'source' | 'target'>[],
): LinkEnds {
  const remembered = known.get(links);
  if (remembered && remembered.nodes === nodes) return remembered.ends;
  const position = new Map<string, number>();
  for (const [i, node] of nodes.entries()) position.set(node.id, i);
  const source = new Int32Array(links.length);
  const target = new Int32Array(links.length);
  for (const [i, link] of links.entries()) {
    source[i] = position.get(link.source) ?? -1;
    target[i] = position.get(link.target) ?? -1;
  }
  const ends = { source, target };
  known.set(links, { nodes, ends });
  return ends;
}
