import type { MapLink, MapNode } from '@kraftsamling/shared';
import { linkEnds } from './link-ends';

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
 *
 * Without a selection (the first frame, every filter change) only the chosen links are sorted: the proposed
 * ones that make the budget are found by their weight threshold in linear time, so 45,000 links cost one pass
 * and a sort of the few thousand kept, not a sort of them all. Ties keep the links' order, as a stable sort.
 */
export function chooseEdges<L extends Pick<MapLink, 'source' | 'target' | 'status' | 'weight'>>(
  links: readonly L[],
  selected: string | null,
  budget: number,
): { link: L; rank: number }[] {
  if (selected !== null) return chooseEdgesSorted(links, selected, budget);
  const always: L[] = [];
  const proposed: L[] = [];
  for (const link of links) (link.status === 'proposed' ? proposed : always).push(link);
  always.sort((a, b) => strength[a.status] - strength[b.status] || b.weight - a.weight);
  const room = Math.max(0, budget - always.length);
  const kept = strongestProposed(proposed, room).sort((a, b) => b.weight - a.weight);
  const chosen: { link: L; rank: number }[] = always.slice(0, budget).map((link) => ({ link, rank: -1 }));
  for (const [rank, link] of kept.entries()) chosen.push({ link, rank });
  return chosen;
}

/** The `count` heaviest links in their given order (of equal weights, the first ones). */
function strongestProposed<L extends Pick<MapLink, 'weight'>>(links: L[], count: number): L[] {
  if (count <= 0) return [];
  if (links.length <= count) return [...links];
  const threshold = kthLargest(
    Float64Array.from(links, (l) => l.weight),
    count,
  );
  let above = 0;
  for (const link of links) if (link.weight > threshold) above++;
  let atThreshold = count - above;
  return links.filter((link) => {
    if (link.weight > threshold) return true;
    if (link.weight === threshold && atThreshold > 0) {
      atThreshold--;
      return true;
    }
    return false;
  });
}

