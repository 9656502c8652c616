import { z } from 'zod';
import {
  idSchema,
  type Locale,
  lineText,
  localeSchema,
  longText,
  paginationQuerySchema,
  schemaMessages,
  timestampSchema,
  versionSchema,
} from './common';
import { itemStateSchema } from './lifecycle';
import { matchReasonSchema } from './matching';
import { goalCodeSchema } from './mobilisation';
import { sectorSchema } from './organisation';

export const initiativeStatuses = ['forslag', 'forankring', 'beslutad', 'pagaende', 'avslutad'] as const;
export const initiativeStatusSchema = z.enum(initiativeStatuses);
export type InitiativeStatus = z.infer<typeof initiativeStatusSchema>;

export const endorsements = ['inbjuden', 'forankrad', 'avbojd'] as const;
export const endorsementSchema = z.enum(endorsements);
export type Endorsement = z.infer<typeof endorsementSchema>;

/** proposed: suggested by the platform, not yet in the list; listed: part of the initiative list. */
export const initiativeStateSchema = z.enum(['proposed', 'listed', 'discarded', 'merged']);
export type InitiativeState = z.infer<typeof initiativeStateSchema>;

/** Work is planned by quarter: `2026-Q3`. */
export const quarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, { message: schemaMessages.quarter });

const quarterPeriodSchema = z
  .object({ start: quarterSchema.nullable().default(null), end: quarterSchema.nullable().default(null) })
  .refine((p) => p.start === null || p.end === null || p.start <= p.end, {
    message: schemaMessages.periodOrder,
    path: ['end'],
  });

const unique = <T>(values: T[]) => new Set(values).size === values.length;
const idList = (max: number) =>
  z.array(idSchema).max(max).default([]).refine(unique, { message: schemaMessages.unique });

// Patches use the same rules without defaults: a field left out of a patch must stay as it is, not be reset.
const goalList = z.array(goalCodeSchema).max(20).refine(unique, { message: schemaMessages.uniqueGoal });
const participantList = z
  .array(z.object({ organisationId: idSchema, endorsement: z.enum(['inbjuden', 'forankrad', 'avbojd']) }))
  .max(200)
  .refine((ps) => unique(ps.map((p) => p.organisationId)), { message: schemaMessages.uniqueOrganisation });

export const initiativeParticipantInputSchema = z.object({
  organisationId: idSchema,
  endorsement: endorsementSchema.default('inbjuden'),
});

const initiativeFields = {
  title: lineText(200).min(1),
  description: longText(4000).default(''),
  status: initiativeStatusSchema.default('forslag'),
  goals: z.array(goalCodeSchema).max(20).default([]).refine(unique, { message: schemaMessages.uniqueGoal }),
  period: quarterPeriodSchema.default({ start: null, end: null }),
  leadOrganisationId: idSchema.nullable().default(null),
  participants: z
    .array(initiativeParticipantInputSchema)
    .max(200)
    .default([])
    .refine((ps) => unique(ps.map((p) => p.organisationId)), { message: schemaMessages.uniqueOrganisation }),
  links: z
    .object({ needs: idList(200), offers: idList(200), projects: idList(200) })
    .default({ needs: [], offers: [], projects: [] }),
};

const leadTakesPart = (i: {
  leadOrganisationId?: string | null;
  participants?: { organisationId: string }[];
}) =>
  !i.leadOrganisationId ||
  !i.participants ||
  i.participants.some((p) => p.organisationId === i.leadOrganisationId);
const leadMessage = {
  message: schemaMessages.leadParticipant,
  path: ['leadOrganisationId'],
};

export const createInitiativeSchema = z.object(initiativeFields).refine(leadTakesPart, leadMessage);
export type CreateInitiative = z.input<typeof createInitiativeSchema>;

export const updateInitiativeSchema = z
  .object({
    version: versionSchema,
    title: initiativeFields.title.optional(),
    description: longText(4000).optional(),
    status: initiativeStatusSchema.optional(),
    goals: goalList.optional(),
    period: quarterPeriodSchema.optional(),
    leadOrganisationId: idSchema.nullable().optional(),
    participants: participantList.optional(),
    links: z.object({ needs: idList(200), offers: idList(200), projects: idList(200) }).optional(),
    /** Take a proposal into the list, or discard it. */
    state: z.enum(['listed', 'discarded']).optional(),
  })
  .refine(leadTakesPart, leadMessage);
export type UpdateInitiative = z.input<typeof updateInitiativeSchema>;

export const mergeInitiativesSchema = z.object({
  version: versionSchema,
  /** The initiative merged into this one; it is marked merged and keeps its history. */
  otherId: idSchema,
  otherVersion: versionSchema,
});

