import { createHash } from 'node:crypto';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export type LayoutInput = {
  nodes: string[];
  links: { a: string; b: string; weight: number }[];
  /** Positions from the previous computation: kept as the starting point so the map does not jump around. */
  previous: Map<string, { x: number; y: number }>;
};

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
 * the map a little instead of redrawing it.
 */
export function layoutMap(input: LayoutInput): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: 'undirected', multi: false });
  const radius = Math.max(10, Math.sqrt(input.nodes.length) * 10);
  for (const id of input.nodes) {
    const known = input.previous.get(id);
    graph.addNode(id, { ...(known ?? seededPoint(id, radius)), known: known !== undefined });
  }
  for (const link of input.links) {
    if (graph.hasNode(link.a) && graph.hasNode(link.b) && !graph.hasEdge(link.a, link.b)) {
      graph.addEdge(link.a, link.b, { weight: link.weight });
    }
  }
  graph.forEachNode((id, attributes) => {
    if (attributes.known) return;
    const anchor = graph.neighbors(id).find((n) => graph.getNodeAttribute(n, 'known'));
    if (!anchor) return;
    const offset = seededPoint(id, 3);
    graph.mergeNodeAttributes(id, {
      x: graph.getNodeAttribute(anchor, 'x') + offset.x,
      y: graph.getNodeAttribute(anchor, 'y') + offset.y,
    });
  });
  const settled = input.previous.size > 0 && input.nodes.every((id) => input.previous.has(id));
  forceAtlas2.assign(graph, {
    // From a settled map a few iterations absorb a change; from scratch the layout needs more.
    iterations: settled ? 40 : 200,
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: graph.order > 300,
      adjustSizes: false,
      gravity: 1,
      scalingRatio: 10,
    },
  });
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((id, attributes) => {
    positions.set(id, { x: Math.round(attributes.x * 100) / 100, y: Math.round(attributes.y * 100) / 100 });
  });
  return positions;
}