/** The k-th largest value (1-based) by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}

/** `chooseEdges` with a selection: its links join wherever they rank, beyond the budget too. */
function chooseEdgesSorted<L extends Pick<MapLink, 'source' | 'target' | 'status' | 'weight'>>(
  links: readonly L[],
  selected: string,
  budget: number,
): { link: L; rank: number }[] {
  const ordered = [...links].sort((a, b) => strength[a.status] - strength[b.status] || b.weight - a.weight);
  const chosen: { link: L; rank: number }[] = [];
  let rank = 0;
  for (const link of ordered) {
    const own = link.source === selected || link.target === selected;
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
 * Tallied in one flat array (organisation × kind) rather than a map per organisation: it runs before the
 * first frame of a large map, over every link.
 */
export function kindsOf(
  nodes: readonly Pick<MapNode, 'id' | 'concepts'>[],
  links: readonly Pick<MapLink, 'source' | 'target' | 'weight' | 'concepts'>[],
): Map<string, string> {
  const ends = linkEnds(nodes, links);
  const conceptIndex = new Map<string, number>();
  const concepts: string[] = [];
  const indexOf = (concept: string) => {
    let i = conceptIndex.get(concept);
    if (i === undefined) {
      i = concepts.length;
      concepts.push(concept);
      conceptIndex.set(concept, i);
    }
    return i;
  };
  // Links share their concept lists (decodeMapDocument): each list is turned into indexes once.
  const listIndexes = new Map<readonly string[], number[]>();
  const perLink = links.map((link) => {
    let list = listIndexes.get(link.concepts);
    if (!list) {
      list = link.concepts.map(indexOf);
      listIndexes.set(link.concepts, list);
    }
    return list;
  });
  for (const node of nodes) for (const concept of node.concepts) indexOf(concept);
  const width = concepts.length;
  const tally = new Float64Array(nodes.length * width);
  const touched = new Uint8Array(nodes.length * width);
  for (const [l, link] of links.entries()) {
    const source = ends.source[l] as number;
    const target = ends.target[l] as number;
    for (const c of perLink[l] as number[]) {
      if (source >= 0) {
        tally[source * width + c] = (tally[source * width + c] as number) + link.weight;
        touched[source * width + c] = 1;
      }
      if (target >= 0) {
        tally[target * width + c] = (tally[target * width + c] as number) + link.weight;
        touched[target * width + c] = 1;
      }
    }
  }
  const kinds = new Map<string, string>();
  for (const [n, node] of nodes.entries()) {
    const row = n * width;
    const own = node.concepts.map((c) => conceptIndex.get(c) as number);
    // Its own kinds when its links concern one of them; else every kind its links concern, in first-seen order.
    const candidates = own.some((c) => touched[row + c] === 1)
      ? own
      : Array.from({ length: width }, (_, c) => c).filter((c) => touched[row + c] === 1);
    let best: number | undefined;
    let bestCount = 0;
    for (const c of candidates) {
      const count = tally[row + c] as number;
      const name = concepts[c] as string;
      if (
        count > bestCount ||
        (count === bestCount && best !== undefined && name < (concepts[best] as string))
      ) {
        best = c;
        bestCount = count;
      }
    }
    const kind = best !== undefined ? concepts[best] : node.concepts[0];
    if (kind) kinds.set(node.id, kind);
  }
  return kinds;
}

export type KindGroup = { kind: string; members: string[]; x: number; y: number };
export type KindLink = { a: string; b: string; weight: number };

/**
 * The overview: each kind as one place (the centre of its organisations) and the links between kinds summed
 * up, strongest first. Only the organisations and links given (what the filters leave) count. The sums go
 * into a kind × kind array: it runs before the first frame of a large map, over every link.
 */
export function summariseKinds(
  kinds: ReadonlyMap<string, string>,
  nodes: readonly Pick<MapNode, 'id' | 'x' | 'y'>[],
  links: readonly Pick<MapLink, 'source' | 'target' | 'weight'>[],
): { groups: KindGroup[]; links: KindLink[] } {
  const indexOfKind = new Map<string, number>();
  // Each organisation's group by its position in `nodes` (-1: none).
  const groupAt = new Int32Array(nodes.length).fill(-1);
  const order: KindGroup[] = [];
  for (const [n, node] of nodes.entries()) {
    const kind = kinds.get(node.id);
    if (!kind) continue;
    let index = indexOfKind.get(kind);
    if (index === undefined) {
      index = order.length;
      indexOfKind.set(kind, index);
      order.push({ kind, members: [], x: 0, y: 0 });
    }
    const group = order[index] as KindGroup;
    groupAt[n] = index;
    group.members.push(node.id);
    group.x += node.x;
    group.y += node.y;
  }
  for (const group of order) {
    group.x /= group.members.length;
    group.y /= group.members.length;
  }
  const size = order.length;
  const sums = new Float64Array(size * size);
  const seen = new Uint8Array(size * size);
  // Pairs in the order they are first met, as the sort below breaks ties by it.
  const pairs: number[] = [];
  const ends = linkEnds(nodes, links);
  for (const [l, link] of links.entries()) {
    const from = ends.source[l] as number;
    const to = ends.target[l] as number;
    const a = from >= 0 ? (groupAt[from] as number) : -1;
    const b = to >= 0 ? (groupAt[to] as number) : -1;
    if (a < 0 || b < 0 || a === b) continue;
    const [lo, hi] = (order[a] as KindGroup).kind < (order[b] as KindGroup).kind ? [a, b] : [b, a];
    const cell = lo * size + hi;
    if (seen[cell] === 0) {
      seen[cell] = 1;
      pairs.push(cell);
    }
    sums[cell] = (sums[cell] as number) + link.weight;
  }
  const between = pairs.map((cell) => ({
    a: (order[Math.floor(cell / size)] as KindGroup).kind,
    b: (order[cell % size] as KindGroup).kind,
    weight: sums[cell] as number,
  }));
  return {
    groups: [...order].sort((x, y) => y.members.length - x.members.length),
    links: between.sort((x, y) => y.weight - x.weight),
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
