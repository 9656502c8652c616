import { describe, expect, it } from 'vitest';
import { cameraToFit, convexHull, labelAnchor, paddedHull } from './hull';

describe('initiative outlines', () => {
  it('takes the corners of a point cloud and leaves the inside out', () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 1, y: 1 },
      { x: 2, y: 2 },
      { x: 0, y: 2 },
      { x: 0, y: 0 },
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual({ x: 1, y: 1 });
  });

  it('draws a disc around a single organisation, the padding away from it', () => {
    const hull = paddedHull([{ x: 10, y: 10 }], 5, 12);
    expect(hull).toHaveLength(12);
    for (const p of hull) expect(Math.hypot(p.x - 10, p.y - 10)).toBeCloseTo(5);
  });

  it('keeps every organisation inside its padded outline', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 30, y: 5 },
      { x: 12, y: 25 },
    ];
    const hull = paddedHull(points, 8);
    const inside = (p: { x: number; y: number }) =>
      hull.every((a, i) => {
        const b = hull[(i + 1) % hull.length] ?? a;
        return (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x) >= 0;
      });
    for (const p of points) expect(inside(p)).toBe(true);
  });

  it('puts the title above the highest point', () => {
    expect(
      labelAnchor([
        { x: 0, y: 5 },
        { x: 3, y: -2 },
        { x: 1, y: 9 },
      ]),
    ).toEqual({ x: 3, y: -2 });
    expect(labelAnchor([])).toBeNull();
  });
});

describe('fitting the camera', () => {
  it('centres on the points and zooms so that all of them show', () => {
    expect(
      cameraToFit([
        { x: 0.2, y: 0.4 },
        { x: 0.6, y: 0.5 },
      ]),
    ).toEqual({ x: 0.4, y: 0.45, ratio: expect.closeTo(0.52) });
  });

  it('shows one point at a fixed zoom, and nothing when there is nothing', () => {
    expect(cameraToFit([{ x: 0.3, y: 0.7 }])).toEqual({ x: 0.3, y: 0.7, ratio: 0.25 });
    expect(cameraToFit([])).toBeNull();
  });

  it('never zooms out beyond the whole map or in beyond the closest view', () => {
    expect(
      cameraToFit([
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ])?.ratio,
    ).toBe(1);
    expect(
      cameraToFit([
        { x: 0.5, y: 0.5 },
        { x: 0.5001, y: 0.5 },
      ])?.ratio,
    ).toBe(0.05);
  });
});
