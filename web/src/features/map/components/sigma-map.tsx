import type { CollaborationMap } from '@kraftsamling/shared';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import {
  createNodeCompoundProgram,
  EdgeLineProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import { buildGraph, type EdgeAttributes, type MapGraph, type NodeAttributes } from '../lib/build-graph';
import {
  dimmedNodeColour,
  dimmedOutlineColour,
  labelThreshold,
  nodeOutlineColour,
  nodeSize,
} from '../lib/graph-style';
import { cameraToFit, labelAnchor, paddedHull } from '../lib/hull';
import { linkCounts, linkKey, type MapData } from '../lib/map-view';
import './map.css';

type Props = {
  /** The whole map: the graph is built once from it. */
  map: Pick<CollaborationMap, 'nodes' | 'links' | 'clusters'>;
  /** What the filters leave visible (from `applyView`). */
  view: MapData;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Changes with the filters (e.g. their query string): the camera then shows what they leave. */
  fitKey: string;
  /** The accessible name and description of the picture. */
  label: string;
  describedBy: string;
};

/** What the reducers read on every refresh; kept in a ref so sigma is created once, not per filter change. */
type RenderState = {
  nodes: Set<string>;
  links: Set<string>;
  counts: Map<string, number>;
  scale: number;
  selected: string | null;
  neighbours: Set<string>;
  clusters: MapData['clusters'];
};

type NodeData = NodeDisplayData & { outline?: string };

type MapSigma = Sigma<NodeAttributes, EdgeAttributes>;

const firstFrameMark = 'map:first-frame';
const outlineWidth = 1.2;

/** Draws each node twice, a slightly larger dark disc under the sector colour, so light colours keep an edge. */
class NodeOutlineProgram extends NodeCircleProgram<NodeAttributes, EdgeAttributes> {
  override processVisibleItem(nodeIndex: number, startIndex: number, data: NodeData) {
    super.processVisibleItem(nodeIndex, startIndex, {
      ...data,
      size: data.size + outlineWidth,
      color: data.outline ?? nodeOutlineColour,
    });
  }
}
const NodeProgram = createNodeCompoundProgram<NodeAttributes, EdgeAttributes>([
  NodeOutlineProgram,
  NodeCircleProgram,
]);

/** Labels with a white halo, so they stay readable on top of links. */
function drawLabel(
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<NodeAttributes, EdgeAttributes>,
) {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineWidth = 3;
  context.lineJoin = 'round';
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.strokeText(data.label, x, y);
  context.fillStyle = '#1a1f2b';
  context.fillText(data.label, x, y);
}

/** Animations last `ms`, or nothing for people who asked their system for less motion. */
const motion = (ms: number) =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
    ? 0
    : ms;

/** Where the given organisations are drawn (sigma's framed coordinates), leaving out hidden ones. */
function visiblePoints(sigma: MapSigma, ids: Iterable<string>): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (const id of ids) {
    const data = sigma.getNodeDisplayData(id);
    if (data && !data.hidden) points.push({ x: data.x, y: data.y });
  }
  return points;
}

/**
 * The WebGL map (sigma.js). Kept thin on purpose: the graph comes from `buildGraph` (one pass over the server's
 * positions, no layout here), and filters and selection only change what the reducers return, so no React work
 * happens per node.
 *
 * Sigma is created here directly rather than through @react-sigma/core's `SigmaContainer`: that component
 * creates sigma in a passive effect and hands it to its children only after a further render, so the first
 * frame waits for an extra commit and paint (about half a second with 2,000 organisations on a software GPU),
 * and it recreates sigma whenever its settings object changes. A layout effect creates it before the first
 * paint instead, and the constructor draws the first frame synchronously: right after it,
 * `performance.mark('map:first-frame')` and `data-first-frame="true"` on the stage tell the benchmark.
 */
