import { describe, expect, it } from 'vitest';
import { clusters, ids, links, nodes } from '../testing/map-fixtures';
import {
  applyView,
  findByName,
  initiativesByOrganisation,
  linkCounts,
  linkKey,
  linksByOrganisation,
} from './map-view';

const map = { nodes, links, clusters };
const names = (view: ReturnType<typeof applyView>) => view.nodes.map((n) => n.name);

describe('the map view', () => {
  it('shows everything when nothing is filtered', () => {
    const view = applyView(map, {});
    expect(view.nodes).toHaveLength(5);
    expect(view.links).toHaveLength(4);
    expect(view.clusters).toHaveLength(1);
  });

  it('drops the links of organisations a sector filter hides, along with the organisations', () => {
    const view = applyView(map, { sector: 'civilsamhalle' });
    expect(names(view)).toEqual(['Föreningen Eget Hem', 'Föreningen Ung Puls']);
    // Both civil-society organisations link only to organisations of other sectors.
    expect(view.links).toEqual([]);
    // The initiative keeps the one member left.
    expect(view.clusters[0]?.organisationIds).toEqual([ids.puls]);
  });

  it('keeps only the organisations that have a link of the status asked for', () => {
    const view = applyView(map, { linkStatus: 'mutual' });
    expect(names(view)).toEqual(['Region Uppsala', 'Uppsala kommun']);
    expect(view.links.map((l) => l.status)).toEqual(['mutual']);
  });

  it('filters organisations and links by concept alike', () => {
    const view = applyView(map, { concept: 'eval' });
    expect(names(view)).toEqual(['Föreningen Ung Puls', 'Institutet för följeforskning', 'Region Uppsala']);
    expect(view.links.map((l) => linkKey(l.source, l.target))).toEqual([
      linkKey(ids.puls, ids.forskning),
      linkKey(ids.region, ids.forskning),
    ]);
  });

  it('shows one initiative with its organisations and the links among them', () => {
    const view = applyView(map, { initiative: ids.initiative });
    expect(names(view)).toEqual(['Föreningen Ung Puls', 'Institutet för följeforskning', 'Region Uppsala']);
    expect(view.links).toHaveLength(2);
    expect(view.clusters.map((c) => c.initiativeId)).toEqual([ids.initiative]);
  });

  it('shows nothing for an initiative that is not on the map', () => {
    const view = applyView(map, { initiative: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0999' });
    expect(view.nodes).toEqual([]);
    expect(view.links).toEqual([]);
  });

  it('counts and lists each organisation’s links in both directions', () => {
    expect(linkCounts(links).get(ids.forskning)).toBe(2);
    expect(linkCounts(links).get(ids.eget)).toBe(1);
    expect(linksByOrganisation(links).get(ids.uppsala)).toHaveLength(2);
    expect(initiativesByOrganisation(clusters).get(ids.region)).toEqual([ids.initiative]);
  });

  it('names a link the same whichever end comes first', () => {
    expect(linkKey(ids.puls, ids.region)).toBe(linkKey(ids.region, ids.puls));
  });

  it('finds organisations by any part of their name, those starting with it first', () => {
    expect(findByName(nodes, 'uppsala').map((n) => n.name)).toEqual(['Uppsala kommun', 'Region Uppsala']);
    expect(findByName(nodes, 'förening puls').map((n) => n.name)).toEqual(['Föreningen Ung Puls']);
    expect(findByName(nodes, '   ')).toEqual([]);
  });
});
