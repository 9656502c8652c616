import type { MapLink, MapNode } from '@kraftsamling/shared';

/**
 * What the map draws of a large mobilisation (decision 021). Tens of thousands of links cannot all be drawn
 * and read: the graph holds at most `edgeBudget` of them (the strongest), the camera's zoom decides how many
 * of those show, and from afar organisations are summed up by their kind of support.
 */

/** Links in the graph: every accepted and mutual one, then the proposed ones best supported first. */
export function edgeBudget(organisations: number): number {
  return Math.max(3_000, 2 * organisations);
}

/** Proposed links shown when the whole map is in view; zooming in by a factor k shows k² times as many. */
export const overviewEdges = 300;

/** Zoomed out further than this (sigma's camera ratio: 1 is the whole map), the map is an overview. */
export const overviewRatio = 0.45;

/** Maps smaller than this are read organisation by organisation: no summary by kind. */
export const summaryFrom = 150;

const strength = { mutual: 0, accepted: 1, proposed: 2 } as const;

/**
 * The links to put in the graph, in drawing order of importance: accepted and mutual links, then proposed
 * ones by weight, up to the budget, plus every link of the selected organisation. `rank` orders the proposed
 * ones (the zoom shows the first few); the others always show (-1).
 */
export function chooseEdges<L extends Pick<MapLink, 'source' | 'target' | 'status' | 'weight'>>(
  links: readonly L[],
  selected: string | null,
  budget: number,
): { link: L; rank: number }[] {
  const ordered = [...links].sort((a, b) => strength[a.status] - strength[b.status] || b.weight - a.weight);
  const chosen: { link: L; rank: number }[] = [];
  let rank = 0;
  for (const link of ordered) {
    const own = selected !== null && (link.source === selected || link.target === selected);
    if (chosen.length >= budget && !own) continue;
    if (link.status !== 'proposed' || own) chosen.push({ link, rank: -1 });
    else chosen.push({ link, rank: rank++ });
  }
  return chosen;
}

/** How many proposed links show at a camera ratio (more as one zooms in). */
export function visibleProposed(ratio: number): number {
  return Math.floor(overviewEdges / Math.max(ratio, 0.01) ** 2);
}

/**
 * The camera's zoom as a step (half powers of two), so the map re-decides what to show when the zoom has
 * changed noticeably, not on every frame of a zoom.
 */
export function zoomStep(ratio: number): number {
  // `|| 0` turns -0 into 0, so equal steps compare equal however they are compared.
  return Math.round(Math.log2(Math.max(ratio, 1e-6)) * 2) || 0;
}

/**
 * Each organisation's kind: the kind of support its links are most about (by weight), among the kinds its
 * own needs and offers concern when it has links about one of them; without links, the first of its own.
 */
export function kindsOf(
  nodes: readonly Pick<MapNode, 'id' | 'concepts'>[],
  links: readonly Pick<MapLink, 'source' | 'target' | 'weight' | 'concepts'>[],
): Map<string, string> {
  const tally = new Map<string, Map<string, number>>();
  const add = (id: string, concept: string, weight: number) => {
    let counts = tally.get(id);
    if (!counts) {
      counts = new Map();
      tally.set(id, counts);
    }
    counts.set(concept, (counts.get(concept) ?? 0) + weight);
  };
  for (const link of links) {
    for (const concept of link.concepts) {
      add(link.source, concept, link.weight);
      add(link.target, concept, link.weight);
    }
  }
  const kinds = new Map<string, string>();
  for (const node of nodes) {
    const counts = tally.get(node.id);
    let best: string | undefined;
    let bestCount = 0;
    const candidates = node.concepts.some((c) => counts?.has(c))
      ? node.concepts
      : [...(counts?.keys() ?? [])];
    for (const concept of candidates) {
      const count = counts?.get(concept) ?? 0;
      if (count > bestCount || (count === bestCount && best !== undefined && concept < best)) {
        best = concept;
        bestCount = count;
      }
    }
    const kind = best ?? node.concepts[0];
    if (kind) kinds.set(node.id, kind);
  }
  return kinds;
}

export type KindGroup = { kind: string; members: string[]; x: number; y: number };
export type KindLink = { a: string; b: string; weight: number };

/**
 * The overview: each kind as one place (the centre of its organisations) and the links between kinds summed
 * up, strongest first. Only the organisations and links given (what the filters leave) count.
 */
export function summariseKinds(
  kinds: ReadonlyMap<string, string>,
  nodes: readonly Pick<MapNode, 'id' | 'x' | 'y'>[],
  links: readonly Pick<MapLink, 'source' | 'target' | 'weight'>[],
): { groups: KindGroup[]; links: KindLink[] } {
  const groups = new Map<string, KindGroup>();
  for (const node of nodes) {
    const kind = kinds.get(node.id);
    if (!kind) continue;
    const group = groups.get(kind) ?? { kind, members: [], x: 0, y: 0 };
    group.members.push(node.id);
    group.x += node.x;
    group.y += node.y;
    groups.set(kind, group);
  }
  for (const group of groups.values()) {
    group.x /= group.members.length;
    group.y /= group.members.length;
  }
  const between = new Map<string, KindLink>();
  for (const link of links) {
    const a = kinds.get(link.source);
    const b = kinds.get(link.target);
    if (!a || !b || a === b || !groups.has(a) || !groups.has(b)) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}\u0000${hi}`;
    const summed = between.get(key) ?? { a: lo, b: hi, weight: 0 };
    summed.weight += link.weight;
    between.set(key, summed);
  }
  return {
    groups: [...groups.values()].sort((x, y) => y.members.length - x.members.length),
    links: [...between.values()].sort((x, y) => y.weight - x.weight),
  };
}

export type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Labels that never overlap: each frame, labels are placed in order of importance and one that would cover
 * an already placed label is left out (zooming in makes room for it).
 */
export class LabelSpace {
  private placed: Box[] = [];

  clear(): void {
    this.placed = [];
  }

  /** Takes the box if it is free; says whether it was. */
  take(box: Box): boolean {
    if (this.placed.some((other) => overlaps(box, other))) return false;
    this.placed.push(box);
    return true;
  }
}
