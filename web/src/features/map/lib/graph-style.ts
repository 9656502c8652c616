import type { LinkStatus, SectorId } from '@kraftsamling/shared';

/**
 * Sector colours: Paul Tol's "muted" scheme (distinguishable with the common colour-vision deficiencies) plus a
 * neutral grey for "other". Colour is never the only carrier: every node has a dark outline so the light tones
 * stand out against the white canvas, and the legend, the hover label, the side panel and the list view all
 * name the sector in words.
 */
export const sectorColours: Record<SectorId, string> = {
  kommun: '#332288',
  region: '#117733',
  myndighet: '#44aa99',
  civilsamhalle: '#88ccee',
  brukarorganisation: '#ddcc77',
  naringsliv: '#cc6677',
  akademi: '#aa4499',
  trossamfund: '#882255',
  arbetsmarknadsorganisation: '#999933',
  annan: '#bbbbbb',
};

export const nodeOutlineColour = '#1a1f2b';
/** Nodes outside the selected organisation's neighbourhood fade back. */
export const dimmedNodeColour = '#e3e7ed';
export const dimmedOutlineColour = '#b8c0cc';

export function sectorColour(sector: string): string {
  return sectorColours[sector as SectorId] ?? sectorColours.annan;
}

/**
 * Links differ in width first and colour second, so they can be told apart without colour: proposed links are
 * hairlines (sigma's cheap one-pixel line program, which matters with thousands of them on a software GPU),
 * accepted ones thick, mutual interest the thickest.
 */
export const linkStyles: Record<LinkStatus, { size: number; color: string; zIndex: number; type: string }> = {
  proposed: { size: 1, color: '#98a4b6', zIndex: 0, type: 'thin' },
  accepted: { size: 2.6, color: '#1b4f8a', zIndex: 1, type: 'strong' },
  mutual: { size: 4.2, color: '#b3261e', zIndex: 2, type: 'strong' },
};

export const minNodeSize = 3;
export const maxNodeSize = 16;

/** Size grows with the square root of the number of links, so a few hubs do not swallow the map. */
export function nodeSize(linkCount: number, scale = 1): number {
  return scale * Math.min(maxNodeSize, minNodeSize + 1.6 * Math.sqrt(Math.max(0, linkCount)));
}

/**
 * Larger maps get smaller circles, so thousands of organisations do not cover each other at the first view;
 * zooming in spreads them out.
 */
export function sizeScale(organisations: number): number {
  return Math.min(1, Math.sqrt(Math.sqrt(150 / Math.max(1, organisations))));
}

/** Labels appear only for nodes drawn at least this large (in pixels); zooming in reveals the rest. */
export const labelThreshold = 8;
