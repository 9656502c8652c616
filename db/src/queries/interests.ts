import {
  AppError,
  type Interest,
  type InterestAnswer,
  type InterestDelivery,
  type InterestToPassOn,
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
  delivery: InterestDelivery;
};

/**
 * Who an interest to an organisation reaches, and their addresses: its members in the mobilisation; failing
 * them, its contact persons who agreed to be contacted; failing them, the mobilisation's coordinators (and
 * admins), who pass it on.
 */
export async function interestRecipients(
  db: Db,
  mobilisationId: string,
  toOrganisationId: string,
): Promise<{
  delivery: InterestDelivery;
  members: { id: string; email: string }[];
  /** Everyone mailed: people with an account (members or coordinators) by id, contact persons by address. */
  recipients: { userId: string | null; email: string }[];
}> {
  const members = await membersOfOrganisation(db, mobilisationId, toOrganisationId);
  if (members.length > 0) {
    return {
      delivery: 'members',
      members,
      recipients: members.map((m) => ({ userId: m.id, email: m.email })),
    };
  }
  const contacts = await db
    .selectFrom('organisation_contacts')
    .select('email')
    .where('organisation_id', '=', toOrganisationId)
    .where('may_contact', '=', true)
    .orderBy('position')
    .execute();
  if (contacts.length > 0) {
    const emails = [...new Set(contacts.map((c) => c.email))];
    return {
      delivery: 'contacts',
      members: [],
      recipients: emails.map((email) => ({ userId: null, email })),
    };
  }
  const coordinators = await db
    .selectFrom('memberships as ms')
    .innerJoin('users as u', 'u.id', 'ms.user_id')
    .select(['u.id', 'u.email'])
    .distinct()
    .where('ms.mobilisation_id', '=', mobilisationId)
    .where('ms.role', 'in', ['coordinator', 'admin'])
    .execute();
  return {
    delivery: 'coordinators',
    members: [],
    recipients: coordinators.map((c) => ({ userId: c.id, email: c.email })),
  };
}

/**
 * Records one organisation's interest in another. Both must take part in the mobilisation, and the items it
 * is about must be theirs; the result says whether the other side had already shown interest (mutual). The
 * same interest (sender, receiver and items) is stored once: a repeat is ALREADY_EXISTS.
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
  const dedupeKey = [
    interest.fromOrganisationId,
    interest.toOrganisationId,
    interest.itemId ?? '-',
    interest.counterpartItemId ?? '-',
  ].join(':');
  // The unique key decides among interests sent at once, from any instance: one is stored, the others wait
  // for it and find it there.
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
      dedupe_key: dedupeKey,
      delivery: interest.delivery,
    })
    .onConflict((oc) => oc.columns(['mobilisation_id', 'dedupe_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) {
    throw new AppError('ALREADY_EXISTS', 'Your organisation has already shown this interest.');
  }
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
    delivery: r.delivery,
    status: r.answer ? 'answered' : r.read_at ? 'read' : 'sent',
    answer:
      r.answer && r.answered_at
        ? {
            value: r.answer,
            note: r.answer_note,
            answeredAt: r.answered_at.toISOString(),
            answeredBy: r.answered_by_name,
          }
        : null,
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
  const row = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning(['kind', 'payload'])
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such notification.');
  // A receiver who opened the notice of an interest has read it: the sender sees so.
  const interestId = row.kind === 'interest.received' ? row.payload.interestId : undefined;
  if (typeof interestId === 'string') await markInterestRead(db, interestId);
}

export async function markInterestRead(db: Db, interestId: string): Promise<void> {
  await db
    .updateTable('interests')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', interestId)
    .execute();
}

/**
 * The receiving organisation's answer to an interest it got ("intressant – hör av er" / "inte aktuellt"); a
 * later answer replaces an earlier one. NOT_FOUND unless the interest was sent to that organisation.
 */
