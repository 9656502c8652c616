/** Organisation types (sectors) of a cross-sector mobilisation, with their display names. */
export const sectors = [
  { id: 'kommun', sv: 'Kommun', en: 'Municipality' },
  { id: 'region', sv: 'Region', en: 'Region' },
  { id: 'myndighet', sv: 'Statlig myndighet', en: 'Government agency' },
  { id: 'civilsamhalle', sv: 'Civilsamhälle', en: 'Civil society' },
  { id: 'brukarorganisation', sv: 'Brukar- och anhörigorganisation', en: 'User and carer organisation' },
  { id: 'naringsliv', sv: 'Näringsliv', en: 'Business' },
  { id: 'akademi', sv: 'Akademi', en: 'Academia' },
  { id: 'trossamfund', sv: 'Trossamfund', en: 'Faith community' },
  { id: 'arbetsmarknadsorganisation', sv: 'Arbetsmarknadsorganisation', en: 'Labour market organisation' },
  { id: 'annan', sv: 'Annan', en: 'Other' },
] as const;

export type SectorId = (typeof sectors)[number]['id'];
export const sectorIds = sectors.map((s) => s.id) as [SectorId, ...SectorId[]];
