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
import {
  buildGraph,
  type EdgeAttributes,
  type MapGraph,
  type NodeAttributes,
  syncEdges,
} from '../lib/build-graph';
import {
  dimmedNodeColour,
  dimmedOutlineColour,
  labelThreshold,
  nodeOutlineColour,
  nodeSize,
} from '../lib/graph-style';
import { cameraToFit, labelAnchor, paddedHull } from '../lib/hull';
import {
  chooseEdges,
  edgeBudget,
  type KindGroup,
  type KindLink,
  kindsOf,
  LabelSpace,
  overviewRatio,
  summariseKinds,
  summaryFrom,
  visibleProposed,
  zoomStep,
} from '../lib/level-of-detail';
import { linkCounts, type MapData } from '../lib/map-view';
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
  /** A kind of support's name, for the overview of a large map. */
  kindLabel: (id: string) => string;
};

/** What the reducers read on every refresh; kept in a ref so sigma is created once, not per filter change. */
type RenderState = {
  nodes: Set<string>;
  /** The links in the graph: the strongest of those the filters leave, and the selected organisation's. */
  edges: ReturnType<typeof chooseEdges<MapData['links'][number]>>;
  counts: ReadonlyMap<string, number>;
  scale: number;
  selected: string | null;
  neighbours: Set<string>;
  clusters: MapData['clusters'];
  /** A large map is summed up by kind of support when zoomed out. */
  summary: { groups: KindGroup[]; links: KindLink[] } | null;
  kindLabel: (id: string) => string;
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

/**
 * Labels with a white halo, so they stay readable on top of links. Sigma's label grid already picks the
 * largest organisation per cell; a label that would still cover one drawn before it in this frame is left out.
 */
function drawLabel(
  space: LabelSpace,
  context: CanvasRenderingContext2D,
  data: PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>,
  settings: Settings<NodeAttributes, EdgeAttributes>,
) {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  const width = context.measureText(data.label).width;
  if (!space.take({ x: x - 2, y: y - size, width: width + 4, height: size + 4 })) return;
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
export default function SigmaMap({
  map,
  view,
  selectedId,
  onSelect,
  fitKey,
  label,
  describedBy,
  kindLabel,
}: Props) {
  const { t } = useTranslation();
  // Without links: the layout effect puts in those the current filters choose, sorted once.
  const graph = useMemo(() => buildGraph(map, []), [map]);
  const stage = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<MapSigma | null>(null);

  // Sorting tens of thousands of links happens when the filters change, not when an organisation is chosen.
  const strongest = useMemo(
    () => chooseEdges(view.links, null, edgeBudget(map.nodes.length)),
    [view, map.nodes.length],
  );
  const kinds = useMemo(
    () => (map.nodes.length >= summaryFrom ? kindsOf(map.nodes, map.links) : null),
    [map],
  );
  const summary = useMemo(
    () => (kinds ? summariseKinds(kinds, view.nodes, view.links) : null),
    [kinds, view],
  );
  const current = useMemo(
    () => renderState(view, selectedId, graph, strongest, summary, kindLabel),
    [view, selectedId, graph, strongest, summary, kindLabel],
  );
  const state = useRef(current);
  state.current = current;
  // The camera's zoom as the reducers last saw it: what shows depends on it.
  const zoom = useRef({ ratio: 1, step: 0 });
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  // The state the map was last drawn with, so the first effect run does not draw it all again.
  const drawn = useRef<RenderState | null>(null);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    drawn.current = state.current;
    // The first frame holds only the links that show from afar; the rest of the budget, which zooming in
    // reveals, joins right after it (sigma redraws when the graph changes).
    const shownFirst = visibleProposed(1);
    syncEdges(
      graph,
      state.current.edges.filter((entry) => entry.rank < shownFirst),
    );
    zoom.current = { ratio: 1, step: zoomStep(1) };
    const labels = new LabelSpace();
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
      defaultDrawNodeLabel: (context, data, settings) => drawLabel(labels, context, data, settings),
      stagePadding: 40,
      hideEdgesOnMove: state.current.edges.length > 5_000,
      minCameraRatio: 0.03,
      maxCameraRatio: 3,
      nodeReducer: (node, data) => reduceNode(state.current, zoom.current.ratio, node, data),
      edgeReducer: (edge, data) => reduceEdge(state.current, zoom.current.ratio, edge, data),
    });
    instance.on('beforeRender', () => labels.clear());
    // The constructor has just drawn the first frame.
    if (performance.getEntriesByName(firstFrameMark).length === 0) performance.mark(firstFrameMark);
    stage.current?.setAttribute('data-first-frame', 'true');
    const detail = window.setTimeout(() => {
      if (drawn.current) syncEdges(graph, drawn.current.edges);
    }, 0);

    const clusters = addClusterLayer(instance, () => state.current);
    // What shows depends on the zoom: re-decide when it changed by half a power of two.
    const camera = instance.getCamera();
    const onCamera = () => {
      const { ratio } = camera.getState();
      const step = zoomStep(ratio);
      zoom.current.ratio = ratio;
      if (step === zoom.current.step) return;
      zoom.current.step = step;
      instance.scheduleRefresh();
    };
    camera.on('updated', onCamera);
    instance.on('clickNode', (event) => onSelectRef.current(event.node));
    instance.on('enterNode', () => {
      element.style.cursor = 'pointer';
    });
    instance.on('leaveNode', () => {
      element.style.cursor = '';
    });
    setSigma(instance);
    return () => {
      window.clearTimeout(detail);
      camera.off('updated', onCamera);
      clusters.remove();
      instance.kill();
      setSigma(null);
    };
  }, [graph]);

  // Filters or selection changed: the reducers read the new state on this refresh.
  useEffect(() => {
    if (!sigma || drawn.current === current) return;
    drawn.current = current;
    syncEdges(graph, current.edges);
    sigma.refresh();
  }, [sigma, current, graph]);

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

