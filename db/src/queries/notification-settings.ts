import {
  defaultNotificationSetting,
  type NotificationCategory,
  type NotificationSetting,
  type NotificationSettings,
  notificationCategories,
} from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';
import type { DigestLine } from '../schema';

/** A person's settings for every category, the defaults where they chose nothing. */
export async function listNotificationSettings(db: Db, userId: string): Promise<NotificationSettings> {
  const rows = await db
    .selectFrom('notification_settings')
    .select(['category', 'mail', 'frequency'])
    .where('user_id', '=', userId)
    .execute();
  const chosen = new Map(rows.map((r) => [r.category, r]));
  return {
    categories: notificationCategories.map((category) => {
      const row = chosen.get(category);
      return row
        ? { category, mail: row.mail, frequency: row.frequency }
        : defaultNotificationSetting(category);
    }),
  };
}

/** A person's setting for one category. */
export async function findNotificationSetting(
  db: Db,
  userId: string,
  category: NotificationCategory,
): Promise<NotificationSetting> {
  const row = await db
    .selectFrom('notification_settings')
    .select(['mail', 'frequency'])
    .where('user_id', '=', userId)
    .where('category', '=', category)
    .executeTakeFirst();
  return row ? { category, ...row } : defaultNotificationSetting(category);
}

/** Stores the categories given; the others keep what they were. */
export async function saveNotificationSettings(
  db: Db,
  userId: string,
  settings: NotificationSetting[],
): Promise<void> {
  if (settings.length === 0) return;
  await db
    .insertInto('notification_settings')
    .values(
      settings.map((s) => ({ user_id: userId, category: s.category, mail: s.mail, frequency: s.frequency })),
    )
    .onConflict((oc) =>
      oc.columns(['user_id', 'category']).doUpdateSet({
        mail: (eb) => eb.ref('excluded.mail'),
        frequency: (eb) => eb.ref('excluded.frequency'),
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

/** Turns a category's mail off (an unsubscribe link); the frequency stays for when it is turned on again. */
export async function turnOffNotificationMail(
  db: Db,
  userId: string,
  category: NotificationCategory,
): Promise<void> {
  await db
    .insertInto('notification_settings')
    .values({ user_id: userId, category, mail: false, frequency: 'immediate' })
    .onConflict((oc) =>
      oc.columns(['user_id', 'category']).doUpdateSet({ mail: false, updated_at: sql<Date>`now()` }),
    )
    .execute();
}

/** Holds a notice's mail for the person's next digest. */
export async function insertDigestEntry(
  db: Db,
  entry: {
    userId: string;
    category: NotificationCategory;
    mobilisationId: string | null;
    line: DigestLine;
    createdAt: Date;
    dueAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('mail_digest_entries')
    .values({
      user_id: entry.userId,
      category: entry.category,
      mobilisation_id: entry.mobilisationId,
      line: JSON.stringify(entry.line),
      created_at: entry.createdAt,
      due_at: entry.dueAt,
    })
    .execute();
}

/** The people with a digest due now. */
export async function listPeopleWithDueDigests(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_digest_entries')
    .select('user_id')
    .distinct()
    .where('due_at', '<=', now)
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

export type DueDigestEntry = {
  category: NotificationCategory;
  mobilisationId: string | null;
  line: DigestLine;
  createdAt: Date;
};

/**
 * Takes a person's due lines, oldest first, removing them: of two instances digesting the same person at once
 * the second waits on the rows and then finds them gone, so each line is mailed once.
 */
export async function takeDueDigestEntries(db: Db, userId: string, now: Date): Promise<DueDigestEntry[]> {
  const rows = await db
    .deleteFrom('mail_digest_entries')
    .where('user_id', '=', userId)
    .where('due_at', '<=', now)
    .returning(['category', 'mobilisation_id', 'line', 'created_at'])
    .execute();
  return rows
    .map((r) => ({
      category: r.category as NotificationCategory,
      mobilisationId: r.mobilisation_id,
      line: r.line,
      createdAt: r.created_at,
    }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
