import { type Db, findNotificationSetting } from '@kraftsamling/db';
import type { MailFrequency, NotificationCategory } from '@kraftsamling/shared';

/** How a person wants a notice's mail: not at all, at once, or in a daily or weekly digest. */
export type MailPreference = 'off' | MailFrequency;

/**
 * The one place asked whether and how a person wants mail about a category of notice (decision 036). Every
 * notice mail asks through `app.noticeMail`; mails about the account itself (invitations, password resets)
 * have no category and never ask.
 */
export async function mailPreference(
  db: Db,
  userId: string,
  category: NotificationCategory,
): Promise<MailPreference> {
  const setting = await findNotificationSetting(db, userId, category);
  return setting.mail ? setting.frequency : 'off';
}

/** A digest goes out at 06:00 UTC (07:00 in Swedish winter time); a weekly one on Mondays. */
const digestHourUtc = 6;

/** When a notice held for a digest is mailed: the next digest time strictly after `now`. */
export function digestDueAt(frequency: 'daily' | 'weekly', now: Date): Date {
  const due = new Date(now);
  due.setUTCHours(digestHourUtc, 0, 0, 0);
  if (due <= now) due.setUTCDate(due.getUTCDate() + 1);
  if (frequency === 'weekly') {
    // getUTCDay: Sunday 0, Monday 1.
    due.setUTCDate(due.getUTCDate() + ((8 - due.getUTCDay()) % 7));
  }
  return due;
}
