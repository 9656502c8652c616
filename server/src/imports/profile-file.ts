import { randomUUID } from 'node:crypto';
import {
  type CreateOrganisation,
  createOrganisationSchema,
  type OverallGoal,
  overallGoalListSchema,
  type ProfileItem,
  profileSubmissionContentSchema,
} from '@kraftsamling/shared';
import { z } from 'zod';

/**
 * The exchange format for organisations and their four points (the format of the dev profile set). This schema
 * only reads the file's shape; every value is then checked by the same shared schemas the API uses
 * (`createOrganisationSchema`, `profileSubmissionContentSchema`, the mobilisation's goal list), so an import
 * can never store what the API would refuse. Unknown fields such as `label` and `gold` are ignored, so labelled
 * sets import as they are.
 */
const itemSchema = z.union([
  z.string(),
  z.object({
    text: z.string(),
    themes: z.array(z.unknown()).optional(),
    targetGroups: z.array(z.unknown()).optional(),
  }),
]);

const projectSchema = z.object({ title: z.string(), description: z.string().default('') });

const fileShapeSchema = z.object({
  goals: z.array(z.object({ id: z.string(), sv: z.string(), en: z.string().default('') })).optional(),
  organisations: z
    .array(
      z.object({
        id: z.string().trim().min(1).max(100),
        name: z.string(),
        type: z.string(),
        county: z.string(),
        municipality: z.string().optional(),
        orgNumber: z.string().optional(),
        website: z.string().optional(),
        answers: z.object({
          goals: z.string().default(''),
          currentProjects: z.array(projectSchema).default([]),
          supportNeeded: z.array(itemSchema).default([]),
          supportOffered: z.array(itemSchema).default([]),
        }),
      }),
    )
    .max(100_000)
    .refine((orgs) => new Set(orgs.map((o) => o.id)).size === orgs.length, {
      message: 'Organisation ids must be unique',
    }),
});
type FileShape = z.infer<typeof fileShapeSchema>;
type FileOrganisation = FileShape['organisations'][number];

/** An organisation of a checked file: its fields and four points as the API would have stored them. */
export type ProfileFileOrganisation = {
  /** The file's own id, kept as the profile's external id so a second import finds it again. */
  id: string;
  organisation: z.output<typeof createOrganisationSchema>;
  answers: {
    goals: string;
    projects: { title: string; description: string }[];
    needs: Omit<ProfileItem, 'id'>[];
    offers: Omit<ProfileItem, 'id'>[];
  };
};
export type ProfileFile = { goals: OverallGoal[] | undefined; organisations: ProfileFileOrganisation[] };

type Problem = { path: string; message: string };

/** The API's field names for an organisation, mapped back to the file's, so errors name what the file says. */
const organisationFieldInFile: Record<string, string> = { sector: 'type' };
const contentListInFile: Record<string, string> = {
  projects: 'currentProjects',
  needs: 'supportNeeded',
  offers: 'supportOffered',
};

function checkOrganisation(org: FileOrganisation, row: string, problems: Problem[]) {
  const input: CreateOrganisation = {
    name: org.name,
    orgNumber: org.orgNumber ?? null,
    // The file's words for the API's fields; the API schema decides what is valid.
    sector: org.type as CreateOrganisation['sector'],
    county: org.county as CreateOrganisation['county'],
    municipality: org.municipality ?? null,
    website: org.website ?? null,
  };
  const fields = createOrganisationSchema.safeParse(input);
  if (!fields.success) {
    for (const issue of fields.error.issues) {
      const [head, ...rest] = issue.path.map(String);
      const field = [organisationFieldInFile[head ?? ''] ?? head, ...rest].join('.');
      problems.push({ path: `${row}.${field}`, message: issue.message });
    }
  }
  const item = (entry: FileOrganisation['answers']['supportNeeded'][number]) => {
    const value = typeof entry === 'string' ? { text: entry } : entry;
    return { id: randomUUID(), text: value.text, themes: value.themes, targetGroups: value.targetGroups };
  };
  // Ids are the importer's (derived from the mobilisation and the file's id); any unique ids check the same.
  const content = profileSubmissionContentSchema.safeParse({
    goals: org.answers.goals,
    projects: org.answers.currentProjects.map((p) => ({ id: randomUUID(), ...p })),
    needs: org.answers.supportNeeded.map(item),
    offers: org.answers.supportOffered.map(item),
  });
  if (!content.success) {
    for (const issue of content.error.issues) {
      const [head, ...rest] = issue.path.map(String);
      const field = [contentListInFile[head ?? ''] ?? head, ...rest].join('.');
      problems.push({ path: `${row}.answers.${field}`, message: issue.message });
    }
  }
  if (!fields.success || !content.success) return null;
  const strip = ({ id: _id, ...rest }: ProfileItem) => rest;
  return {
    id: org.id,
    organisation: fields.data,
    answers: {
      goals: content.data.goals,
      projects: content.data.projects.map((p) => ({ title: p.title, description: p.description })),
      needs: content.data.needs.map(strip),
      offers: content.data.offers.map(strip),
    },
  };
}

/**
 * Parses file text into checked organisations and goals, or throws an Error that lists the first problems, each
 * by row and field (`organisations.2 (org-x).website: …`). Nothing is imported from a file with a problem.
 */
export function parseProfileFile(text: string, source: string): ProfileFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problems: Problem[] = [];
  const shape = fileShapeSchema.safeParse(json);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      problems.push({ path: issue.path.join('.') || '(file)', message: issue.message });
    }
    throw fileError(source, problems);
  }
  let goals: OverallGoal[] | undefined;
  if (shape.data.goals) {
    const checked = overallGoalListSchema.safeParse(
      shape.data.goals.map((g) => ({ code: g.id, sv: g.sv, en: g.en })),
    );
    if (checked.success) goals = checked.data;
    for (const issue of checked.success ? [] : checked.error.issues) {
      const [index, field, ...rest] = issue.path.map(String);
      const inFile = field === 'code' ? 'id' : field;
      problems.push({
        path: ['goals', index, inFile, ...rest].filter(Boolean).join('.'),
        message: issue.message,
      });
    }
  }
  const organisations: ProfileFileOrganisation[] = [];
  shape.data.organisations.forEach((org, index) => {
    const checked = checkOrganisation(org, `organisations.${index} (${org.id})`, problems);
    if (checked) organisations.push(checked);
  });
  if (problems.length > 0) throw fileError(source, problems);
  return { goals, organisations };
}

function fileError(source: string, problems: Problem[]): Error {
  const listed = problems
    .slice(0, 10)
    .map((p) => `  ${p.path}: ${p.message}`)
    .join('\n');
  const more = problems.length > 10 ? `\n  … and ${problems.length - 10} more` : '';
  return new Error(`${source} is not a valid profile file; nothing was imported:\n${listed}${more}`);
}
