import { describe, expect, it } from 'vitest';
import { linkEnds, rememberLinkEnds } from './link-ends';
import { linkCounts } from './map-view';

describe('where links end', () => {
  const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('finds each end’s position among the organisations, -1 for one that is not there', () => {
    const links = [
      { source: 'c', target: 'a' },
      { source: 'b', target: 'x' },
    ];
    const ends = linkEnds(nodes, links);
    expect(Array.from(ends.source)).toEqual([2, 1]);
    expect(Array.from(ends.target)).toEqual([0, -1]);
  });

  it('takes the positions the map document gave for these links and organisations, not for others', () => {
    const links = [{ source: 'a', target: 'b' }];
    rememberLinkEnds(nodes, links, { source: [0], target: [1] });
    expect(linkEnds(nodes, links)).toEqual({ source: [0], target: [1] });
    const others = [{ id: 'b' }, { id: 'a' }];
    expect(Array.from(linkEnds(others, links).source)).toEqual([1]);
  });

  it('counts each organisation’s links the same from the document’s positions as from the ids', () => {
    const links = [
      { source: 'a', target: 'b' },
      { source: 'a', target: 'c' },
    ];
    const byId = linkCounts([...links]);
    rememberLinkEnds(nodes, links, { source: [0, 0], target: [1, 2] });
    expect(linkCounts(links)).toEqual(byId);
    expect(Object.fromEntries(linkCounts(links))).toEqual({ a: 2, b: 1, c: 1 });
  });
});
