import { z } from 'zod';
import { bilingualTextSchema } from '../errors';
import { idSchema, lineText, timestampSchema } from './common';
import { sectorSchema } from './organisation';

/** What a column of a survey export can hold. `ignore` drops the column (timestamps, consent boxes…). */
export const importFields = [
  'ignore',
  'name',
  'orgNumber',
  'sector',
  'county',
  'municipality',
  'website',
  'contactName',
  'contactEmail',
  'contactPhone',
  'goals',
  'projects',
  'needs',
  'offers',
  'tags',
] as const;
export const importFieldSchema = z.enum(importFields);
export type ImportField = z.infer<typeof importFieldSchema>;

/** Largest spreadsheet accepted, in bytes: a survey of a few thousand organisations fits many times over. */
export const importFileLimitBytes = 10 * 1024 * 1024;

/** One column of the file and the field it fills, in the file's column order. */
export const importColumnSchema = z.object({ header: z.string().max(1000), field: importFieldSchema });
export type ImportColumn = z.infer<typeof importColumnSchema>;
export const importMappingSchema = z.object({ columns: z.array(importColumnSchema).max(500) });
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** The file itself travels as base64 in JSON, so the same request works from the browser and from tests. */
export const importFileSchema = z.object({
  name: lineText(255).min(1),
  data: z
    .string()
    .max(Math.ceil(importFileLimitBytes / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Expected the file as base64' }),
});
export type ImportFile = z.infer<typeof importFileSchema>;

export const importOptionsSchema = z.object({
  file: importFileSchema,
  /** The sheet of an xlsx file to read; the first with answers when not given. */
  sheet: lineText(100).optional(),
  /** The mapping to use; the mobilisation's saved one (or a proposal from the headers) when not given. */
  mapping: importMappingSchema.optional(),
  /** Sector for rows without one (surveys that did not ask). */
  defaultSector: sectorSchema.optional(),
  /** Leave the imported profiles as drafts for the organisations to check and submit. */
  asDrafts: z.boolean().default(false),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;

export const importRequestSchema = importOptionsSchema.extend({
  /** Import the rows without errors and leave the others; without it, any row with an error stops the import. */
  skipRowsWithErrors: z.boolean().default(false),
  /** Keep the mapping for this mobilisation's next import. */
  saveMapping: z.boolean().default(true),
  /**
   * Invite each imported organisation's contact person as a member of it (one invitation per address that has
   * no account there and no open invitation yet), in the import's transaction.
   */
  inviteContacts: z.boolean().default(false),
});
export type ImportRequest = z.input<typeof importRequestSchema>;

export const importProblemSchema = z.object({
  /** Row number as the spreadsheet shows it (1 = first row), or null for the file as a whole. */
  row: z.number().int().nullable(),
  /** The column's header as in the file, or null. */
  column: z.string().nullable(),
  code: z.string(),
  sv: z.string(),
  en: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

export const importRowStatusSchema = z.enum(['new', 'updated', 'unchanged', 'error']);
export type ImportRowStatus = z.infer<typeof importRowStatusSchema>;

export const importProfilePreviewSchema = z.object({
  row: z.number().int(),
  status: importRowStatusSchema,
  name: z.string(),
  orgNumber: z.string().nullable(),
  sector: z.string(),
  county: z.string(),
  municipality: z.string().nullable(),
  website: z.string().nullable(),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string().nullable() }).nullable(),
  goals: z.string(),
  projects: z.array(z.string()),
  needs: z.array(z.string()),
  offers: z.array(z.string()),
  tags: z.array(z.string()),
});
export type ImportProfilePreview = z.infer<typeof importProfilePreviewSchema>;

export const importCountsSchema = z.object({
  rows: z.number().int(),
  new: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  withErrors: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

export const importPreviewSchema = z.object({
  format: z.enum(['xlsx', 'csv']),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  mapping: importMappingSchema,
  mappingSource: z.enum(['given', 'saved', 'proposed']),
  counts: importCountsSchema,
  problems: z.array(importProblemSchema),
  /** The first profiles as they will look after the import. */
  profiles: z.array(importProfilePreviewSchema),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importResultSchema = z.object({
  counts: importCountsSchema,
  skipped: z.number().int(),
  rematchQueued: z.boolean(),
  /** Contact persons invited as members of their organisations. */
  invited: z.number().int(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/**
 * Files with more data rows than this are imported by a job (answer 202 with the run to follow), never on
 * the request; smaller ones are imported on it (answer 200 with the result).
 */
export const importJobRowThreshold = 100;

export const importRunSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Rows written so far of `total` (0 of 0 until the job has read the file). */
  progress: z.number().int(),
  total: z.number().int(),
  result: importResultSchema.nullable(),
  /** Why the run failed (nothing was imported), in Swedish and English: the page shows the reader's. */
  error: bilingualTextSchema.nullable(),
  createdAt: timestampSchema,
  finishedAt: timestampSchema.nullable(),
});
export type ImportRun = z.infer<typeof importRunSchema>;
export const importRunStartedSchema = z.object({ run: importRunSchema });
export type ImportRunStarted = z.infer<typeof importRunStartedSchema>;
export const importRunParamsSchema = z.object({ mobilisationId: idSchema, runId: idSchema });

export const savedImportMappingSchema = z.object({ mapping: importMappingSchema.nullable() });
export type SavedImportMapping = z.infer<typeof savedImportMappingSchema>;
