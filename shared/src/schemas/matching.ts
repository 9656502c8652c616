import { z } from 'zod';
import { idSchema, timestampSchema } from './common';
import { sectorSchema } from './organisation';

/** One reason a pair was proposed, already put into words in both languages. */
export const matchReasonSchema = z.object({
  kind: z.string(),
  sv: z.string(),
  en: z.string(),
});
export type MatchReason = z.infer<typeof matchReasonSchema>;

export const matchCounterpartSchema = z.object({
  itemId: idSchema,
  text: z.string(),
  profileId: idSchema,
  organisation: z.object({ id: idSchema, name: z.string(), sector: sectorSchema, county: z.string() }),
});

export const itemMatchSchema = z.object({
  counterpart: matchCounterpartSchema,
  /** In [0, 1]. */
  score: z.number(),
  /** Confident enough to be proposed to people; the others are shown as weaker possibilities. */
  suggested: z.boolean(),
  reasons: z.array(matchReasonSchema),
});
export type ItemMatch = z.infer<typeof itemMatchSchema>;

const itemWithMatchesSchema = z.object({
  itemId: idSchema,
  text: z.string(),
  matches: z.array(itemMatchSchema),
});

/** "Who could meet our needs" and "who could use our offers" for one profile. */
export const profileMatchesSchema = z.object({
  /** Engine version the stored matches were computed with; null before the first run. */
  engineVersion: z.string().nullable(),
  computedAt: timestampSchema.nullable(),
  /** A re-match of this profile is queued or running. */
  pending: z.boolean(),
  needs: z.array(itemWithMatchesSchema),
  offers: z.array(itemWithMatchesSchema),
});
export type ProfileMatches = z.infer<typeof profileMatchesSchema>;

export const matchRunSchema = z.object({
  jobId: idSchema,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
  createdAt: timestampSchema,
  startedAt: timestampSchema.nullable(),
  finishedAt: timestampSchema.nullable(),
});
export type MatchRun = z.infer<typeof matchRunSchema>;
export const latestMatchRunSchema = z.object({ run: matchRunSchema.nullable() });
