import { z } from 'zod';
import { idSchema, lineText, paginationQuerySchema } from './common';
import { countySchema, sectorSchema } from './organisation';

/** Marks around matched words in highlighted text; control characters never occur in stored text. */
export const highlightStart = '\u0002';
export const highlightEnd = '\u0003';

export const searchQuerySchema = paginationQuerySchema.extend({
  q: lineText(200).min(2),
  kind: z.enum(['need', 'offer', 'project', 'goals']).optional(),
  goal: z.string().max(16).optional(),
  concept: z.string().max(60).optional(),
  sector: sectorSchema.optional(),
  county: countySchema.optional(),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

export const searchHitSchema = z.object({
  kind: z.enum(['need', 'offer', 'project', 'goals']),
  /** The need, offer or project; for goals, the profile. */
  itemId: idSchema,
  profileId: idSchema,
  organisation: z.object({ id: idSchema, name: z.string(), sector: sectorSchema, county: z.string() }),
  /** The matching text with matched words between `highlightStart` and `highlightEnd`. */
  highlight: z.string(),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({ items: z.array(searchHitSchema), total: z.number().int() });
export type SearchResult = z.infer<typeof searchResultSchema>;

/** Splits highlighted text into plain and marked parts, for rendering without HTML. */
export function highlightParts(text: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  let current = '';
  for (const char of text) {
    if (char === highlightStart || char === highlightEnd) {
      if (current) parts.push({ text: current, marked });
      current = '';
      marked = char === highlightStart;
    } else {
      current += char;
    }
  }
  if (current) parts.push({ text: current, marked });
  return parts;
}