export default function SigmaMap({ map, view, selectedId, onSelect, fitKey, label, describedBy }: Props) {
  const { t } = useTranslation();
  const graph = useMemo(() => buildGraph(map), [map]);
  const stage = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<MapSigma | null>(null);

  const current = useMemo(() => renderState(view, selectedId, graph), [view, selectedId, graph]);
  const state = useRef(current);
  state.current = current;
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  // The state the map was last drawn with, so the first effect run does not draw it all again.
  const drawn = useRef<RenderState | null>(null);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    drawn.current = state.current;
    const instance: MapSigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, element, {
      defaultNodeType: 'outlined',
      nodeProgramClasses: { outlined: NodeProgram },
      // Programs draw in this order (after sigma's own `arrow` and `line`): hairlines first, strong links on top.
      edgeProgramClasses: { thin: EdgeLineProgram, strong: EdgeRectangleProgram },
      defaultEdgeType: 'strong',
      minEdgeThickness: 0.6,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      labelSize: 13,
      labelWeight: '600',
      labelRenderedSizeThreshold: labelThreshold,
      labelDensity: 0.6,
      labelGridCellSize: 120,
      defaultDrawNodeLabel: drawLabel,
      stagePadding: 40,
      hideEdgesOnMove: graph.size > 3_000,
      minCameraRatio: 0.03,
      maxCameraRatio: 3,
      nodeReducer: (node, data) => reduceNode(state.current, node, data),
      edgeReducer: (edge, data) => reduceEdge(state.current, edge, data),
    });
    // The constructor has just drawn the first frame.
    if (performance.getEntriesByName(firstFrameMark).length === 0) performance.mark(firstFrameMark);
    stage.current?.setAttribute('data-first-frame', 'true');

    const clusters = addClusterLayer(instance, () => state.current);
    instance.on('clickNode', (event) => onSelectRef.current(event.node));
    instance.on('enterNode', () => {
      element.style.cursor = 'pointer';
    });
    instance.on('leaveNode', () => {
      element.style.cursor = '';
    });
    setSigma(instance);
    return () => {
      clusters.remove();
      instance.kill();
      setSigma(null);
    };
  }, [graph]);

  // Filters or selection changed: the reducers read the new state on this refresh.
  useEffect(() => {
    if (!sigma || drawn.current === current) return;
    drawn.current = current;
    sigma.refresh();
  }, [sigma, current]);

  // Bring the chosen organisation and the organisations it is linked to into view.
  useEffect(() => {
    if (!sigma || !selectedId) return;
    const target = cameraToFit(visiblePoints(sigma, [selectedId, ...state.current.neighbours]));
    if (target) void sigma.getCamera().animate(target, { duration: motion(450) });
  }, [sigma, selectedId]);

  // After a filter change, show what is left (the whole map again once the filters are cleared).
  const fitted = useRef<string | null>(null);
  useEffect(() => {
    if (!sigma || fitted.current === fitKey) return;
    const first = fitted.current === null;
    fitted.current = fitKey;
    if (selectedId || (first && !fitKey)) return;
    const camera = sigma.getCamera();
    if (!fitKey) {
      void camera.animatedReset({ duration: motion(450) });
      return;
    }
    const target = cameraToFit(visiblePoints(sigma, state.current.nodes), { single: 0.5 });
    if (target) void camera.animate(target, { duration: first ? 0 : motion(450) });
  }, [sigma, fitKey, selectedId]);

  const animate = { duration: motion(250) };
  return (
    <div className="map-stage" ref={stage}>
      <div
        className="map-stage__canvas"
        ref={container}
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
      />
      <div className="map-zoom">
        <button
          type="button"
          className="map-zoom__button"
          onClick={() => void sigma?.getCamera().animatedZoom(animate)}
          aria-label={t('map.zoomIn')}
          title={t('map.zoomIn')}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="map-zoom__button"
          onClick={() => void sigma?.getCamera().animatedUnzoom(animate)}
          aria-label={t('map.zoomOut')}
          title={t('map.zoomOut')}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className="map-zoom__button"
          onClick={() => void sigma?.getCamera().animatedReset(animate)}
          aria-label={t('map.zoomReset')}
          title={t('map.zoomReset')}
        >
          <span aria-hidden="true">⤢</span>
        </button>
      </div>
    </div>
  );
}