export async function answerInterest(
  db: Db,
  input: {
    organisationId: string;
    interestId: string;
    answer: InterestAnswer;
    note: string;
    answeredBy: { id: string; name: string } | null;
  },
): Promise<{ mobilisationId: string; fromOrganisationId: string }> {
  const row = await db
    .updateTable('interests')
    .set({
      answer: input.answer,
      answer_note: input.note,
      answered_at: sql<Date>`now()`,
      answered_by: input.answeredBy?.id ?? null,
      answered_by_name: input.answeredBy?.name ?? '',
      read_at: sql<Date>`coalesce(read_at, now())`,
    })
    .where('id', '=', input.interestId)
    .where('to_organisation_id', '=', input.organisationId)
    .returning(['mobilisation_id', 'from_organisation_id'])
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such interest to this organisation.');
  return { mobilisationId: row.mobilisation_id, fromOrganisationId: row.from_organisation_id };
}

/** Interests that reached only the coordinators, newest first, with whether one of them passed it on. */
export async function listInterestsToPassOn(db: Db, mobilisationId: string): Promise<InterestToPassOn[]> {
  const rows = await db
    .selectFrom('interests as i')
    .innerJoin('organisations as f', 'f.id', 'i.from_organisation_id')
    .innerJoin('organisations as t', 't.id', 'i.to_organisation_id')
    .leftJoin('profiles as tp', (join) =>
      join
        .onRef('tp.organisation_id', '=', 'i.to_organisation_id')
        .onRef('tp.mobilisation_id', '=', 'i.mobilisation_id'),
    )
    .select([
      'i.id',
      'i.message',
      'i.created_at',
      'i.passed_on_at',
      'i.passed_on_by_name',
      'f.id as from_id',
      'f.name as from_name',
      't.id as to_id',
      't.name as to_name',
      'tp.id as to_profile_id',
    ])
    .where('i.mobilisation_id', '=', mobilisationId)
    .where('i.delivery', '=', 'coordinators')
    .orderBy('i.created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    from: { id: r.from_id, name: r.from_name },
    to: { id: r.to_id, name: r.to_name, profileId: r.to_profile_id },
    message: r.message,
    createdAt: r.created_at.toISOString(),
    passedOn: r.passed_on_at ? { at: r.passed_on_at.toISOString(), by: r.passed_on_by_name } : null,
  }));
}

/** A coordinator passed an interest on to the organisation (by phone, mail…); NOT_FOUND if it is not theirs to. */
export async function markInterestPassedOn(
  db: Db,
  mobilisationId: string,
  interestId: string,
  by: { id: string; name: string } | null,
): Promise<void> {
  const result = await db
    .updateTable('interests')
    .set({ passed_on_at: sql<Date>`now()`, passed_on_by: by?.id ?? null, passed_on_by_name: by?.name ?? '' })
    .where('id', '=', interestId)
    .where('mobilisation_id', '=', mobilisationId)
    .where('delivery', '=', 'coordinators')
    .where('passed_on_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) {
    const exists = await db
      .selectFrom('interests')
      .select('id')
      .where('id', '=', interestId)
      .where('mobilisation_id', '=', mobilisationId)
      .where('delivery', '=', 'coordinators')
      .executeTakeFirst();
    if (!exists) throw new AppError('NOT_FOUND', 'No such interest for the coordinators to pass on.');
  }
}

/**
 * Pairs a receiver called "inte aktuellt": interests about one need and one offer answered not_relevant, as
 * (need, offer) with the receiver's note. Labelled rejected examples in the mobilisation's own words, for the
 * engine's learning (decision 029).
 */
export async function listRejectedInterestPairs(db: Db, mobilisationId: string) {
  const rows = await db
    .selectFrom('interests as x')
    .innerJoin('profile_items as a', 'a.id', 'x.item_id')
    .innerJoin('profile_items as b', 'b.id', 'x.counterpart_item_id')
    .select(['a.id as a_id', 'a.kind as a_kind', 'b.id as b_id', 'x.answer_note', 'x.answered_at'])
    .where('x.mobilisation_id', '=', mobilisationId)
    .where('x.answer', '=', 'not_relevant')
    .whereRef('a.kind', '<>', 'b.kind')
    .orderBy('x.answered_at')
    .execute();
  return rows.map((r) => ({
    needId: r.a_kind === 'need' ? r.a_id : r.b_id,
    offerId: r.a_kind === 'need' ? r.b_id : r.a_id,
    note: r.answer_note,
  }));
}
