/** Every profile of the mobilisation as a file in the import's columns: the server names it and sends it as an attachment. */
export function profileExportUrl(mobilisationId: string, format: 'xlsx' | 'csv'): string {
  return `/api/mobilisations/${encodeURIComponent(mobilisationId)}/profiles/export?format=${format}`;
}
