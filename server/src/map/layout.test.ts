import { describe, expect, it } from 'vitest';
import { layoutMap } from './layout';

const ids = Array.from({ length: 40 }, (_, i) => `org-${String(i).padStart(2, '0')}`);
// Two groups of twenty, densely linked within, one link between them.
const pairs: [number, number][] = [];
for (const base of [0, 20]) {
  for (let i = base; i < base + 20; i++) for (let j = i + 1; j < base + 20; j += 3) pairs.push([i, j]);
}
pairs.push([0, 20]);
const links = { a: pairs.map(([a]) => a), b: pairs.map(([, b]) => b), weight: pairs.map(() => 1) };

type Positions = Map<string, { x: number; y: number }>;
const at = (positions: Positions, id: string) => {
  const p = positions.get(id);
  if (!p) throw new Error(`${id} was not placed`);
  return p;
};
const distance = (positions: Positions, id: string, other: Positions, otherId: string) => {
  const p = at(positions, id);
  const q = at(other, otherId);
  return Math.hypot(p.x - q.x, p.y - q.y);
};
const meanDistance = (positions: Positions, within: boolean) => {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < 40; i++) {
    for (let j = i + 1; j < 40; j++) {
      if ((i < 20 === j < 20) !== within) continue;
      sum += distance(positions, ids[i] as string, positions, ids[j] as string);
      n++;
    }
  }
  return sum / n;
};

describe('the map layout', () => {
  const first = layoutMap({ nodes: ids, links, previous: new Map() });

  it('places linked organisations together and the same input the same way', () => {
    expect(first.size).toBe(40);
    expect(meanDistance(first, true)).toBeLessThan(meanDistance(first, false) * 0.75);
    expect(layoutMap({ nodes: ids, links, previous: new Map() })).toEqual(first);
  });

  it('starts from where organisations were, and places a newcomer beside its known neighbour', () => {
    const newcomer = 'org-new';
    const next = layoutMap({
      nodes: [...ids, newcomer],
      links: { a: [...links.a, 40], b: [...links.b, 5], weight: [...links.weight, 1] },
      previous: first,
    });
    const moved = ids.map((id) => distance(first, id, next, id));
    const meanMoved = moved.reduce((sum, d) => sum + d, 0) / moved.length;
    expect(meanMoved).toBeLessThan(meanDistance(first, true) / 2);
    expect(distance(next, newcomer, next, 'org-05')).toBeLessThan(meanDistance(next, true));
  });
});
