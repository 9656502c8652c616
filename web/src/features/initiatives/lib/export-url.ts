import type { Locale } from '@kraftsamling/shared';

/**
 * The initiative list as a file: the server names it and sends it as an attachment, written in the interface's
 * language (a plain link carries the browser's languages, not the choice made in the app).
 */
export function exportUrl(mobilisationId: string, format: 'xlsx' | 'csv', language: Locale): string {
  return `/api/mobilisations/${encodeURIComponent(mobilisationId)}/initiatives/export?format=${format}&lang=${language}`;
}
