import type { Invitation, Role } from '@kraftsamling/shared';

type InvitationStatus = Invitation['status'];

import { sql, type UpdateObject } from 'kysely';
import type { Db } from '../kysely';
import type { Database } from '../schema';

export type NewInvitation = {
  tokenHash: string;
  email: string;
  name: string;
  mobilisationId: string;
  organisationId: string | null;
  role: Role;
  invitedBy: string | null;
  expiresAt: Date;
};

export async function insertInvitation(db: Db, invitation: NewInvitation): Promise<string> {
  const row = await db
    .insertInto('invitations')
    .values({
      token_hash: invitation.tokenHash,
      email: invitation.email.toLowerCase(),
      name: invitation.name,
      mobilisation_id: invitation.mobilisationId,
      organisation_id: invitation.organisationId,
      role: invitation.role,
      invited_by: invitation.invitedBy,
      expires_at: invitation.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const invitationStatus = (row: {
  accepted_at: Date | null;
  revoked_at: Date | null;
  opened_at: Date | null;
  expires_at: Date | string;
}): InvitationStatus => {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  if (new Date(row.expires_at) <= new Date()) return 'expired';
  return row.opened_at ? 'opened' : 'pending';
};

function selectInvitations(db: Db) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('mobilisations as m', 'm.id', 'i.mobilisation_id')
    .leftJoin('organisations as o', 'o.id', 'i.organisation_id')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .selectAll('i')
    .select(['m.name as mobilisation_name', 'o.name as organisation_name', 'u.name as invited_by_name']);
}

export async function listInvitations(
  db: Db,
  mobilisationId: string,
  only?: { invitationId: string },
): Promise<Invitation[]> {
  let query = selectInvitations(db).where('i.mobilisation_id', '=', mobilisationId);
  if (only) query = query.where('i.id', '=', only.invitationId);
  const rows = await query.orderBy('i.created_at', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    invitedBy: r.invited_by_name,
    status: invitationStatus(r),
    createdAt: r.created_at.toISOString(),
    expiresAt: new Date(r.expires_at).toISOString(),
  }));
}

export async function findInvitationByTokenHash(db: Db, tokenHash: string) {
  const row = await selectInvitations(db).where('i.token_hash', '=', tokenHash).executeTakeFirst();
  return row ? { ...row, status: invitationStatus(row) } : undefined;
}

/** Notes the first time an invitation's link was followed. */
export async function markInvitationOpened(db: Db, id: string): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ opened_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('opened_at', 'is', null)
    .execute();
}

/**
 * Changes an invitation still open (neither accepted nor revoked), within one mobilisation when given; false
 * when there is none: the conditions hold in the same statement, so two requests cannot both change it.
 */
async function updateOpenInvitation(
  db: Db,
  id: string,
  values: UpdateObject<Database, 'invitations'>,
  mobilisationId?: string,
): Promise<boolean> {
  let query = db
    .updateTable('invitations')
    .set(values)
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null);
  if (mobilisationId !== undefined) query = query.where('mobilisation_id', '=', mobilisationId);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Gives an open invitation of the mobilisation a new link and a new lifetime (the old link stops working);
 * false when there is no such invitation or it was accepted or revoked.
 */
export async function renewInvitation(
  db: Db,
  mobilisationId: string,
  id: string,
  renewal: { tokenHash: string; expiresAt: Date },
): Promise<boolean> {
  return updateOpenInvitation(
    db,
    id,
    { token_hash: renewal.tokenHash, expires_at: renewal.expiresAt },
    mobilisationId,
  );
}

/** Revokes an open invitation of the mobilisation; false when there is none open with that id. */
export async function revokeInvitation(db: Db, mobilisationId: string, id: string): Promise<boolean> {
  return updateOpenInvitation(db, id, { revoked_at: sql<Date>`now()` }, mobilisationId);
}

/** Marks an invitation used; false when someone else used it first (the link works once). */
export async function markInvitationAccepted(db: Db, id: string, userId: string): Promise<boolean> {
  return updateOpenInvitation(db, id, { accepted_at: sql<Date>`now()`, accepted_by: userId });
}