export const splitInitiativeSchema = z.object({
  version: versionSchema,
  title: lineText(200).min(1),
  /** Organisations and links that move to the new initiative. */
  participants: idList(200),
  links: z
    .object({ needs: idList(200), offers: idList(200), projects: idList(200) })
    .default({ needs: [], offers: [], projects: [] }),
});

const organisationRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  sector: sectorSchema,
  county: z.string(),
});

const linkedItemSchema = z.object({
  id: idSchema,
  text: z.string(),
  organisation: organisationRefSchema,
  withdrawn: z.boolean(),
  /** Where the need or offer stands (projects are always open); a met item stays linked. */
  state: itemStateSchema,
  /** The item was marked met through this initiative. */
  metHere: z.boolean(),
  /** The profile the item belongs to (where its state is changed); snapshots from before it was kept: null. */
  profileId: idSchema.nullable(),
});

const initiativeWordsSchema = z.object({ title: z.string(), description: z.string() });

/**
 * The title and description the platform wrote for a proposal, in both languages. Present only while the
 * initiative still says what the platform wrote; once someone rewrites it, their words are the initiative's.
 */
export const generatedTextSchema = z.object({ sv: initiativeWordsSchema, en: initiativeWordsSchema });
export type GeneratedText = z.infer<typeof generatedTextSchema>;

export const initiativeSchema = z.object({
  id: idSchema,
  mobilisationId: idSchema,
  title: z.string(),
  description: z.string(),
  status: initiativeStatusSchema,
  state: initiativeStateSchema,
  goals: z.array(z.string()),
  period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  lead: organisationRefSchema.nullable(),
  participants: z.array(
    z.object({ organisation: organisationRefSchema, endorsement: endorsementSchema, lead: z.boolean() }),
  ),
  links: z.object({
    needs: z.array(linkedItemSchema),
    offers: z.array(linkedItemSchema),
    projects: z.array(linkedItemSchema.extend({ goal: z.string().nullable() })),
  }),
  /** Why the platform proposed it (empty for initiatives coordinators created). */
  proposalReasons: z.array(matchReasonSchema),
  generatedText: generatedTextSchema.nullable(),
  mergedInto: idSchema.nullable(),
  version: z.number().int(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const initiativeListQuerySchema = z.object({
  state: initiativeStateSchema.default('listed'),
  goal: goalCodeSchema.optional(),
  status: initiativeStatusSchema.optional(),
  /** A page of the list, oldest first; the next page starts after `after` (the previous page's `nextCursor`). */
  limit: z.coerce.number().int().min(1).max(100).default(25),
  after: idSchema.optional(),
  /** `some` (default): each initiative's first participants, as a list shows them; `all` for printing. */
  participants: z.enum(['some', 'all']).default('some'),
});
export type InitiativeListQuery = z.input<typeof initiativeListQuerySchema>;

/**
 * How many participants a list shows per initiative (the lead first, then by name) unless asked for all. The
 * database keeps each initiative's first ones (migration 20261210T1200, decision 051): a change of it needs a
 * migration that rebuilds them.
 */
export const listedParticipants = 12;

/**
 * An initiative as a list shows it: its linked needs, offers and projects counted, not listed, and its
 * participants all or the first `listedParticipants` of them (a proposal can gather hundreds; the initiative
 * itself has them all).
 */
export const initiativeSummarySchema = initiativeSchema.omit({ links: true }).extend({
  linkCounts: z.object({ needs: z.number().int(), offers: z.number().int(), projects: z.number().int() }),
  participantCount: z.number().int(),
});
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;

export const initiativeListSchema = z.object({
  items: z.array(initiativeSummarySchema),
  /** Where the next page starts; null on the last page. */
  nextCursor: idSchema.nullable(),
});
export type InitiativeList = z.infer<typeof initiativeListSchema>;

export const initiativeParamsSchema = z.object({ initiativeId: idSchema });

export const initiativeHistorySchema = z.object({
  items: z.array(
    z.object({
      version: z.number().int(),
      action: z.string(),
      changedBy: z.string(),
      changedAt: timestampSchema,
      /** The initiative as it was right after this change. */
      snapshot: initiativeSchema,
    }),
  ),
});
export type InitiativeHistory = z.infer<typeof initiativeHistorySchema>;

/** A project of a mobilisation, whose overall goal a coordinator sets. */
export const projectGoalParamsSchema = z.object({ mobilisationId: idSchema, projectId: idSchema });

/** A coordinator's word on which overall goal a project serves, over the engine's link. */
export const correctProjectGoalSchema = z.object({ goal: goalCodeSchema });
export type CorrectProjectGoal = z.infer<typeof correctProjectGoalSchema>;

export const projectGoalCorrectionSchema = z.object({
  projectId: idSchema,
  /** The goal a coordinator set, or null once the correction is taken back. */
  goal: goalCodeSchema.nullable(),
});
export type ProjectGoalCorrection = z.infer<typeof projectGoalCorrectionSchema>;

export const proposalRunSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  projectsLinked: z.number().int(),
});

export const exportQuerySchema = z.object({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  /** The language of headers, labels and the platform's own texts: the interface's language of whoever asks. */
  lang: localeSchema.optional(),
});

/**
 * An initiative's title and description in a language: the platform's own words in that language while nobody
 * has rewritten them, otherwise what its people wrote, as written.
 */
export function initiativeWords(
  initiative: { title: string; description: string; generatedText: GeneratedText | null },
  language: Locale,
): { title: string; description: string; generated: boolean } {
  const generated = initiative.generatedText?.[language];
  return generated
    ? { ...generated, generated: true }
    : { title: initiative.title, description: initiative.description, generated: false };
}

/** An initiative the organisation takes part in, as its own page lists it. */
export const organisationInitiativeSchema = z.object({
  id: idSchema,
  title: z.string(),
  generatedText: generatedTextSchema.nullable(),
  status: initiativeStatusSchema,
  goals: z.array(z.string()),
  period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  /** The organisation's own part: its endorsement and whether it leads. */
  endorsement: endorsementSchema,
  lead: z.boolean(),
  participantCount: z.number().int(),
  updatedAt: timestampSchema,
});
export type OrganisationInitiative = z.infer<typeof organisationInitiativeSchema>;
export const organisationInitiativeListSchema = z.object({ items: z.array(organisationInitiativeSchema) });
export type OrganisationInitiativeList = z.infer<typeof organisationInitiativeListSchema>;

// Review of proposed matches

export const decisionValues = ['accepted', 'rejected', 'later'] as const;
export const decisionSchema = z.enum(decisionValues);
export type DecisionValue = z.infer<typeof decisionSchema>;

export const reviewQuerySchema = paginationQuerySchema.extend({
  state: z.enum(['open', 'accepted', 'rejected', 'later', 'all']).default('open'),
  goal: goalCodeSchema.optional(),
  concept: z.string().max(60).optional(),
  county: z.string().max(60).optional(),
  sector: sectorSchema.optional(),
});
export type ReviewQuery = z.input<typeof reviewQuerySchema>;

const reviewSideSchema = z.object({
  id: idSchema,
  text: z.string(),
  profileId: idSchema,
  organisation: organisationRefSchema,
});

export const reviewItemSchema = z.object({
  need: reviewSideSchema,
  offer: reviewSideSchema,
  score: z.number(),
  suggested: z.boolean(),
  concept: z.object({ id: z.string(), sv: z.string(), en: z.string() }).nullable(),
  goal: z.string().nullable(),
  reasons: z.array(matchReasonSchema),
  decision: z
    .object({ decision: decisionSchema, note: z.string(), decidedBy: z.string(), decidedAt: timestampSchema })
    .nullable(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;
export const reviewListSchema = z.object({ items: z.array(reviewItemSchema), total: z.number().int() });
export type ReviewList = z.infer<typeof reviewListSchema>;

export const decideMatchSchema = z.object({
  needId: idSchema,
  offerId: idSchema,
  decision: decisionSchema,
  note: longText(2000).default(''),
});
export type DecideMatch = z.input<typeof decideMatchSchema>;

export const conceptListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['supportType', 'targetGroup']),
      sv: z.string(),
      en: z.string(),
    }),
  ),
});