function renderState(
  view: MapData,
  selected: string | null,
  graph: MapGraph,
  strongest: RenderState['edges'],
  summary: RenderState['summary'],
  kindLabel: (id: string) => string,
): RenderState {
  const neighbours = new Set<string>();
  let edges = strongest;
  if (selected) {
    const own: RenderState['edges'] = [];
    for (const link of view.links) {
      if (link.source === selected) neighbours.add(link.target);
      else if (link.target === selected) neighbours.add(link.source);
      else continue;
      own.push({ link, rank: -1 });
    }
    // Later entries win: the selected organisation's links always show.
    edges = [...strongest, ...own];
  }
  return {
    nodes: new Set(view.nodes.map((n) => n.id)),
    edges,
    counts: linkCounts(view.links),
    scale: graph.getAttribute('sizeScale') ?? 1,
    selected: selected && graph.hasNode(selected) ? selected : null,
    neighbours,
    clusters: view.clusters,
    summary,
    kindLabel,
  };
}

/** Zoomed out on a large map, the kinds of support speak instead of the organisations. */
const isOverview = (state: RenderState, ratio: number) => state.summary !== null && ratio >= overviewRatio;

function reduceNode(
  state: RenderState,
  ratio: number,
  node: string,
  data: NodeAttributes,
): Partial<NodeData> {
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
  } else if (isOverview(state, ratio)) {
    reduced.label = null;
  }
  return reduced;
}

function reduceEdge(
  state: RenderState,
  ratio: number,
  edge: string,
  data: EdgeAttributes,
): Partial<EdgeAttributes & { hidden: boolean }> {
  if (data.rank >= 0 && data.rank >= visibleProposed(ratio)) return { ...data, hidden: true };
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

const clusterFont = '600 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/**
 * Each initiative as a shaded, dashed outline around its organisations, with its title on top; zoomed out on
 * a large map, also each kind of support as a labelled place and the links between kinds summed up. Titles
 * and kinds never cover each other: the more important ones are placed first.
 */
function drawClusters(sigma: MapSigma, context: CanvasRenderingContext2D, state: RenderState) {
  const { width, height } = sigma.getDimensions();
  context.clearRect(0, 0, width, height);
  const graph = sigma.getGraph();
  const labels = new LabelSpace();
  const ratio = sigma.getCamera().getState().ratio;
  if (state.summary && isOverview(state, ratio)) drawKindLinks(sigma, context, state.summary);
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
    context.font = clusterFont;
    const titleWidth = anchor ? context.measureText(cluster.title).width : 0;
    if (
      anchor &&
      labels.take({ x: anchor.x - titleWidth / 2 - 2, y: anchor.y - 20, width: titleWidth + 4, height: 18 })
    ) {
      context.textAlign = 'center';
      context.lineWidth = 3;
      context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
      context.strokeText(cluster.title, anchor.x, anchor.y - 6);
      context.fillStyle = '#133b68';
      context.fillText(cluster.title, anchor.x, anchor.y - 6);
      context.textAlign = 'start';
    }
  }
  if (state.summary && isOverview(state, ratio)) drawKindLabels(sigma, context, state, labels);
}

/** The links between kinds of support, summed up: wider for more links, the strongest few only. */
function drawKindLinks(
  sigma: MapSigma,
  context: CanvasRenderingContext2D,
  summary: NonNullable<RenderState['summary']>,
) {
  const at = new Map(summary.groups.map((g) => [g.kind, sigma.graphToViewport({ x: g.x, y: g.y })]));
  const strongest = summary.links.slice(0, 40);
  const top = strongest[0]?.weight ?? 1;
  context.strokeStyle = 'rgba(70, 86, 110, 0.35)';
  context.lineCap = 'round';
  for (const link of strongest) {
    const a = at.get(link.a);
    const b = at.get(link.b);
    if (!a || !b) continue;
    context.lineWidth = 1 + 9 * Math.sqrt(link.weight / top);
    context.beginPath();
    context.moveTo(a.x, a.y);
    context.lineTo(b.x, b.y);
    context.stroke();
  }
}

/** Each kind of support named where its organisations are, the largest first, none covering another. */
function drawKindLabels(
  sigma: MapSigma,
  context: CanvasRenderingContext2D,
  state: RenderState,
  labels: LabelSpace,
) {
  const groups = state.summary?.groups ?? [];
  const largest = groups[0]?.members.length ?? 1;
  context.textAlign = 'center';
  context.lineJoin = 'round';
  for (const group of groups) {
    if (group.members.length < 3) continue;
    const point = sigma.graphToViewport({ x: group.x, y: group.y });
    const size = Math.round(12 + 6 * Math.sqrt(group.members.length / largest));
    const text = `${state.kindLabel(group.kind)} (${group.members.length})`;
    context.font = `700 ${size}px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;
    const width = context.measureText(text).width;
    if (!labels.take({ x: point.x - width / 2 - 4, y: point.y - size, width: width + 8, height: size + 6 }))
      continue;
    context.lineWidth = 4;
    context.strokeStyle = 'rgba(255, 255, 255, 0.92)';
    context.strokeText(text, point.x, point.y);
    context.fillStyle = '#1a1f2b';
    context.fillText(text, point.x, point.y);
  }
  context.textAlign = 'start';
}
