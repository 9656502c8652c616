import { z } from 'zod';
import { idSchema, timestampSchema } from './common';

/**
 * How long an entry (a need or an offer) stays current, in months, before its organisation is asked whether
 * it still holds; a mobilisation's coordinators set it. An entry nobody confirms in time lapses (`expired`)
 * and leaves matching until someone confirms it.
 */
export const currencyMonthsSchema = z.number().int().min(1).max(60);

/** Where an entry stands: current, due soon (its organisation is being asked), or lapsed. */
export const currencyStatuses = ['current', 'due', 'lapsed'] as const;
export const currencyStatusSchema = z.enum(currencyStatuses);
export type CurrencyStatus = z.infer<typeof currencyStatusSchema>;

/** One of an organisation's open or lapsed entries, with when it was last confirmed and when it lapses. */
export const currentItemSchema = z.object({
  itemId: idSchema,
  kind: z.enum(['need', 'offer']),
  text: z.string(),
  state: z.enum(['open', 'expired']),
  status: currencyStatusSchema,
  confirmedAt: timestampSchema,
  lapsesAt: timestampSchema,
});
export type CurrentItem = z.infer<typeof currentItemSchema>;

/** A profile's entries as its members answer "is this still current?". */
export const profileCurrencySchema = z.object({
  profileId: idSchema,
  mobilisationId: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  currencyMonths: z.number().int(),
  items: z.array(currentItemSchema),
});
export type ProfileCurrency = z.infer<typeof profileCurrencySchema>;

/** Currency per organisation, for coordinators: how many entries are current, due soon and lapsed. */
export const currencyOverviewSchema = z.object({
  currencyMonths: z.number().int(),
  /** An entry is due (its organisation is asked) this many days before it lapses. */
  dueDays: z.number().int(),
  totals: z.object({ current: z.number().int(), due: z.number().int(), lapsed: z.number().int() }),
  organisations: z.array(
    z.object({
      organisationId: idSchema,
      organisationName: z.string(),
      profileId: idSchema,
      current: z.number().int(),
      due: z.number().int(),
      lapsed: z.number().int(),
      members: z.number().int(),
      lastRemindedAt: timestampSchema.nullable(),
    }),
  ),
});
export type CurrencyOverview = z.infer<typeof currencyOverviewSchema>;

/** A coordinator's reminder round: every organisation of the mobilisation, or one. */
export const sendCurrencyRemindersSchema = z.object({ organisationId: idSchema.nullable().default(null) });
export type SendCurrencyReminders = z.input<typeof sendCurrencyRemindersSchema>;

/** How a round went: people asked, and those passed over because they were mailed within the week. */
export const currencyRoundSchema = z.object({
  people: z.number().int(),
  recentlyMailed: z.number().int(),
});
export type CurrencyRound = z.infer<typeof currencyRoundSchema>;

/** A confirm link's token as it came in; anything malformed is answered as a link that is not valid. */
export const currencyLinkParamsSchema = z.object({ token: z.string().min(1).max(300) });

/** What a confirm link is about, for the page that asks for the one click. */
export const currencyLinkSchema = z.object({
  organisationName: z.string(),
  mobilisationName: z.string(),
  profileId: idSchema,
  item: z.object({
    id: idSchema,
    kind: z.enum(['need', 'offer']),
    text: z.string(),
    state: z.enum(['open', 'expired']),
  }),
  lapsesAt: timestampSchema,
});
export type CurrencyLink = z.infer<typeof currencyLinkSchema>;

/** An entry after someone confirmed it: open (again), current from now on. */
export const confirmedItemSchema = z.object({
  itemId: idSchema,
  state: z.literal('open'),
  confirmedAt: timestampSchema,
  lapsesAt: timestampSchema,
  /** It had lapsed and is back in matching. */
  reopened: z.boolean(),
});
export type ConfirmedItem = z.infer<typeof confirmedItemSchema>;

/** What a `currency.reminder` notice carries: whose entries, and how many are due or lapsed. */
export const currencyReminderPayloadSchema = z.object({
  mobilisationId: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  profileId: idSchema,
  items: z.number().int(),
});
export type CurrencyReminderPayload = z.infer<typeof currencyReminderPayloadSchema>;