// Overview (dashboard)

const overviewItemSchema = z.object({
  id: idSchema,
  text: z.string(),
  profileId: idSchema,
  organisation: organisationRefSchema,
});

export const overviewSchema = z.object({
  profiles: z.object({
    total: z.number().int(),
    submitted: z.number().int(),
    changed: z.number().int(),
    draft: z.number().int(),
    empty: z.number().int(),
  }),
  needs: z.object({
    total: z.number().int(),
    unmet: z.number().int(),
    unmetItems: z.array(overviewItemSchema),
  }),
  offers: z.object({
    total: z.number().int(),
    unused: z.number().int(),
    unusedItems: z.array(overviewItemSchema),
  }),
  matches: z.object({ suggested: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
  /** Needs and offers no longer open, since the start: met (through initiatives among them), withdrawn, lapsed. */
  closed: z.object({
    needsMet: z.number().int(),
    needsMetThroughInitiatives: z.number().int(),
    needsWithdrawn: z.number().int(),
    offersUsed: z.number().int(),
    offersWithdrawn: z.number().int(),
    expired: z.number().int(),
  }),
  initiatives: z.object({
    total: z.number().int(),
    proposed: z.number().int(),
    byStatus: z.array(z.object({ status: initiativeStatusSchema, count: z.number().int() })),
    byGoal: z.array(z.object({ goal: z.string(), count: z.number().int() })),
  }),
});
export type Overview = z.infer<typeof overviewSchema>;
