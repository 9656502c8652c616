import { z } from 'zod';
import { idSchema, lineText, longText, schemaMessages, timestampSchema } from './common';

/** A kind's id is how items, matches and learnt terms refer to it, so it stays fixed once in use. */
export const kindIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: schemaMessages.kindId })
  .max(40);

/**
 * One term in the matching vocabulary's syntax: `word` (every inflection), `word*` (a prefix), `*word` (a
 * compound head), `=word` (only that form), or several words as a phrase. Commas and line breaks separate
 * terms in the engine's lists, so they cannot be part of one.
 */
export const kindTermSchema = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^(?:[=*]?[\p{L}\p{N}][\p{L}\p{N}'’.&/-]*\*?)(?: [\p{L}\p{N}][\p{L}\p{N}'’.&/-]*\*?)*$/u, {
    message: schemaMessages.kindTerm,
  });

const uniqueIds = (list: { id: string }[]) => new Set(list.map((k) => k.id)).size === list.length;

const termList = z.array(kindTermSchema).max(200).default([]);
export const termTiersSchema = z.object({ core: termList, related: termList, hint: termList });
export type TermTiers = z.output<typeof termTiersSchema>;

export const supportKindSchema = z.object({
  id: kindIdSchema,
  sv: lineText(160).min(1),
  en: lineText(160).min(1),
  description: z.object({ sv: longText(2000).default(''), en: longText(2000).default('') }).optional(),
  /** The coordinators' own terms, per language and tier (the engine also reads the names and its library). */
  terms: z.object({ sv: termTiersSchema.optional(), en: termTiersSchema.optional() }).optional(),
  /** Help that needs presence (premises, volunteers, local activities): distance matters. */
  needsPresence: z.boolean().optional(),
  /** Library concepts whose terms the kind draws on; absent, the engine chooses them from the names. */
  draws: z.array(kindIdSchema).max(20).optional(),
});
export type SupportKind = z.output<typeof supportKindSchema>;
export type SupportKindInput = z.input<typeof supportKindSchema>;

/**
 * Who a need or an offer concerns. A group of the general language (by its id) keeps its terms and adds these; a
 * new group is also read from its names.
 */
export const kindTargetGroupSchema = z.object({
  id: kindIdSchema,
  sv: lineText(160).min(1),
  en: lineText(160).min(1),
  terms: z.object({ sv: termTiersSchema.optional(), en: termTiersSchema.optional() }).optional(),
});
export type KindTargetGroup = z.output<typeof kindTargetGroupSchema>;

/** An abbreviation of the field ("HKB", "SFI", "ESF+"): letters and digits, and + & / - inside. */
export const abbreviationTextSchema = z
  .string()
  .trim()
  .min(2)
  .max(15)
  .regex(/^[\p{L}\p{N}](?:[\p{L}\p{N}+&/-]*[\p{L}\p{N}+])?$/u, { message: schemaMessages.abbreviation });

/** An abbreviation of the mobilisation's field, standing for one of its kinds or target groups. */
export const kindAbbreviationSchema = z.object({
  abbreviation: abbreviationTextSchema,
  expansion: z.object({ sv: lineText(200).min(1), en: lineText(200).default('') }),
  /** The kind or target group it names. */
  means: kindIdSchema,
  /** Only counted in capitals: for abbreviations that are also ordinary words. */
  caseSensitive: z.boolean().default(false),
});
export type KindAbbreviation = z.output<typeof kindAbbreviationSchema>;

const uniqueAbbreviations = (list: { abbreviation: string }[]) =>
  new Set(list.map((a) => a.abbreviation.toLowerCase())).size === list.length;
export const abbreviationListSchema = z
  .array(kindAbbreviationSchema)
  .max(200)
  .refine(uniqueAbbreviations, { message: schemaMessages.unique });
const targetGroupListSchema = z
  .array(kindTargetGroupSchema)
  .max(100)
  .refine(uniqueIds, { message: schemaMessages.unique });

/** A whole list of kinds: at least one, each id once. */
export const kindListSchema = z
  .array(supportKindSchema)
  .min(1, { message: schemaMessages.kindsRequired })
  .max(200)
  .refine(uniqueIds, { message: schemaMessages.unique });

/** The starting points a mobilisation's kinds can be taken from. */
export const kindTemplateIdSchema = z.enum(['mental-health', 'general-core']);
export type KindTemplateId = z.infer<typeof kindTemplateIdSchema>;

export const kindTemplateListSchema = z.object({
  items: z.array(
    z.object({
      id: kindTemplateIdSchema,
      kinds: z.array(supportKindSchema),
      targetGroups: z.array(kindTargetGroupSchema),
    }),
  ),
});
export type KindTemplateList = z.infer<typeof kindTemplateListSchema>;

/**
 * A new mobilisation's kinds of support: a template (the mental-health one, the general core), a copy of another
 * mobilisation's current kinds, or from scratch. `list`, when given, is the list to start with (the source's,
 * with kinds added or left out); without it the source's list is taken as it is. From scratch needs a list.
 */
export const startingKindsSchema = z
  .object({
    from: z.enum(['mental-health', 'general-core', 'mobilisation', 'scratch']),
    /** The mobilisation to copy from (with `from: 'mobilisation'`). */
    mobilisationId: idSchema.optional(),
    list: kindListSchema.optional(),
  })
  .refine((k) => k.from !== 'mobilisation' || k.mobilisationId !== undefined, {
    message: schemaMessages.copyFrom,
    path: ['mobilisationId'],
  })
  .refine((k) => k.from !== 'scratch' || k.list !== undefined, {
    message: schemaMessages.kindsRequired,
    path: ['list'],
  });
