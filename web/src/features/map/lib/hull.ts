export type Point = { x: number; y: number };

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

/** The convex hull (Andrew's monotone chain), counter-clockwise, without repeating the first point. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const unique = sorted.filter((p, i) => i === 0 || p.x !== sorted[i - 1]?.x || p.y !== sorted[i - 1]?.y);
  if (unique.length <= 2) return unique;
  const lower: Point[] = [];
  for (const p of unique) {
    while (
      lower.length >= 2 &&
      cross(lower[lower.length - 2] as Point, lower[lower.length - 1] as Point, p) <= 0
    )
      lower.pop();
    lower.push(p);
  }
  const upper: Point[] = [];
  for (let i = unique.length - 1; i >= 0; i--) {
    const p = unique[i] as Point;
    while (
      upper.length >= 2 &&
      cross(upper[upper.length - 2] as Point, upper[upper.length - 1] as Point, p) <= 0
    )
      upper.pop();
    upper.push(p);
  }
  lower.pop();
  upper.pop();
  return [...lower, ...upper];
}

/**
 * The outline drawn around an initiative's organisations: the hull of a small circle around each of them, so
 * one organisation gets a disc, two a capsule and more a rounded polygon, always `padding` clear of the nodes.
 */
export function paddedHull(points: readonly Point[], padding: number, segments = 12): Point[] {
  const ring: Point[] = [];
  for (const p of points) {
    for (let i = 0; i < segments; i++) {
      const angle = (i / segments) * 2 * Math.PI;
      ring.push({ x: p.x + Math.cos(angle) * padding, y: p.y + Math.sin(angle) * padding });
    }
  }
  return convexHull(ring);
}

/** Where an outline's title goes: above its highest point, centred on it. */
export function labelAnchor(hull: readonly Point[]): Point | null {
  let top: Point | null = null;
  for (const p of hull) if (!top || p.y < top.y) top = p;
  return top;
}

/**
 * The camera (in sigma's framed coordinates, where ratio 1 shows the whole map) that shows all the given points
 * with some room around them; a single point is shown at a fixed close zoom.
 */
export function cameraToFit(
  points: readonly Point[],
  options: { padding?: number; minRatio?: number; maxRatio?: number; single?: number } = {},
): { x: number; y: number; ratio: number } | null {
  const { padding = 1.3, minRatio = 0.05, maxRatio = 1, single = 0.25 } = options;
  const first = points[0];
  if (!first) return null;
  let minX = first.x;
  let maxX = first.x;
  let minY = first.y;
  let maxY = first.y;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = points.length === 1 ? single : Math.min(maxRatio, Math.max(minRatio, extent * padding));
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
}
