/** The initiative list as a file: the server names it and sends it as an attachment. */
export function exportUrl(mobilisationId: string, format: 'xlsx' | 'csv'): string {
  return `/api/mobilisations/${encodeURIComponent(mobilisationId)}/initiatives/export?format=${format}`;
}
