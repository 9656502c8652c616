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

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  payload: z.record(z.string(), z.unknown()),
  createdAt: timestampSchema,
  readAt: timestampSchema.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;
export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export const notificationParamsSchema = z.object({ notificationId: idSchema });
