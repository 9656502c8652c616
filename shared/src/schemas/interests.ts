import { z } from 'zod';
import { idSchema, longText, timestampSchema } from './common';
import { currencyReminderPayloadSchema } from './currency';

export const createInterestSchema = z.object({
  /** The organisation saying "vi är intresserade" (the sender must be its member). */
  fromOrganisationId: idSchema,
  toOrganisationId: idSchema,
  /** The sender's need or offer the interest is about, and the other side's, when it comes from a match. */
  itemId: idSchema.nullable().default(null),
  counterpartItemId: idSchema.nullable().default(null),
  message: longText(1000).default(''),
});
export type CreateInterest = z.input<typeof createInterestSchema>;

/**
 * Who an interest reaches: the receiving organisation's members (notice and mail), its contact persons who
 * agreed to be contacted (mail only), or — when it has neither — only the mobilisation's coordinators, who
 * pass it on.
 */
export const interestDeliverySchema = z.enum(['members', 'contacts', 'coordinators']);
export type InterestDelivery = z.infer<typeof interestDeliverySchema>;
export const interestReachQuerySchema = z.object({ toOrganisationId: idSchema });
export const interestReachSchema = z.object({ delivery: interestDeliverySchema });
export type InterestReach = z.infer<typeof interestReachSchema>;
export const createdInterestSchema = z.object({
  id: idSchema,
  mutual: z.boolean(),
  delivery: interestDeliverySchema,
});
export type CreatedInterest = z.infer<typeof createdInterestSchema>;

/**
 * The receiver's answer. `not_relevant` ("inte aktuellt") on an interest about a need and an offer is kept as
 * a labelled rejected pair for the matching engine to learn from.
 */
export const interestAnswerSchema = z.enum(['interested', 'not_relevant']);
export type InterestAnswer = z.infer<typeof interestAnswerSchema>;
export const answerInterestSchema = z.object({
  answer: interestAnswerSchema,
  note: longText(500).default(''),
});
export type AnswerInterest = z.input<typeof answerInterestSchema>;
export const organisationInterestParamsSchema = z.object({ organisationId: idSchema, interestId: idSchema });
export const mobilisationInterestParamsSchema = z.object({ mobilisationId: idSchema, interestId: idSchema });
/** Sent; read by the receiver (a notice opened); answered. */
export const interestStatusSchema = z.enum(['sent', 'read', 'answered']);
export type InterestStatus = z.infer<typeof interestStatusSchema>;

export const interestSchema = z.object({
  id: idSchema,
  from: z.object({ id: idSchema, name: z.string() }),
  to: z.object({ id: idSchema, name: z.string() }),
  itemId: idSchema.nullable(),
  counterpartItemId: idSchema.nullable(),
  message: z.string(),
  createdBy: z.string(),
  createdAt: timestampSchema,
  /** The other organisation has said it is interested too. */
  mutual: z.boolean(),
  delivery: interestDeliverySchema,
  status: interestStatusSchema,
  answer: z
    .object({
      value: interestAnswerSchema,
      note: z.string(),
      answeredAt: timestampSchema,
      answeredBy: z.string(),
    })
    .nullable(),
});
export type Interest = z.infer<typeof interestSchema>;

/** An interest that reached nobody at the receiving organisation, for the coordinators to pass on. */
export const interestToPassOnSchema = z.object({
  id: idSchema,
  from: z.object({ id: idSchema, name: z.string() }),
  to: z.object({ id: idSchema, name: z.string(), profileId: idSchema.nullable() }),
  message: z.string(),
  createdAt: timestampSchema,
  passedOn: z.object({ at: timestampSchema, by: z.string() }).nullable(),
});
export type InterestToPassOn = z.infer<typeof interestToPassOnSchema>;
export const interestToPassOnListSchema = z.object({ items: z.array(interestToPassOnSchema) });
export type InterestToPassOnList = z.infer<typeof interestToPassOnListSchema>;
export const interestListSchema = z.object({
  sent: z.array(interestSchema),
  received: z.array(interestSchema),
});
export type InterestList = z.infer<typeof interestListSchema>;

