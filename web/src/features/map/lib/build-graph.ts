import type { LinkStatus, MapLink, MapNode, SectorId } from '@kraftsamling/shared';
import { UndirectedGraph } from 'graphology';
import { linkStyles, nodeSize, sectorColour, sizeScale } from './graph-style';
import { chooseEdges, edgeBudget } from './level-of-detail';
import { linkCounts, linkKey, type MapData } from './map-view';

export type NodeAttributes = {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  sector: SectorId;
  linkCount: number;
};

export type EdgeAttributes = {
  size: number;
  color: string;
  status: LinkStatus;
  zIndex: number;
  type: string;
  /** Among the proposed links in the graph, best supported first (the zoom shows the first few); -1 always shows. */
  rank: number;
};

export type GraphAttributes = { sizeScale: number };

export type MapGraph = UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * The graph sigma draws, built in one pass from the positions the server computed: no layout runs in the
 * browser. It holds every organisation, but of the links only the strongest (`chooseEdges`: a large
 * mobilisation has tens of thousands); `syncEdges` swaps them when the filters or the selection change.
 * Filters hide nodes at render time (see `sigma-map.tsx`), so positions and the camera stay put.
 */
export function buildGraph(
  map: MapData,
  chosen: Parameters<typeof syncEdges>[1] = chooseEdges(map.links, null, edgeBudget(map.nodes.length)),
): MapGraph {
  const graph: MapGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const counts = linkCounts(map.links);
  const scale = sizeScale(map.nodes.length);
  graph.setAttribute('sizeScale', scale);
  for (const node of map.nodes) {
    const linkCount = counts.get(node.id) ?? 0;
    graph.addNode(node.id, nodeAttributes(node, linkCount, scale));
  }
  syncEdges(graph, chosen);
  return graph;
}

/**
 * Makes the graph's edges exactly the chosen links. Stronger links are added last, so they are drawn on top
 * without asking sigma to sort by z-index.
 */
export function syncEdges(
  graph: MapGraph,
  chosen: readonly { link: Pick<MapLink, 'source' | 'target' | 'status'>; rank: number }[],
): void {
  const wanted = new Map<string, { link: Pick<MapLink, 'source' | 'target' | 'status'>; rank: number }>();
  for (const entry of chosen) {
    if (graph.hasNode(entry.link.source) && graph.hasNode(entry.link.target))
      wanted.set(linkKey(entry.link.source, entry.link.target), entry);
  }
  const stale: string[] = [];
  graph.forEachEdge((key, attributes) => {
    const entry = wanted.get(key);
    if (!entry || entry.link.status !== attributes.status) stale.push(key);
    else {
      if (attributes.rank !== entry.rank) graph.setEdgeAttribute(key, 'rank', entry.rank);
      wanted.delete(key);
    }
  });
  for (const key of stale) graph.dropEdge(key);
  const added = [...wanted.entries()].sort(
    ([, a], [, b]) => linkStyles[a.link.status].zIndex - linkStyles[b.link.status].zIndex,
  );
  for (const [key, { link, rank }] of added) {
    graph.addEdgeWithKey(key, link.source, link.target, {
      ...linkStyles[link.status],
      status: link.status,
      rank,
    });
  }
}

export function nodeAttributes(node: MapNode, linkCount: number, scale = 1): NodeAttributes {
  return {
    x: node.x,
    y: node.y,
    size: nodeSize(linkCount, scale),
    color: sectorColour(node.sector),
    label: node.name,
    sector: node.sector,
    linkCount,
  };
}