export type StartingKinds = z.input<typeof startingKindsSchema>;

/** What a coordinator sends to replace the kinds: the whole list, and the version it was edited from. */
export const replaceKindsSchema = z.object({
  /** The version the coordinator edited (0: the template a mobilisation starts from); a stale one is 409. */
  version: z.number().int().min(0).max(2_147_483_647),
  kinds: kindListSchema,
  /** Absent: the version's target groups and abbreviations stay as they were. */
  targetGroups: targetGroupListSchema.optional(),
  abbreviations: abbreviationListSchema.optional(),
  note: lineText(500).default(''),
});
export type ReplaceKinds = z.input<typeof replaceKindsSchema>;

export const revertKindsSchema = z.object({
  version: z.number().int().min(0).max(2_147_483_647),
  /** The earlier version whose kinds become current again (as a new version). */
  to: z.number().int().min(0).max(2_147_483_647),
  note: lineText(500).default(''),
});
export type RevertKinds = z.input<typeof revertKindsSchema>;

const versionMeta = {
  version: z.number().int(),
  /** `template`: the kinds as the template has them; `own`: edited by the mobilisation's coordinators. */
  basis: z.enum(['template', 'own']),
  note: z.string(),
  revertedFrom: z.number().int().nullable(),
  createdBy: z.string().nullable(),
  createdAt: timestampSchema.nullable(),
};

export const kindsVersionSchema = z.object({
  ...versionMeta,
  kinds: z.array(supportKindSchema),
  targetGroups: z.array(kindTargetGroupSchema),
  abbreviations: z.array(kindAbbreviationSchema),
});
export type KindsVersion = z.infer<typeof kindsVersionSchema>;

export const kindsVersionSummarySchema = z.object({ ...versionMeta, kindCount: z.number().int() });
export const kindsHistorySchema = z.object({
  current: z.number().int(),
  items: z.array(kindsVersionSummarySchema),
});
export type KindsHistory = z.infer<typeof kindsHistorySchema>;

export const kindsParamsSchema = z.object({
  mobilisationId: idSchema,
  version: z.coerce.number().int().min(0).max(2_147_483_647),
});

/** An item of the mobilisation a learnt term came from, for the coordinator to open. */
export const termEvidenceSchema = z.object({
  itemId: idSchema,
  side: z.enum(['need', 'offer']),
  text: z.string(),
  profileId: idSchema,
  organisation: z.object({ id: idSchema, name: z.string() }),
});

export const proposedTermSchema = z.object({
  kind: z.object({ id: z.string(), sv: z.string(), en: z.string() }),
  language: z.enum(['sv', 'en']),
  word: z.string(),
  stem: z.string(),
  tier: z.enum(['related', 'hint']),
  /** Texts of the kind that use the word, and texts in all that do. */
  support: z.number().int(),
  uses: z.number().int(),
  /** How many of the evidence texts the mobilisation confirmed (accepted pairs, organisations' tags). */
  confirmed: z.number().int(),
  evidence: z.array(termEvidenceSchema),
});
export type ProposedTerm = z.infer<typeof proposedTermSchema>;

export const proposedTermListSchema = z.object({
  /** The learnt model the proposals come from (null: none learnt yet) and when it was learnt. */
  fingerprint: z.string().nullable(),
  learnedAt: timestampSchema.nullable(),
  kindsVersion: z.number().int(),
  items: z.array(proposedTermSchema),
});
export type ProposedTermList = z.infer<typeof proposedTermListSchema>;

/** Accept a proposed term into its kind (a new kinds version) or dismiss it (never proposed again). */
export const decideTermSchema = z.object({
  version: z.number().int().min(0).max(2_147_483_647),
  kind: kindIdSchema,
  language: z.enum(['sv', 'en']),
  stem: z.string().trim().min(1).max(80),
  decision: z.enum(['accept', 'dismiss']),
  /** The tier an accepted term goes to; default the tier it was learnt in. */
  tier: z.enum(['core', 'related', 'hint']).optional(),
});
export type DecideTerm = z.input<typeof decideTermSchema>;

export const decideTermResultSchema = z.object({
  decision: z.enum(['accept', 'dismiss']),
  /** The kinds version after the decision (a new one when a term was accepted). */
  kindsVersion: z.number().int(),
});

/** A coordinator's text to see what the engine makes of it with the kinds as edited (not yet saved). */
export const kindsPreviewSchema = z.object({
  text: longText(2000).min(1),
  side: z.enum(['need', 'offer']),
  kinds: z.array(supportKindSchema).min(1).max(200).refine(uniqueIds, { message: schemaMessages.unique }),
  /** The target groups and abbreviations as edited; absent: the current version's. */
  targetGroups: targetGroupListSchema.optional(),
  abbreviations: abbreviationListSchema.optional(),
});
export type KindsPreviewInput = z.input<typeof kindsPreviewSchema>;

const namedSchema = z.object({ id: z.string(), sv: z.string(), en: z.string() });

export const kindsPreviewResultSchema = z.object({
  /** The kinds the text was read as, strongest first, with the words that decided each. */
  kinds: z.array(namedSchema.extend({ score: z.number(), evidence: z.array(z.string()) })),
  targetGroups: z.array(namedSchema.extend({ evidence: z.array(z.string()) })),
  /** The mobilisation's offers (for a need) or needs (for an offer) it ranks best, as matching stands now. */
  matches: z.array(termEvidenceSchema.extend({ score: z.number(), suggested: z.boolean() })),
});
export type KindsPreviewResult = z.infer<typeof kindsPreviewResultSchema>;
