import type { LinkStatus, MapNode, SectorId } from '@kraftsamling/shared';
import { UndirectedGraph } from 'graphology';
import { linkStyles, nodeSize, sectorColour, sizeScale } from './graph-style';
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
};

export type GraphAttributes = { sizeScale: number };

export type MapGraph = UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * The graph sigma draws, built in one pass from the positions the server computed: no layout runs in the
 * browser. It holds the whole map; filters hide nodes and links at render time (see `sigma-map.tsx`), so
 * positions and the camera stay put while filters change.
 */
export function buildGraph(map: MapData): MapGraph {
  const graph: MapGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const counts = linkCounts(map.links);
  const scale = sizeScale(map.nodes.length);
  graph.setAttribute('sizeScale', scale);
  for (const node of map.nodes) {
    const linkCount = counts.get(node.id) ?? 0;
    graph.addNode(node.id, nodeAttributes(node, linkCount, scale));
  }
  // Stronger links are added last, so they are drawn on top without asking sigma to sort by z-index.
  const byStrength = [...map.links].sort((a, b) => linkStyles[a.status].zIndex - linkStyles[b.status].zIndex);
  for (const link of byStrength) {
    const key = linkKey(link.source, link.target);
    if (!graph.hasNode(link.source) || !graph.hasNode(link.target) || graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, link.source, link.target, { ...linkStyles[link.status], status: link.status });
  }
  return graph;
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