function renderState(view: MapData, selected: string | null, graph: MapGraph): RenderState {
  const neighbours = new Set<string>();
  if (selected) {
    for (const link of view.links) {
      if (link.source === selected) neighbours.add(link.target);
      else if (link.target === selected) neighbours.add(link.source);
    }
  }
  return {
    nodes: new Set(view.nodes.map((n) => n.id)),
    links: new Set(view.links.map((l) => linkKey(l.source, l.target))),
    counts: linkCounts(view.links),
    scale: graph.getAttribute('sizeScale') ?? 1,
    selected: selected && graph.hasNode(selected) ? selected : null,
    neighbours,
    clusters: view.clusters,
  };
}

function reduceNode(state: RenderState, node: string, data: NodeAttributes): Partial<NodeData> {
  if (!state.nodes.has(node)) return { ...data, hidden: true };
  const reduced: Partial<NodeData> = { ...data, size: nodeSize(state.counts.get(node) ?? 0, state.scale) };
  if (state.selected) {
    if (node === state.selected) {
      reduced.highlighted = true;
      reduced.forceLabel = true;
    } else if (state.neighbours.has(node)) {
      reduced.forceLabel = true;
    } else {
      reduced.color = dimmedNodeColour;
      reduced.outline = dimmedOutlineColour;
      reduced.label = null;
    }
  }
  return reduced;
}

function reduceEdge(
  state: RenderState,
  edge: string,
  data: EdgeAttributes,
): Partial<EdgeAttributes & { hidden: boolean }> {
  if (!state.links.has(edge)) return { ...data, hidden: true };
  if (state.selected && !edge.split('|').includes(state.selected)) return { ...data, color: '#eef1f5' };
  return data;
}

/**
 * A canvas under the links for the initiatives, redrawn after every frame sigma draws (pan, zoom, filters).
 * Sized here rather than by sigma, whose own resize would clear the frame it has just drawn.
 */
function addClusterLayer(sigma: MapSigma, current: () => RenderState): { remove: () => void } {
  const canvas = sigma.createCanvas('clusters', { beforeLayer: 'edges' });
  const context = canvas.getContext('2d');
  const size = () => {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    context?.setTransform(ratio, 0, 0, ratio, 0, 0);
  };
  const draw = () => {
    if (context) drawClusters(sigma, context, current());
  };
  const resize = () => {
    size();
    draw();
  };
  size();
  draw();
  sigma.on('afterRender', draw);
  sigma.on('resize', resize);
  return {
    remove: () => {
      sigma.off('afterRender', draw);
      sigma.off('resize', resize);
      canvas.remove();
    },
  };
}

/** Each initiative as a shaded, dashed outline around its organisations, with its title on top. */
function drawClusters(sigma: MapSigma, context: CanvasRenderingContext2D, state: RenderState) {
  const { width, height } = sigma.getDimensions();
  context.clearRect(0, 0, width, height);
  const graph = sigma.getGraph();
  for (const cluster of state.clusters) {
    const points = cluster.organisationIds
      .filter((id) => graph.hasNode(id) && state.nodes.has(id))
      .map((id) => sigma.graphToViewport(graph.getNodeAttributes(id)));
    if (points.length === 0) continue;
    const hull = paddedHull(points, 18);
    const first = hull[0];
    if (!first) continue;
    const chosen = state.selected !== null && cluster.organisationIds.includes(state.selected);
    context.beginPath();
    context.moveTo(first.x, first.y);
    for (const p of hull.slice(1)) context.lineTo(p.x, p.y);
    context.closePath();
    context.fillStyle = chosen ? 'rgba(27, 79, 138, 0.16)' : 'rgba(27, 79, 138, 0.08)';
    context.fill();
    context.setLineDash([6, 4]);
    context.lineWidth = chosen ? 2 : 1.5;
    context.strokeStyle = 'rgba(27, 79, 138, 0.75)';
    context.stroke();
    context.setLineDash([]);
    const anchor = labelAnchor(hull);
    if (anchor) {
      context.font = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
      context.textAlign = 'center';
      context.lineWidth = 3;
      context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      context.strokeText(cluster.title, anchor.x, anchor.y - 6);
      context.fillStyle = '#133b68';
      context.fillText(cluster.title, anchor.x, anchor.y - 6);
      context.textAlign = 'start';
    }
  }
}