export async function listInvitationsSentBy(db: Db, userId: string) {
  return db
    .selectFrom('invitations')
    .select(['email', 'role', 'created_at'])
    .where('invited_by', '=', userId)
    .orderBy('created_at')
    .execute();
}

// Password resets

export async function insertPasswordReset(
  db: Db,
  reset: { tokenHash: string; userId: string; expiresAt: Date },
) {
  await db
    .insertInto('password_resets')
    .values({ token_hash: reset.tokenHash, user_id: reset.userId, expires_at: reset.expiresAt })
    .execute();
}

/** Uses a reset link once: the user it belongs to, 'expired' for a used or old link, undefined if unknown. */
export async function consumePasswordReset(
  db: Db,
  tokenHash: string,
): Promise<string | 'expired' | undefined> {
  const row = await db
    .selectFrom('password_resets')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.used_at || new Date(row.expires_at) <= new Date()) return 'expired';
  await db
    .updateTable('password_resets')
    .set({ used_at: sql<Date>`now()` })
    .where('token_hash', '=', tokenHash)
    .execute();
  return row.user_id;
}

// Outbox

export async function insertOutboxMessage(
  db: Db,
  message: {
    to: string;
    subject: string;
    text: string;
    mobilisationId?: string | undefined;
    headers?: Record<string, string> | undefined;
  },
): Promise<string> {
  const row = await db
    .insertInto('outbox')
    .values({
      to_address: message.to,
      subject: message.subject,
      body_text: message.text,
      mobilisation_id: message.mobilisationId ?? null,
      headers: JSON.stringify(message.headers ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function getOutboxMessage(db: Db, id: string) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markOutboxSent(db: Db, id: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ sent_at: sql<Date>`now()`, error: null })
    .where('id', '=', id)
    .execute();
}

export async function markOutboxFailed(db: Db, id: string, error: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ error: error.slice(0, 1000) })
    .where('id', '=', id)
    .execute();
}

/** The outbox, newest first: all of it, or the mail sent on behalf of one mobilisation. */
export async function listOutbox(db: Db, page: { limit: number; offset: number }, mobilisationId?: string) {
  const [rows, count] = await Promise.all([
    db
      .selectFrom('outbox')
      .selectAll()
      .$if(mobilisationId !== undefined, (q) => q.where('mobilisation_id', '=', mobilisationId ?? ''))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('outbox')
      .select(sql<number>`count(*)::int`.as('n'))
      .$if(mobilisationId !== undefined, (q) => q.where('mobilisation_id', '=', mobilisationId ?? ''))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: count.n,
    items: rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      text: r.body_text,
      createdAt: r.created_at.toISOString(),
      sentAt: r.sent_at ? r.sent_at.toISOString() : null,
    })),
  };
}

/**
 * Which of these people (an import's contact persons) are already members of their organisation in the
 * mobilisation or hold an open invitation to it: their keys, `organisationId/email` with the email in lower
 * case. Two statements whatever their number.
 */
export async function invitedOrMembers(
  db: Db,
  mobilisationId: string,
  keys: { email: string; organisationId: string }[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const organisationIds = [...new Set(keys.map((k) => k.organisationId))];
  const emails = [...new Set(keys.map((k) => k.email.toLowerCase()))];
  const [invited, members] = await Promise.all([
    db
      .selectFrom('invitations')
      .select(['organisation_id', 'email'])
      .where('mobilisation_id', '=', mobilisationId)
      .where(sql<boolean>`organisation_id = any(${organisationIds}::uuid[])`)
      .where(sql<boolean>`email = any(${emails}::text[])`)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .execute(),
    db
      .selectFrom('memberships as ms')
      .innerJoin('users as u', 'u.id', 'ms.user_id')
      .select(['ms.organisation_id', sql<string>`lower(u.email)`.as('email')])
      .where('ms.mobilisation_id', '=', mobilisationId)
      .where(sql<boolean>`ms.organisation_id = any(${organisationIds}::uuid[])`)
      .where(sql<boolean>`lower(u.email) = any(${emails}::text[])`)
      .execute(),
  ]);
  return new Set([...invited, ...members].map((r) => `${r.organisation_id}/${r.email.toLowerCase()}`));
}
