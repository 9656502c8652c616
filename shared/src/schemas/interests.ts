import { z } from 'zod';
import { idSchema, longText, timestampSchema } from './common';

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
});
export type Interest = z.infer<typeof interestSchema>;
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

/**
 * What a notice says, told apart by `kind`, so readers get a typed payload. A new kind is one more member in
 * both unions below. Plain unions rather than `z.discriminatedUnion`: the types narrow on `kind` just the same,
 * and the web's first load (the header's count parses this schema) does not carry zod's discriminated-union
 * code for a handful of kinds.
 */
export const notificationContentSchema = z.union([interestReceivedContent]);
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
export const notificationSchema = z.union([interestReceivedContent.extend(notificationMeta)]);
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;
export const notificationParamsSchema = z.object({ notificationId: idSchema });
