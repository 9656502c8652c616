import { z } from 'zod';

export const idSchema = z.uuid();

/** Optimistic concurrency: every save names the version it edited. */
export const versionSchema = z.number().int().min(1).max(2_147_483_647);

export const timestampSchema = z.iso.datetime({ offset: true });

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A calendar month, `YYYY-MM`: the precision people plan work in. */
export const monthSchema = z.string().regex(monthPattern, { message: 'Expected a month as YYYY-MM' });

/** A period whose ends may be open; when both are given, the end is not before the start. */
export const periodSchema = z
  .object({
    start: monthSchema.nullable().default(null),
    end: monthSchema.nullable().default(null),
  })
  .refine((p) => p.start === null || p.end === null || p.start <= p.end, {
    message: 'The period ends before it starts',
    path: ['end'],
  });
export type Period = z.infer<typeof periodSchema>;

/** Single-line text: trimmed, bounded, no control characters. */
export function lineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, { message: 'Must not contain control characters' });
}

/** Free text that may span lines: trimmed, bounded, no control characters other than newlines and tabs. */
export function longText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .regex(/^(?:[^\p{Cc}]|[\n\r\t])*$/u, { message: 'Must not contain control characters' });
}

export const paginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const localeSchema = z.enum(['sv', 'en']);
export type Locale = z.infer<typeof localeSchema>;
