import type { Membership, Role } from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';
import type { UserRow } from '../schema';
import { rethrowUniqueViolation } from './errors';

export type UserRecord = UserRow;

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function findUser(db: Db, id: string): Promise<UserRecord | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  user: { email: string; name: string; passwordHash: string | null; platformAdmin?: boolean },
): Promise<UserRecord> {
  return rethrowUniqueViolation(
    db
      .insertInto('users')
      .values({
        email: user.email.toLowerCase(),
        name: user.name,
        password_hash: user.passwordHash,
        platform_admin: user.platformAdmin ?? false,
      })
      .returningAll()
      .executeTakeFirstOrThrow(),
    {
      users_email_key: {
        path: 'body.email',
        message: 'There is already an account with this email address.',
      },
    },
  );
}

export async function setUserPassword(db: Db, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: sql<Date>`now()` })
    .where('id', '=', userId)
    .execute();
}

export async function setUserName(db: Db, userId: string, name: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ name, updated_at: sql<Date>`now()` })
    .where('id', '=', userId)
    .execute();
}

export async function deleteUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', userId).execute();
}

export async function listMembershipsOfUser(db: Db, userId: string): Promise<Membership[]> {
  const rows = await db
    .selectFrom('memberships as ms')
    .leftJoin('organisations as o', 'o.id', 'ms.organisation_id')
    .leftJoin('profiles as p', (join) =>
      join
        .onRef('p.organisation_id', '=', 'ms.organisation_id')
        .onRef('p.mobilisation_id', '=', 'ms.mobilisation_id'),
    )
    .select([
      'ms.id',
      'ms.mobilisation_id',
      'ms.role',
      'ms.organisation_id',
      'o.name as organisation_name',
      'p.id as profile_id',
    ])
    .where('ms.user_id', '=', userId)
    .orderBy('ms.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    mobilisationId: r.mobilisation_id,
    role: r.role,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    profileId: r.profile_id,
  }));
}

/** Grants a role; granting one the person already holds changes nothing. */
export async function addMembership(
  db: Db,
  membership: { userId: string; mobilisationId: string; role: Role; organisationId: string | null },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      user_id: membership.userId,
      mobilisation_id: membership.mobilisationId,
      role: membership.role,
      organisation_id: membership.role === 'member' ? membership.organisationId : null,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listMembersOfMobilisation(db: Db, mobilisationId: string) {
  const rows = await db
    .selectFrom('memberships as ms')
    .innerJoin('users as u', 'u.id', 'ms.user_id')
    .leftJoin('organisations as o', 'o.id', 'ms.organisation_id')
    .select([
      'ms.id as membership_id',
      'u.id as user_id',
      'u.name',
      'u.email',
      'ms.role',
      'ms.organisation_id',
      'o.name as organisation_name',
      'ms.created_at',
    ])
    .where('ms.mobilisation_id', '=', mobilisationId)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({
    membershipId: r.membership_id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    role: r.role,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    createdAt: r.created_at.toISOString(),
  }));
}

// Sessions

export async function insertSession(
  db: Db,
  session: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

export type SessionRecord = { user: UserRecord; csrfToken: string; lastSeenAt: Date; expiresAt: Date };

export async function findLiveSession(db: Db, tokenHash: string): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('u')
    .select(['s.csrf_token', 's.last_seen_at', 's.expires_at as session_expires_at'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!row) return undefined;
  const { csrf_token, last_seen_at, session_expires_at, ...user } = row;
  return { user, csrfToken: csrf_token, lastSeenAt: last_seen_at, expiresAt: new Date(session_expires_at) };
}

/** Sliding expiry: an active session lives on; an idle one ends. */
export async function touchSession(db: Db, tokenHash: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: sql<Date>`now()`, expires_at: expiresAt })
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function listSessionsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['created_at', 'last_seen_at', 'expires_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}
