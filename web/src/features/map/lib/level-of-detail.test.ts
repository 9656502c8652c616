import type { MapLink } from '@kraftsamling/shared';
import { describe, expect, it } from 'vitest';
import { buildGraph, syncEdges } from './build-graph';
import {
  chooseEdges,
  kindsOf,
  LabelSpace,
  overviewEdges,
  summariseKinds,
  visibleProposed,
  zoomStep,
} from './level-of-detail';
import { linkKey } from './map-view';

const link = (
  source: string,
  target: string,
  status: MapLink['status'],
  weight: number,
  concepts: string[] = [],
) => ({ source, target, status, weight, concepts, goals: [] }) satisfies MapLink;

describe('what a large map draws', () => {
  it('puts every accepted and mutual link in the graph, then the best supported proposed ones, up to a budget', () => {
    const links = [
      link('a', 'b', 'proposed', 1),
      link('a', 'c', 'proposed', 5),
      link('b', 'c', 'accepted', 1),
      link('c', 'd', 'proposed', 3),
      link('a', 'd', 'mutual', 1),
    ];
    const chosen = chooseEdges(links, null, 4);
    expect(chosen.map((c) => [c.link.source + c.link.target, c.rank])).toEqual([
      ['ad', -1],
      ['bc', -1],
      ['ac', 0],
      ['cd', 1],
    ]);
    // The selected organisation's links are there even beyond the budget, and always show.
    const withB = chooseEdges(links, 'b', 4);
    expect(withB.find((c) => c.link.target === 'b' && c.link.source === 'a')?.rank).toBe(-1);
  });

  it('keeps exactly the links and order a full sort would, ties in their given order, without sorting them all', () => {
    const statuses = ['proposed', 'proposed', 'proposed', 'accepted', 'mutual'] as const;
    // A fixed pseudo-random set with many equal weights, so ties at the budget's edge are common.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const links = Array.from({ length: 3_000 }, (_, i) =>
      link(`n${i % 97}`, `m${i % 89}`, statuses[next() % statuses.length] as MapLink['status'], next() % 40),
    );
    const strength = { mutual: 0, accepted: 1, proposed: 2 };
    const sorted = [...links].sort((a, b) => strength[a.status] - strength[b.status] || b.weight - a.weight);
    for (const budget of [0, 500, 1_234, 2_999, 5_000]) {
      const expected: { link: MapLink; rank: number }[] = [];
      for (const l of sorted.slice(0, budget))
        expected.push({
          link: l,
          rank: l.status === 'proposed' ? expected.filter((e) => e.rank >= 0).length : -1,
        });
      expect(chooseEdges(links, null, budget)).toEqual(expected);
    }
  });

  it('shows more proposed links as one zooms in, and re-decides only on a noticeable zoom', () => {
    expect(visibleProposed(1)).toBe(overviewEdges);
    expect(visibleProposed(0.5)).toBe(overviewEdges * 4);
    expect(zoomStep(1)).toBe(0);
    expect(zoomStep(0.95)).toBe(0);
    expect(zoomStep(0.5)).toBe(-2);
  });

  it('gives each organisation the kind its links are most about, and sums links up between kinds', () => {
    const nodes = [
      { id: 'a', concepts: ['eval', 'premises'], x: 0, y: 0 },
      { id: 'b', concepts: ['eval'], x: 2, y: 0 },
      { id: 'c', concepts: ['premises'], x: 10, y: 10 },
      { id: 'd', concepts: [], x: 12, y: 10 },
    ];
    const links = [
      link('a', 'b', 'proposed', 3, ['eval']),
      link('a', 'c', 'proposed', 1, ['premises']),
      link('c', 'd', 'proposed', 2, ['premises']),
    ];
    const kinds = kindsOf(nodes, links);
    expect(Object.fromEntries(kinds)).toEqual({ a: 'eval', b: 'eval', c: 'premises', d: 'premises' });
    const summary = summariseKinds(kinds, nodes, links);
    expect(summary.groups.map((g) => [g.kind, g.members.length, g.x, g.y])).toEqual([
      ['eval', 2, 1, 0],
      ['premises', 2, 11, 10],
    ]);
    expect(summary.links).toEqual([{ a: 'eval', b: 'premises', weight: 1 }]);
  });

  it('never places a label over another', () => {
    const space = new LabelSpace();
    expect(space.take({ x: 0, y: 0, width: 50, height: 10 })).toBe(true);
    expect(space.take({ x: 40, y: 5, width: 50, height: 10 })).toBe(false);
    expect(space.take({ x: 51, y: 0, width: 50, height: 10 })).toBe(true);
    space.clear();
    expect(space.take({ x: 40, y: 5, width: 50, height: 10 })).toBe(true);
  });

  it('swaps the graph’s links for the chosen ones without touching the organisations', () => {
    const nodes = ['a', 'b', 'c'].map((id, i) => ({
      id,
      profileId: id,
      name: id,
      sector: 'kommun' as const,
      county: 'Uppsala län',
      status: 'submitted' as const,
      x: i,
      y: 0,
      concepts: [],
      goals: [],
    }));
    const links = [link('a', 'b', 'proposed', 1), link('b', 'c', 'accepted', 1)];
    const graph = buildGraph({ nodes, links, clusters: [] });
    expect(graph.size).toBe(2);
    syncEdges(graph, chooseEdges([links[1] as MapLink], null, 10));
    expect(graph.edges()).toEqual([linkKey('b', 'c')]);
    expect(graph.order).toBe(3);
  });
});
