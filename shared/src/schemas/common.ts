import { z } from 'zod';

/**
 * The messages the shared schemas give in their own words (zod's locales cover the rest). They are constants so
 * that clients can recognise them and say them in the person's language.
 */
export const schemaMessages = {
  month: 'Expected a month as YYYY-MM',
  quarter: 'Expected a quarter as YYYY-Qn',
  periodOrder: 'The period ends before it starts',
  controlCharacters: 'Must not contain control characters',
  unique: 'Each only once',
  uniqueGoal: 'Each goal only once',
  uniqueTag: 'Each tag only once',
  uniqueTargetGroup: 'Each target group only once',
  uniqueOrganisation: 'Each organisation only once',
  uniqueGoalCode: 'Goal codes must be unique',
  activeGoal: 'At least one goal must stay active',
  uniqueEmail: 'Each address once',
  goalCode: 'A short code of letters, digits, - or _',
  kindId: 'Lowercase letters, digits and single hyphens, at most 40',
  kindTerm: 'A word, a phrase, word*, *word or =word (no commas)',
  unknownKind: "Not one of the mobilisation's kinds of support",
  abbreviation: 'Letters and digits, with + & / - inside, 2 to 15',
  copyFrom: 'Choose the mobilisation whose kinds of support to copy',
  kindsRequired: 'Name at least one kind of support',
  slug: 'Lowercase letters, digits and single hyphens',
  url: 'Expected a web address starting with http:// or https://',
  email: 'Expected an email address',
  link: 'Not a valid link',
  organisationNumber: 'Not a valid organisationsnummer (10 digits with a correct check digit)',
  municipality: 'The municipality is not in the given county',
  leadParticipant: 'The lead organisation must be one of the participants',
  memberOrganisation: 'An organisation member is invited to one organisation; other roles to none',
  duplicateItem: 'Duplicate item id',
} as const;

export const idSchema = z.uuid();

/** Optimistic concurrency: every save names the version it edited. */
export const versionSchema = z.number().int().min(1).max(2_147_483_647);

export const timestampSchema = z.iso.datetime({ offset: true });

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A calendar month, `YYYY-MM`: the precision people plan work in. */
export const monthSchema = z.string().regex(monthPattern, { message: schemaMessages.month });

/** A period whose ends may be open; when both are given, the end is not before the start. */
export const periodSchema = z
  .object({
    start: monthSchema.nullable().default(null),
    end: monthSchema.nullable().default(null),
  })
  .refine((p) => p.start === null || p.end === null || p.start <= p.end, {
    message: schemaMessages.periodOrder,
    path: ['end'],
  });
export type Period = z.infer<typeof periodSchema>;

/** Single-line text: trimmed, bounded, no control characters. */
export function lineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, { message: schemaMessages.controlCharacters });
}

/** Free text that may span lines: trimmed, bounded, no control characters other than newlines and tabs. */
export function longText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .regex(/^(?:[^\p{Cc}]|[\n\r\t])*$/u, { message: schemaMessages.controlCharacters });
}

export const paginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const localeSchema = z.enum(['sv', 'en']);
export type Locale = z.infer<typeof localeSchema>;
