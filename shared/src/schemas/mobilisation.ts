import { z } from 'zod';
import { emailSchema } from './auth';
import {
  idSchema,
  lineText,
  longText,
  monthSchema,
  schemaMessages,
  timestampSchema,
  versionSchema,
} from './common';
import { currencyMonthsSchema } from './currency';
import { startingKindsSchema } from './kinds';

/** A goal's code is how profiles and initiatives refer to it, so it stays fixed once goals are in use. */
export const goalCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/, { message: schemaMessages.goalCode });

export const overallGoalSchema = z.object({
  code: goalCodeSchema,
  sv: lineText(300).min(1),
  en: lineText(300).default(''),
  /** Retired: initiatives and projects that chose it keep it; nothing new can choose it. */
  retired: z.boolean().default(false),
});
export type OverallGoal = z.infer<typeof overallGoalSchema>;

/** A mobilisation's overall goals, as created through the API and by a profile file's import. */
export const overallGoalListSchema = z
  .array(overallGoalSchema)
  .min(1)
  .max(20)
  .refine((goals) => new Set(goals.map((g) => g.code)).size === goals.length, {
    message: schemaMessages.uniqueGoalCode,
  })
  .refine((goals) => goals.some((g) => !g.retired), { message: schemaMessages.activeGoal });

const slugSchema = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: schemaMessages.slug });

const mobilisationFields = {
  name: lineText(200).min(1),
  slug: slugSchema,
  description: longText(4000).default(''),
  periodStart: monthSchema.nullable().default(null),
  periodEnd: monthSchema.nullable().default(null),
  goals: overallGoalListSchema,
  publicAccess: z.enum(['none', 'profiles']).default('profiles'),
  /** Months an entry stays current before its organisation is asked whether it still holds. */
  currencyMonths: currencyMonthsSchema.default(12),
};

const periodInOrder = (m: { periodStart?: string | null; periodEnd?: string | null }) =>
  !m.periodStart || !m.periodEnd || m.periodStart <= m.periodEnd;
const periodMessage = { message: schemaMessages.periodOrder, path: ['periodEnd'] };

export const createMobilisationSchema = z
  .object({
    ...mobilisationFields,
    /** Its first coordinators, invited by mail in the same step: nothing is created if any of it fails. */
    coordinators: z
      .array(emailSchema)
      .max(20)
      .default([])
      .refine((emails) => new Set(emails).size === emails.length, { message: schemaMessages.uniqueEmail }),
    /** Its kinds of support; by default the mental-health template (decision 015). */
    kinds: startingKindsSchema.default({ from: 'mental-health' }),
  })
  .refine(periodInOrder, periodMessage);
export type CreateMobilisation = z.input<typeof createMobilisationSchema>;

export const updateMobilisationSchema = z
  .object({
    version: versionSchema,
    name: mobilisationFields.name.optional(),
    description: longText(4000).optional(),
    periodStart: monthSchema.nullable().optional(),
    periodEnd: monthSchema.nullable().optional(),
    goals: overallGoalListSchema.optional(),
    publicAccess: z.enum(['none', 'profiles']).optional(),
    /** Months an entry stays current before its organisation is asked whether it holds. */
    currencyMonths: currencyMonthsSchema.optional(),
  })
  .refine(periodInOrder, periodMessage);
export type UpdateMobilisation = z.input<typeof updateMobilisationSchema>;

export const mobilisationSchema = z.object({
  id: idSchema,
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  goals: z.array(
    z.object({
      code: z.string(),
      sv: z.string(),
      en: z.string(),
      retired: z.boolean(),
    }),
  ),
  organisationCount: z.number().int(),
  /** What people who are not participants see: nothing, or organisations with their submitted four points. */
  publicAccess: z.enum(['none', 'profiles']),
  /** Months an entry stays current before its organisation is asked whether it still holds. */
  currencyMonths: z.number().int(),
  version: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Mobilisation = z.infer<typeof mobilisationSchema>;

export const mobilisationListSchema = z.object({ items: z.array(mobilisationSchema) });
export type MobilisationList = z.infer<typeof mobilisationListSchema>;

export const mobilisationParamsSchema = z.object({ mobilisationId: idSchema });

/** What uses each goal, so that coordinators see what a goal's removal or retirement touches. */
export const goalUsageSchema = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      initiatives: z.array(z.object({ id: idSchema, title: z.string() })),
      projects: z.number().int(),
    }),
  ),
});
export type GoalUsage = z.infer<typeof goalUsageSchema>;
