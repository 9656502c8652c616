import { z } from 'zod';
import { targetGroupIds } from '../reference/target-groups';
import {
  idSchema,
  lineText,
  longText,
  periodSchema,
  schemaMessages,
  timestampSchema,
  versionSchema,
} from './common';
import { kindIdSchema } from './kinds';
import { itemStatusSchema } from './lifecycle';
import { goalCodeSchema } from './mobilisation';
import { organisationSchema, profileStatusSchema } from './organisation';

/** Limits that keep one profile readable for people and cheap to match; generous for real answers. */
export const profileLimits = {
  goalsText: 4000,
  projectTitle: 200,
  projectDescription: 4000,
  itemText: 2000,
  projects: 30,
  items: 30,
  tags: 10,
  tagLength: 60,
} as const;

const uniqueValues = <T>(values: T[]) => new Set(values).size === values.length;

const tagsSchema = z
  .array(lineText(profileLimits.tagLength).min(1))
  .max(profileLimits.tags)
  .default([])
  .refine(uniqueValues, { message: schemaMessages.uniqueTag });
const targetGroupsSchema = z
  .array(z.enum(targetGroupIds))
  .max(targetGroupIds.length)
  .default([])
  .refine(uniqueValues, { message: schemaMessages.uniqueTargetGroup });

/**
 * Two strengths of the same shape: a draft may be half-written (empty texts allowed, so nothing typed is ever
 * refused), a submission must be complete. Limits on size and form are the same for both.
 */
function contentSchema(mode: 'draft' | 'submission') {
  const required = mode === 'submission' ? 1 : 0;
  const project = z.object({
    id: idSchema,
    title: lineText(profileLimits.projectTitle).min(required),
    description: longText(profileLimits.projectDescription).default(''),
    period: periodSchema.default({ start: null, end: null }),
    goals: z
      .array(goalCodeSchema)
      .max(20)
      .default([])
      .refine(uniqueValues, { message: schemaMessages.uniqueGoal }),
  });
  const item = z.object({
    id: idSchema,
    text: longText(profileLimits.itemText).min(required),
    themes: tagsSchema,
    targetGroups: targetGroupsSchema,
    /** One of the mobilisation's kinds of support, when the organisation chose one (checked on submission). */
    supportKind: kindIdSchema.nullable().default(null),
  });
  return z
    .object({
      goals: longText(profileLimits.goalsText).min(required),
      projects: z.array(project).max(profileLimits.projects).default([]),
      needs: z.array(item).max(profileLimits.items).default([]),
      offers: z.array(item).max(profileLimits.items).default([]),
    })
    .superRefine((content, ctx) => {
      const seen = new Set<string>();
      for (const [list, entries] of [
        ['projects', content.projects],
        ['needs', content.needs],
        ['offers', content.offers],
      ] as const) {
        entries.forEach((entry, index) => {
          if (seen.has(entry.id)) {
            ctx.addIssue({
              code: 'custom',
              message: schemaMessages.duplicateItem,
              path: [list, index, 'id'],
            });
          }
          seen.add(entry.id);
        });
      }
    });
}

export const profileDraftContentSchema = contentSchema('draft');
export const profileSubmissionContentSchema = contentSchema('submission');
export type ProfileContent = z.output<typeof profileDraftContentSchema>;
export type ProfileContentInput = z.input<typeof profileDraftContentSchema>;
export type ProfileProject = ProfileContent['projects'][number];
export type ProfileItem = ProfileContent['needs'][number];

export const emptyProfileContent: ProfileContent = { goals: '', projects: [], needs: [], offers: [] };

export const saveDraftSchema = z.object({
  version: versionSchema,
  content: profileDraftContentSchema,
});
export type SaveDraft = z.input<typeof saveDraftSchema>;

export const submitProfileSchema = z.object({ version: versionSchema });
export type SubmitProfile = z.input<typeof submitProfileSchema>;

export const revisionSchema = z.object({
  number: z.number().int(),
  content: profileDraftContentSchema,
  submittedAt: timestampSchema,
});
export type Revision = z.infer<typeof revisionSchema>;

export const revisionSummarySchema = z.object({
  number: z.number().int(),
  submittedAt: timestampSchema,
  projectCount: z.number().int(),
  needCount: z.number().int(),
  offerCount: z.number().int(),
});
export type RevisionSummary = z.infer<typeof revisionSummarySchema>;

export const revisionListSchema = z.object({ items: z.array(revisionSummarySchema) });
export type RevisionList = z.infer<typeof revisionListSchema>;

export const profileSchema = z.object({
  id: idSchema,
  mobilisationId: idSchema,
  organisation: organisationSchema,
  status: profileStatusSchema,
  /** The unsubmitted draft: only the organisation's own members and the coordinators see it (else null). */
  draft: z
    .object({
      content: profileDraftContentSchema,
      version: z.number().int(),
      updatedAt: timestampSchema,
    })
    .nullable(),
  latest: revisionSchema.nullable(),
  revisionCount: z.number().int(),
  /** The current needs and offers that are no longer open (met, withdrawn, lapsed); the rest are open. */
  closedItems: z.array(itemStatusSchema),
});
export type Profile = z.infer<typeof profileSchema>;

export const profileParamsSchema = z.object({ profileId: idSchema });
export const revisionParamsSchema = z.object({
  profileId: idSchema,
  number: z.coerce.number().int().min(1).max(1_000_000),
});
