import {
  AppError,
  type Interest,
  type Notification,
  type NotificationContent,
  notificationKinds,
  notificationSchema,
} from '@kraftsamling/shared';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../kysely';
import type { NotificationTable } from '../schema';

export type NewInterest = {
  mobilisationId: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  itemId: string | null;
  counterpartItemId: string | null;
  message: string;
  createdBy: { id: string; name: string } | null;
};

/**
 * Records one organisation's interest in another. Both must take part in the mobilisation, and the items it
 * is about must be theirs; the result says whether the other side had already shown interest (mutual).
 */
export async function insertInterest(
  db: Db,
  interest: NewInterest,
): Promise<{ id: string; mutual: boolean }> {
  if (interest.fromOrganisationId === interest.toOrganisationId) {
    throw new AppError('VALIDATION_FAILED', 'An organisation cannot be interested in itself.', {
      fields: [
        { path: 'body.toOrganisationId', code: 'same_organisation', message: 'Choose another organisation' },
      ],
    });
  }
  const participants = await db
    .selectFrom('profiles')
    .select(['id', 'organisation_id'])
    .where('mobilisation_id', '=', interest.mobilisationId)
    .where('organisation_id', 'in', [interest.fromOrganisationId, interest.toOrganisationId])
    .execute();
  const profileOf = new Map(participants.map((p) => [p.organisation_id, p.id]));
  const fields = [];
  if (!profileOf.has(interest.toOrganisationId)) {
    fields.push({
      path: 'body.toOrganisationId',
      code: 'unknown_organisation',
      message: 'Not an organisation of this mobilisation',
    });
  }
  for (const [key, organisationId] of [
    ['itemId', interest.fromOrganisationId],
    ['counterpartItemId', interest.toOrganisationId],
  ] as const) {
    const itemId = interest[key];
    if (!itemId) continue;
    const item = await db
      .selectFrom('profile_items')
      .select('profile_id')
      .where('id', '=', itemId)
      .executeTakeFirst();
    if (!item || item.profile_id !== profileOf.get(organisationId)) {
      fields.push({
        path: `body.${key}`,
        code: 'unknown_item',
        message: 'Not a need or offer of that organisation',
      });
    }
  }
  if (fields.length > 0)
    throw new AppError('VALIDATION_FAILED', 'The interest refers to something outside the mobilisation.', {
      fields,
    });
  const row = await db
    .insertInto('interests')
    .values({
      mobilisation_id: interest.mobilisationId,
      from_organisation_id: interest.fromOrganisationId,
      to_organisation_id: interest.toOrganisationId,
      item_id: interest.itemId,
      counterpart_item_id: interest.counterpartItemId,
      message: interest.message,
      created_by: interest.createdBy?.id ?? null,
      created_by_name: interest.createdBy?.name ?? 'Kraftsamling',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const back = await db
    .selectFrom('interests')
    .select('id')
    .where('mobilisation_id', '=', interest.mobilisationId)
    .where('from_organisation_id', '=', interest.toOrganisationId)
    .where('to_organisation_id', '=', interest.fromOrganisationId)
    .limit(1)
    .executeTakeFirst();
  return { id: row.id, mutual: back !== undefined };
}

/** Interests an organisation has shown and received in a mobilisation, newest first. */
export async function listInterestsOfOrganisation(db: Db, mobilisationId: string, organisationId: string) {
  const rows = await db
    .selectFrom('interests as i')
    .innerJoin('organisations as f', 'f.id', 'i.from_organisation_id')
    .innerJoin('organisations as t', 't.id', 'i.to_organisation_id')
    .selectAll('i')
    .select(['f.name as from_name', 't.name as to_name'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('interests as back')
            .select('back.id')
            .whereRef('back.from_organisation_id', '=', 'i.to_organisation_id')
            .whereRef('back.to_organisation_id', '=', 'i.from_organisation_id')
            .whereRef('back.mobilisation_id', '=', 'i.mobilisation_id'),
        )
        .as('mutual'),
    )
    .where('i.mobilisation_id', '=', mobilisationId)
    .where((eb) =>
      eb.or([
        eb('i.from_organisation_id', '=', organisationId),
        eb('i.to_organisation_id', '=', organisationId),
      ]),
    )
    .orderBy('i.created_at', 'desc')
    .execute();
  const toInterest = (r: (typeof rows)[number]): Interest => ({
    id: r.id,
    from: { id: r.from_organisation_id, name: r.from_name },
    to: { id: r.to_organisation_id, name: r.to_name },
    itemId: r.item_id,
    counterpartItemId: r.counterpart_item_id,
    message: r.message,
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    mutual: Boolean(r.mutual),
  });
  return {
    sent: rows.filter((r) => r.from_organisation_id === organisationId).map(toInterest),
    received: rows.filter((r) => r.to_organisation_id === organisationId).map(toInterest),
  };
}

/** The people who act for an organisation in a mobilisation: its members there (they get notices). */
export async function membersOfOrganisation(db: Db, mobilisationId: string, organisationId: string) {
  return db
    .selectFrom('memberships as ms')
    .innerJoin('users as u', 'u.id', 'ms.user_id')
    .select(['u.id', 'u.email', 'u.name'])
    .where('ms.mobilisation_id', '=', mobilisationId)
    .where('ms.organisation_id', '=', organisationId)
    .where('ms.role', '=', 'member')
    .execute();
}

export type NewNotification = { userId: string } & NotificationContent;

export async function insertNotifications(db: Db, notifications: NewNotification[]): Promise<void> {
  if (notifications.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      notifications.map((n) => ({ user_id: n.userId, kind: n.kind, payload: JSON.stringify(n.payload) })),
    )
    .execute();
}

/**
 * A stored notice as the API gives it. The payload is checked against its kind's schema, which also fills in
 * what older notices lack (e.g. the sender's page).
 */
function notificationRowToNotification(row: Selectable<NotificationTable>): Notification {
  return notificationSchema.parse({
    id: row.id,
    kind: row.kind,
    payload: row.payload,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at ? row.read_at.toISOString() : null,
  });
}

/**
 * A person's notices, newest first, and how many are unread. Only kinds this version knows are read, so
 * notices written by a newer version (after a rollback) are left alone rather than failing the list.
 */
export async function listNotifications(
  db: Db,
  userId: string,
  limit = 50,
): Promise<{ items: Notification[]; unread: number }> {
  const kinds = [...notificationKinds];
  const [rows, unread] = await Promise.all([
    db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .where('kind', 'in', kinds)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute(),
    db
      .selectFrom('notifications')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('user_id', '=', userId)
      .where('kind', 'in', kinds)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { unread: unread.n, items: rows.map(notificationRowToNotification) };
}

export async function markNotificationRead(db: Db, userId: string, id: string): Promise<void> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw new AppError('NOT_FOUND', 'No such notification.');
}
