/// <reference path="../types/forceatlas2-iterate.d.ts" />
import { createHash } from 'node:crypto';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import defaultSettings from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';

export type LayoutInput = {
  nodes: string[];
  /** Each link once, its two ends as indexes into `nodes`. */
  links: { a: ArrayLike<number>; b: ArrayLike<number>; weight: ArrayLike<number> };
  /** Positions from the previous computation: kept as the starting point so the map does not jump around. */
  previous: Map<string, { x: number; y: number }>;
};

// ForceAtlas2's matrices as its `iterate` reads them: per node x, y, dx, dy, old dx, old dy, mass, convergence,
// size, fixed; per edge the offsets of its two nodes and its weight.
const perNode = 10;
const perEdge = 3;

/** A deterministic point for a node seen for the first time, from its id, on a disc of the given radius. */
function seededPoint(id: string, radius: number): { x: number; y: number } {
  const digest = createHash('sha1').update(id).digest();
  const angle = (digest.readUInt32BE(0) / 0xffffffff) * 2 * Math.PI;
  const distance = Math.sqrt(digest.readUInt32BE(4) / 0xffffffff) * radius;
  return { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance };
}

/**
 * ForceAtlas2 on the organisations and their links. Known organisations start where they were and new ones
 * next to their first known neighbour (or at a point of their own), so a recomputation after a change moves
 * the map a little instead of redrawing it. The iterations run on the matrices built straight from the link
 * columns: a graph object of 240,000 edges held 300 MB in the map thread at 10,000 organisations, the
 * matrices hold 3 MB (decision 070).
 */
export function layoutMap(input: LayoutInput): Map<string, { x: number; y: number }> {
  const order = input.nodes.length;
  const size = input.links.a.length;
  const nodes = new Float32Array(order * perNode);
  const edges = new Float32Array(size * perEdge);
  const known = new Uint8Array(order);
  const radius = Math.max(10, Math.sqrt(order) * 10);
  input.nodes.forEach((id, i) => {
    const previous = input.previous.get(id);
    if (previous) known[i] = 1;
    const { x, y } = previous ?? seededPoint(id, radius);
    const at = i * perNode;
    nodes[at] = x;
    nodes[at + 1] = y;
    nodes[at + 6] = 1;
    nodes[at + 7] = 1;
    nodes[at + 8] = 1;
  });
  const anchor = new Int32Array(order).fill(-1);
  for (let e = 0; e < size; e++) {
    const a = input.links.a[e] as number;
    const b = input.links.b[e] as number;
    const weight = input.links.weight[e] as number;
    // A node's mass is its weighted degree.
    nodes[a * perNode + 6] = (nodes[a * perNode + 6] as number) + weight;
    nodes[b * perNode + 6] = (nodes[b * perNode + 6] as number) + weight;
    edges[e * perEdge] = a * perNode;
    edges[e * perEdge + 1] = b * perNode;
    edges[e * perEdge + 2] = weight;
    if (!known[a] && known[b] && anchor[a] === -1) anchor[a] = b;
    if (!known[b] && known[a] && anchor[b] === -1) anchor[b] = a;
  }
  anchor.forEach((neighbour, i) => {
    if (neighbour === -1) return;
    const offset = seededPoint(input.nodes[i] as string, 3);
    nodes[i * perNode] = (nodes[neighbour * perNode] as number) + offset.x;
    nodes[i * perNode + 1] = (nodes[neighbour * perNode + 1] as number) + offset.y;
  });
  const settled = input.previous.size > 0 && known.every((k) => k === 1);
  const settings = {
    ...defaultSettings,
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > 300,
    adjustSizes: false,
    gravity: 1,
    scalingRatio: 10,
  };
  // From a settled map a few iterations absorb a change; from scratch the layout needs more.
  const iterations = settled ? 40 : 200;
  for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
  const positions = new Map<string, { x: number; y: number }>();
  input.nodes.forEach((id, i) => {
    positions.set(id, {
      x: Math.round((nodes[i * perNode] as number) * 100) / 100,
      y: Math.round((nodes[i * perNode + 1] as number) * 100) / 100,
    });
  });
  return positions;
}
