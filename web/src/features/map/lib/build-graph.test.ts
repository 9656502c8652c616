import { sectors } from '@kraftsamling/shared';
import { describe, expect, it } from 'vitest';
import { clusters, ids, links, makeLink, nodes } from '../testing/map-fixtures';
import { buildGraph } from './build-graph';
import { linkStyles, maxNodeSize, minNodeSize, nodeSize, sectorColour, sectorColours } from './graph-style';
import { linkKey } from './map-view';

describe('building the graph sigma draws', () => {
  it('places every organisation where the server put it, with one edge per link', () => {
    const graph = buildGraph({ nodes, links, clusters });
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(4);
    expect(graph.getNodeAttributes(ids.eget)).toMatchObject({ x: 4, y: 1, label: 'Föreningen Eget Hem' });
  });

  it('sizes organisations by their number of links', () => {
    const graph = buildGraph({ nodes, links, clusters });
    const size = (id: string) => graph.getNodeAttribute(id, 'size');
    expect(graph.getNodeAttribute(ids.forskning, 'linkCount')).toBe(2);
    expect(size(ids.forskning)).toBeGreaterThan(size(ids.eget));
    expect(size(ids.eget)).toBeGreaterThan(minNodeSize);
  });

  it('colours organisations by sector', () => {
    const graph = buildGraph({ nodes, links, clusters });
    expect(graph.getNodeAttribute(ids.region, 'color')).toBe(sectorColours.region);
    expect(graph.getNodeAttribute(ids.puls, 'color')).toBe(sectorColours.civilsamhalle);
  });

  it('draws proposed links thin and light, accepted and mutual ones thicker', () => {
    const graph = buildGraph({ nodes, links, clusters });
    const edge = (a: string, b: string) => graph.getEdgeAttributes(linkKey(a, b));
    expect(edge(ids.puls, ids.forskning)).toMatchObject({ status: 'proposed', type: 'thin' });
    expect(edge(ids.region, ids.forskning)).toMatchObject({
      status: 'accepted',
      size: linkStyles.accepted.size,
    });
    expect(edge(ids.uppsala, ids.region)).toMatchObject({ status: 'mutual', size: linkStyles.mutual.size });
    expect(linkStyles.proposed.size).toBeLessThan(linkStyles.accepted.size);
    expect(linkStyles.accepted.size).toBeLessThan(linkStyles.mutual.size);
  });

  it('skips a repeated link and a link to an organisation that is not on the map', () => {
    const graph = buildGraph({
      nodes,
      links: [
        ...links,
        makeLink({ source: ids.forskning, target: ids.puls }),
        makeLink({ source: ids.puls, target: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0999' }),
      ],
      clusters,
    });
    expect(graph.size).toBe(4);
  });
});

describe('the map’s visual scale', () => {
  it('gives every sector its own colour', () => {
    const colours = sectors.map((s) => sectorColours[s.id]);
    expect(new Set(colours).size).toBe(sectors.length);
    expect(sectorColour('unknown')).toBe(sectorColours.annan);
  });

  it('grows node sizes with links, up to a ceiling', () => {
    expect(nodeSize(0)).toBe(minNodeSize);
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
    expect(nodeSize(10_000)).toBe(maxNodeSize);
  });
});