/** What an `interest.received` notice carries: enough to say who is interested and to link to them. */
export const interestReceivedPayloadSchema = z.object({
  interestId: idSchema,
  mobilisationId: idSchema,
  fromOrganisationId: idSchema,
  fromOrganisationName: z.string(),
  /** The sender's page in the mobilisation; notices written before it was recorded have none. */
  fromProfileId: idSchema.nullable().default(null),
  /** The recipient's page in the mobilisation. */
  toProfileId: idSchema.nullable(),
  message: z.string(),
  /** The recipient's organisation had already shown interest in the sender. */
  mutual: z.boolean(),
});
export type InterestReceivedPayload = z.infer<typeof interestReceivedPayloadSchema>;

const interestReceivedContent = z.object({
  kind: z.literal('interest.received'),
  payload: interestReceivedPayloadSchema,
});

/** The other organisation answered an interest the person's organisation sent. */
export const interestAnsweredPayloadSchema = z.object({
  interestId: idSchema,
  mobilisationId: idSchema,
  byOrganisationId: idSchema,
  byOrganisationName: z.string(),
  /** The answering organisation's page in the mobilisation, if it has one. */
  byProfileId: idSchema.nullable(),
  answer: interestAnswerSchema,
  note: z.string(),
});
export type InterestAnsweredPayload = z.infer<typeof interestAnsweredPayloadSchema>;

const interestAnsweredContent = z.object({
  kind: z.literal('interest.answered'),
  payload: interestAnsweredPayloadSchema,
});

/**
 * What an initiative notice carries: which initiative, for which of the person's organisations. The title as it
 * was when the notice was written, and the platform's own words in both languages while nobody had rewritten it.
 */
export const initiativeNoticePayloadSchema = z.object({
  initiativeId: idSchema,
  mobilisationId: idSchema,
  organisationId: idSchema,
  organisationName: z.string(),
  title: z.string(),
  generatedTitle: z.object({ sv: z.string(), en: z.string() }).nullable(),
});
export type InitiativeNoticePayload = z.infer<typeof initiativeNoticePayloadSchema>;

/** The organisation was added to a listed initiative (or a proposal it was in was taken into the list). */
const initiativeAddedContent = z.object({
  kind: z.literal('initiative.added'),
  payload: initiativeNoticePayloadSchema,
});
/** The initiative asks the organisation to endorse it in its own organisation (förankring). */
const endorsementRequestedContent = z.object({
  kind: z.literal('initiative.endorsement_requested'),
  payload: initiativeNoticePayloadSchema,
});

/** The organisation's entries are due or lapsed: are they still current? */
const currencyReminderContent = z.object({
  kind: z.literal('currency.reminder'),
  payload: currencyReminderPayloadSchema,
});

/**
 * What a notice says, told apart by `kind`, so readers get a typed payload. A new kind is one more member in
 * both unions below. Plain unions rather than `z.discriminatedUnion`: the types narrow on `kind` just the same,
 * and the web's first load (the header's count parses this schema) does not carry zod's discriminated-union
 * code for a handful of kinds.
 */
export const notificationContentSchema = z.union([
  interestReceivedContent,
  interestAnsweredContent,
  initiativeAddedContent,
  endorsementRequestedContent,
  currencyReminderContent,
]);
export type NotificationContent = z.infer<typeof notificationContentSchema>;
export type NotificationKind = NotificationContent['kind'];
export const notificationKinds: readonly NotificationKind[] = notificationContentSchema.options.map(
  (option) => option.shape.kind.value,
);

const notificationMeta = {
  id: idSchema,
  createdAt: timestampSchema,
  readAt: timestampSchema.nullable(),
};
export const notificationSchema = z.union([
  interestReceivedContent.extend(notificationMeta),
  interestAnsweredContent.extend(notificationMeta),
  initiativeAddedContent.extend(notificationMeta),
  endorsementRequestedContent.extend(notificationMeta),
  currencyReminderContent.extend(notificationMeta),
]);
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;
export const notificationParamsSchema = z.object({ notificationId: idSchema });
