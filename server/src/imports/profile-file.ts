import {
  countySchema,
  lineText,
  longText,
  normaliseOrganisationNumber,
  overallGoalSchema,
  profileLimits,
  sectorSchema,
  targetGroupIds,
} from '@kraftsamling/shared';
import { z } from 'zod';

/**
 * The exchange format for organisations and their four points (the format of the dev profile set).
 * Unknown fields such as `label` and `gold` are ignored, so labelled sets import as they are.
 */
const itemSchema = z.union([
  longText(profileLimits.itemText).min(1),
  z.object({
    text: longText(profileLimits.itemText).min(1),
    themes: z.array(lineText(profileLimits.tagLength).min(1)).max(profileLimits.tags).optional(),
    targetGroups: z.array(z.enum(targetGroupIds)).optional().catch(undefined),
  }),
]);

const projectSchema = z.object({
  title: lineText(profileLimits.projectTitle).min(1),
  description: longText(profileLimits.projectDescription).default(''),
});

export const profileFileSchema = z.object({
  goals: z
    .array(z.object({ id: z.string().min(1), sv: overallGoalSchema.shape.sv, en: z.string().default('') }))
    .optional(),
  organisations: z
    .array(
      z.object({
        id: lineText(100).min(1),
        name: lineText(200).min(1),
        type: sectorSchema,
        county: countySchema,
        municipality: lineText(60).min(1).optional(),
        orgNumber: z
          .string()
          .refine((v) => normaliseOrganisationNumber(v) !== null, {
            message: 'Not a valid organisationsnummer',
          })
          .optional(),
        website: z.url().max(300).optional(),
        answers: z.object({
          goals: longText(profileLimits.goalsText).default(''),
          currentProjects: z.array(projectSchema).max(profileLimits.projects).default([]),
          supportNeeded: z.array(itemSchema).max(profileLimits.items).default([]),
          supportOffered: z.array(itemSchema).max(profileLimits.items).default([]),
        }),
      }),
    )
    .max(100_000)
    .refine((orgs) => new Set(orgs.map((o) => o.id)).size === orgs.length, {
      message: 'Organisation ids must be unique',
    }),
});
export type ProfileFile = z.infer<typeof profileFileSchema>;
export type ProfileFileOrganisation = ProfileFile['organisations'][number];

/** Parses file text into the exchange format, or throws an Error listing the first problems by path. */
export function parseProfileFile(text: string, source: string): ProfileFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = profileFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 10)
      .map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`)
      .join('\n');
    const more = parsed.error.issues.length > 10 ? `\n  … and ${parsed.error.issues.length - 10} more` : '';
    throw new Error(`${source} is not a valid profile file:\n${problems}${more}`);
  }
  return parsed.data;
}
