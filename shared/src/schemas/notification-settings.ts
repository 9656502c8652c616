import { z } from 'zod';
import { schemaMessages } from './common';
import type { NotificationKind } from './interests';

/**
 * What a person chooses mail for: a few categories they recognise rather than every kind of notice. Mails
 * about the account itself (invitations, password resets) have no category: they are never held back.
 */
export const notificationCategories = ['interests', 'initiatives', 'currency'] as const;
export const notificationCategorySchema = z.enum(notificationCategories);
export type NotificationCategory = z.infer<typeof notificationCategorySchema>;

/** Which category a notice's mail belongs to. A new kind of notice must be placed here (the type says so). */
export const notificationCategoryOf: Record<NotificationKind, NotificationCategory> = {
  'interest.received': 'interests',
  'interest.answered': 'interests',
  'initiative.added': 'initiatives',
  'initiative.endorsement_requested': 'initiatives',
  'currency.reminder': 'currency',
};

/** At once, or gathered into one mail a day or a week. */
export const mailFrequencies = ['immediate', 'daily', 'weekly'] as const;
export const mailFrequencySchema = z.enum(mailFrequencies);
export type MailFrequency = z.infer<typeof mailFrequencySchema>;

export const notificationSettingSchema = z.object({
  category: notificationCategorySchema,
  /** Whether notices of the category come by mail at all (they always come in the app). */
  mail: z.boolean(),
  frequency: mailFrequencySchema,
});
export type NotificationSetting = z.infer<typeof notificationSettingSchema>;

/** What a person has not chosen: every notice mailed at once. */
export const defaultNotificationSetting = (category: NotificationCategory): NotificationSetting => ({
  category,
  mail: true,
  frequency: 'immediate',
});

/** A person's settings, one per category, always all of them in the categories' order. */
export const notificationSettingsSchema = z.object({ categories: z.array(notificationSettingSchema) });
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** A change: any of the categories, each at most once; those left out keep what they were. */
export const updateNotificationSettingsSchema = z.object({
  categories: z
    .array(notificationSettingSchema)
    .min(1)
    .max(notificationCategories.length)
    .refine((list) => new Set(list.map((c) => c.category)).size === list.length, {
      message: schemaMessages.unique,
    }),
});
export type UpdateNotificationSettings = z.infer<typeof updateNotificationSettingsSchema>;

/** An unsubscribe link's token as it came in; anything malformed is answered as a link that is not valid. */
export const unsubscribeParamsSchema = z.object({ token: z.string().min(1).max(300) });

/** What an unsubscribe link turns off: one category's mail, or (a digest's header) every category's. */
export const unsubscribeScopeSchema = z.union([notificationCategorySchema, z.literal('all')]);
export type UnsubscribeScope = z.infer<typeof unsubscribeScopeSchema>;

/**
 * What an unsubscribe link is about, for its page: which mail, and whether any of it is still on. `contact`: a
 * contact person without an account, mailed on an organisation's behalf, who stops being contacted for it.
 */
export const unsubscribeLinkSchema = z.object({
  scope: z.union([unsubscribeScopeSchema, z.literal('contact')]),
  mail: z.boolean(),
  organisationName: z.string().optional(),
});
export type UnsubscribeLink = z.infer<typeof unsubscribeLinkSchema>;
