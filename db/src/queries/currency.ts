import { randomBytes } from 'node:crypto';
import {
  AppError,
  type CurrencyOverview,
  type CurrentItem,
  type ProfileCurrency,
} from '@kraftsamling/shared';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../kysely';
import { notFound } from './errors';

/**
 * An entry's currency, in SQL over `profile_items as i` joined with `mobilisations as m`: it lapses
 * `currency_months` after it was last confirmed, and is due (its organisation is asked) some days before —
 * 30, or a quarter of the period when that is shorter. `now` is the caller's clock (a test's fake one).
 */
const lapsesAt = sql<Date>`(i.confirmed_at + make_interval(months => m.currency_months))`;
const dueFrom = sql<Date>`(i.confirmed_at + make_interval(months => m.currency_months)
  - make_interval(days => least(30, m.currency_months * 30 / 4)))`;

/** Days before lapsing that an entry is due, as the SQL above computes it. */
export function currencyDueDays(months: number): number {
  return Math.min(30, Math.floor((months * 30) / 4));
}

function statusAt(now: Date): RawBuilder<'current' | 'due' | 'lapsed'> {
  return sql<'current' | 'due' | 'lapsed'>`case
    when i.state = 'expired' or ${lapsesAt} <= ${now} then 'lapsed'
    when ${dueFrom} <= ${now} then 'due'
    else 'current' end`;
}

/** Which entries a reminder asks about. */
export type ReminderScope = 'due' | 'all';

/**
 * 'due' (the scheduled reminders): entries due or lapsed that nobody was asked about since they became so —
 * each entry is asked about once when it becomes due and once more when it lapses. 'all' (a coordinator's
 * round): every open or lapsed entry. `round`: when the sweep that queued a reminder ran; an entry another
 * member's reminder of that sweep asked about since is still this member's to be asked about.
 */
function remindable(scope: ReminderScope, now: Date, round?: Date): RawBuilder<boolean> {
  if (scope === 'all') return sql<boolean>`true`;
  const askedThisRound = round ? sql<boolean>`i.reminded_at >= ${round}` : sql<boolean>`false`;
  return sql<boolean>`(${askedThisRound} or case
    when i.state = 'expired' then i.reminded_at is null or i.reminded_at < coalesce(i.state_changed_at, ${lapsesAt})
    when ${lapsesAt} <= ${now} then i.reminded_at is null or i.reminded_at < ${lapsesAt}
    when ${dueFrom} <= ${now} then i.reminded_at is null or i.reminded_at < ${dueFrom}
    else false end)`;
}

/**
 * Marks every open entry whose time ran out as lapsed (`expired`), and moves its profile's
 * `item_states_version` so that matching reads the profile again. Returns what lapsed, for re-matching and
 * the audit log.
 */
export async function expireLapsedItems(
  db: Db,
  now: Date,
): Promise<{ itemId: string; profileId: string; mobilisationId: string }[]> {
  const { rows } = await sql<{ item_id: string; profile_id: string; mobilisation_id: string }>`
    update profile_items i
       set state = 'expired', state_changed_at = ${now}, state_changed_by = null, state_note = ''
      from profiles p
      join mobilisations m on m.id = p.mobilisation_id
     where p.id = i.profile_id
       and i.state = 'open'
       and i.withdrawn_at is null
       and ${lapsesAt} <= ${now}
    returning i.id as item_id, i.profile_id, p.mobilisation_id`.execute(db);
  const profileIds = [...new Set(rows.map((r) => r.profile_id))];
  if (profileIds.length > 0) {
    await db
      .updateTable('profiles')
      .set({ item_states_version: sql<number>`item_states_version + 1` })
      .where('id', 'in', profileIds)
      .execute();
  }
  return rows.map((r) => ({ itemId: r.item_id, profileId: r.profile_id, mobilisationId: r.mobilisation_id }));
}

/** Members with the entries of their organisations' profiles that a reminder of this scope asks about. */
function membersEntriesToAsk(db: Db, scope: ReminderScope, now: Date, round?: Date) {
  return db
    .selectFrom('memberships as ms')
    .innerJoin('profiles as p', (j) =>
      j
        .onRef('p.organisation_id', '=', 'ms.organisation_id')
        .onRef('p.mobilisation_id', '=', 'ms.mobilisation_id'),
    )
    .innerJoin('mobilisations as m', 'm.id', 'p.mobilisation_id')
    .innerJoin('profile_items as i', 'i.profile_id', 'p.id')
    .where('ms.role', '=', 'member')
    .where('i.withdrawn_at', 'is', null)
    .where('i.state', 'in', ['open', 'expired'])
    .where(remindable(scope, now, round));
}

/**
 * The members to ask, per mobilisation: people who are members of an organisation with an entry to ask
 * about. Optionally within one mobilisation and one organisation.
 */
export async function listPeopleToRemind(
  db: Db,
  now: Date,
  options: { scope: ReminderScope; mobilisationId?: string; organisationId?: string | null },
): Promise<{ userId: string; mobilisationId: string }[]> {
  let query = membersEntriesToAsk(db, options.scope, now)
    .select(['ms.user_id', 'ms.mobilisation_id'])
    .distinct();
  if (options.mobilisationId) query = query.where('ms.mobilisation_id', '=', options.mobilisationId);
  if (options.organisationId) query = query.where('ms.organisation_id', '=', options.organisationId);
  const rows = await query.orderBy('ms.user_id').execute();
  return rows.map((r) => ({ userId: r.user_id, mobilisationId: r.mobilisation_id }));
}

/** How many of these people were mailed a reminder within the week before `now` (a round passes them over). */
export async function countRecentlyReminded(db: Db, userIds: string[], now: Date): Promise<number> {
  if (userIds.length === 0) return 0;
  const row = await db
    .selectFrom('currency_reminder_caps')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', 'in', userIds)
    .where('last_mailed_at', '>', sql<Date>`${now}::timestamptz - interval '7 days'`)
    .executeTakeFirstOrThrow();
  return row.n;
}

export type ReminderOrganisation = {
  organisationId: string;
  organisationName: string;
  mobilisationName: string;
  profileId: string;
  items: { id: string; kind: 'need' | 'offer'; text: string; state: 'open' | 'expired'; lapsesAt: Date }[];
};

/** What one person is asked about in a mobilisation: the entries of the organisations they are a member of. */
export async function listItemsToAsk(
  db: Db,
  now: Date,
  input: {
    userId: string;
    mobilisationId: string;
    scope: ReminderScope;
    organisationId?: string | null;
    /** The sweep's time, for its scheduled reminders (see `remindable`). */
    round?: Date;
  },
): Promise<ReminderOrganisation[]> {
  let query = membersEntriesToAsk(db, input.scope, now, input.round)
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select([
      'o.id as organisation_id',
      'o.name as organisation_name',
      'm.name as mobilisation_name',
      'p.id as profile_id',
      'i.id',
      'i.kind',
      'i.text',
      'i.state',
      lapsesAt.as('lapses_at'),
    ])
    .where('ms.user_id', '=', input.userId)
    .where('ms.mobilisation_id', '=', input.mobilisationId);
  if (input.organisationId) query = query.where('ms.organisation_id', '=', input.organisationId);
  const rows = await query.orderBy('o.name').orderBy('i.kind').orderBy('i.position').execute();
  const byOrganisation = new Map<string, ReminderOrganisation>();
  for (const r of rows) {
    let entry = byOrganisation.get(r.organisation_id);
    if (!entry) {
      entry = {
        organisationId: r.organisation_id,
        organisationName: r.organisation_name,
        mobilisationName: r.mobilisation_name,
        profileId: r.profile_id,
        items: [],
      };
      byOrganisation.set(r.organisation_id, entry);
    }
    entry.items.push({
      id: r.id,
      kind: r.kind,
      text: r.text,
      state: r.state === 'expired' ? 'expired' : 'open',
      lapsesAt: r.lapses_at,
    });
  }
  return [...byOrganisation.values()];
}

/**
 * Takes the person's weekly allowance of one reminder mail, in one atomic upsert: true when nobody mailed
 * them a reminder in the week before `now` (and records this one), false otherwise. Two instances taking it
 * at once: the second waits for the first's row and then finds it taken.
 */
export async function takeReminderAllowance(db: Db, userId: string, now: Date): Promise<boolean> {
  const { rows } = await sql<{ user_id: string }>`
    insert into currency_reminder_caps (user_id, last_mailed_at) values (${userId}, ${now})
    on conflict (user_id) do update set last_mailed_at = excluded.last_mailed_at
      where currency_reminder_caps.last_mailed_at <= ${now}::timestamptz - interval '7 days'
    returning user_id`.execute(db);
  return rows.length > 0;
}

/** Records that the entries were asked about (the scheduled reminders ask about each once per stage). */
export async function markItemsReminded(db: Db, itemIds: string[], now: Date): Promise<void> {
  if (itemIds.length === 0) return;
  await db.updateTable('profile_items').set({ reminded_at: now }).where('id', 'in', itemIds).execute();
}

export async function insertCurrencyLink(
  db: Db,
  link: { tokenHash: string; itemId: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('currency_links')
    .values({
      token_hash: link.tokenHash,
      item_id: link.itemId,
      user_id: link.userId,
      expires_at: link.expiresAt,
    })
    .execute();
}

/** What a confirm link is about, whatever its state; undefined when no such link was ever made. */
export async function findCurrencyLink(db: Db, tokenHash: string) {
  const row = await db
    .selectFrom('currency_links as l')
    .innerJoin('profile_items as i', 'i.id', 'l.item_id')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .innerJoin('mobilisations as m', 'm.id', 'p.mobilisation_id')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select([
      'l.id as link_id',
      'l.user_id',
      'l.expires_at',
      'l.used_at',
      'i.id as item_id',
      'i.kind',
      'i.text',
      'i.state',
      'i.withdrawn_at',
      'p.id as profile_id',
      'p.mobilisation_id',
      'o.name as organisation_name',
      'm.name as mobilisation_name',
      lapsesAt.as('lapses_at'),
    ])
    .where('l.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row;
}

/**
 * Uses a confirm link, once: the first caller gets its item, anyone after (or after it expired) gets
 * LINK_EXPIRED, and a link never made NOT_FOUND.
 */
export async function useCurrencyLink(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ itemId: string; userId: string | null }> {
  const used = await db
    .updateTable('currency_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['item_id', 'user_id'])
    .executeTakeFirst();
  if (used) return { itemId: used.item_id, userId: used.user_id };
  const known = await db
    .selectFrom('currency_links')
    .select('id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!known) throw new AppError('NOT_FOUND', 'This link is not valid.');
  throw new AppError('LINK_EXPIRED', 'This link was used already or has expired.');
}

/**
 * Confirms that an entry still holds: it is current from `now`, and a lapsed one is open again (its
 * profile's `item_states_version` moves, so matching reads it again). Only open or lapsed entries can be
 * confirmed; a met or withdrawn one is NOT_FOUND here (it is opened through the state route).
 */
export async function confirmItem(
  db: Db,
  input: { itemId: string; profileId?: string; now: Date; confirmedBy: string | null },
): Promise<{
  itemId: string;
  profileId: string;
  mobilisationId: string;
  reopened: boolean;
  confirmedAt: Date;
  lapsesAt: Date;
}> {
  let query = db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .select(['i.id', 'i.state', 'p.id as profile_id', 'p.mobilisation_id'])
    .where('i.id', '=', input.itemId)
    .where('i.withdrawn_at', 'is', null)
    .where('i.state', 'in', ['open', 'expired']);
  if (input.profileId) query = query.where('i.profile_id', '=', input.profileId);
  const item = await query.forUpdate('i').executeTakeFirst();
  if (!item) throw notFound('open or lapsed need or offer');
  const reopened = item.state === 'expired';
  await db
    .updateTable('profile_items')
    .set({
      confirmed_at: input.now,
      ...(reopened
        ? { state: 'open', state_changed_at: input.now, state_changed_by: input.confirmedBy, state_note: '' }
        : {}),
    })
    .where('id', '=', item.id)
    .execute();
  if (reopened) {
    await db
      .updateTable('profiles')
      .set({ item_states_version: sql<number>`item_states_version + 1` })
      .where('id', '=', item.profile_id)
      .execute();
  }
  const { lapses_at } = await db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .innerJoin('mobilisations as m', 'm.id', 'p.mobilisation_id')
    .select(lapsesAt.as('lapses_at'))
    .where('i.id', '=', item.id)
    .executeTakeFirstOrThrow();
  return {
    itemId: item.id,
    profileId: item.profile_id,
    mobilisationId: item.mobilisation_id,
    reopened,
    confirmedAt: input.now,
    lapsesAt: lapses_at,
  };
}

/** A profile's open and lapsed entries with their currency, for its members' "is this still current?". */
export async function getProfileCurrency(db: Db, profileId: string, now: Date): Promise<ProfileCurrency> {
  const profile = await db
    .selectFrom('profiles as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .innerJoin('mobilisations as m', 'm.id', 'p.mobilisation_id')
    .select(['p.id', 'p.mobilisation_id', 'o.id as organisation_id', 'o.name', 'm.currency_months'])
    .where('p.id', '=', profileId)
    .executeTakeFirst();
  if (!profile) throw notFound('profile');
  const rows = await db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .innerJoin('mobilisations as m', 'm.id', 'p.mobilisation_id')
    .select([
      'i.id',
      'i.kind',
      'i.text',
      'i.state',
      'i.confirmed_at',
      lapsesAt.as('lapses_at'),
      statusAt(now).as('status'),
    ])
    .where('i.profile_id', '=', profileId)
    .where('i.withdrawn_at', 'is', null)
    .where('i.state', 'in', ['open', 'expired'])
    .orderBy('i.kind')
    .orderBy('i.position')
    .execute();
  return {
    profileId: profile.id,
    mobilisationId: profile.mobilisation_id,
    organisationId: profile.organisation_id,
    organisationName: profile.name,
    currencyMonths: profile.currency_months,
    items: rows.map(
      (r): CurrentItem => ({
        itemId: r.id,
        kind: r.kind,
        text: r.text,
        state: r.state === 'expired' ? 'expired' : 'open',
        status: r.status,
        confirmedAt: r.confirmed_at.toISOString(),
        lapsesAt: r.lapses_at.toISOString(),
      }),
    ),
  };
}

/**
 * Currency per organisation of a mobilisation (organisations with open or lapsed entries), lapsed and due
 * first, for coordinators; and when its members were last asked.
 */
export async function getCurrencyOverview(
  db: Db,
  mobilisationId: string,
  now: Date,
): Promise<CurrencyOverview> {
  const mobilisation = await db
    .selectFrom('mobilisations')
    .select('currency_months')
    .where('id', '=', mobilisationId)
    .executeTakeFirst();
  if (!mobilisation) throw notFound('mobilisation');
  const status = statusAt(now);
  const rows = await db
    .selectFrom('profiles as p')
    .innerJoin('mobilisations as m', 'm.id', 'p.mobilisation_id')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .innerJoin('profile_items as i', 'i.profile_id', 'p.id')
    .leftJoin(
      db
        .selectFrom('memberships')
        .select(['organisation_id', sql<number>`count(*)::int`.as('members')])
        .where('mobilisation_id', '=', mobilisationId)
        .where('role', '=', 'member')
        .groupBy('organisation_id')
        .as('mc'),
      'mc.organisation_id',
      'p.organisation_id',
    )
    .select([
      'o.id as organisation_id',
      'o.name as organisation_name',
      'p.id as profile_id',
      sql<number>`count(*) filter (where ${status} = 'current')::int`.as('current'),
      sql<number>`count(*) filter (where ${status} = 'due')::int`.as('due'),
      sql<number>`count(*) filter (where ${status} = 'lapsed')::int`.as('lapsed'),
      sql<Date | null>`max(i.reminded_at)`.as('last_reminded_at'),
      sql<number>`coalesce(max(mc.members), 0)::int`.as('members'),
    ])
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('i.withdrawn_at', 'is', null)
    .where('i.state', 'in', ['open', 'expired'])
    .groupBy(['o.id', 'o.name', 'p.id', 'o.sort_name'])
    .orderBy(sql`count(*) filter (where ${status} = 'lapsed')`, 'desc')
    .orderBy(sql`count(*) filter (where ${status} = 'due')`, 'desc')
    .orderBy('o.sort_name')
    .execute();
  const organisations = rows.map((r) => ({
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    profileId: r.profile_id,
    current: r.current,
    due: r.due,
    lapsed: r.lapsed,
    members: r.members,
    lastRemindedAt: r.last_reminded_at ? new Date(r.last_reminded_at).toISOString() : null,
  }));
  const sum = (key: 'current' | 'due' | 'lapsed') => organisations.reduce((n, o) => n + o[key], 0);
  return {
    currencyMonths: mobilisation.currency_months,
    dueDays: currencyDueDays(mobilisation.currency_months),
    totals: { current: sum('current'), due: sum('due'), lapsed: sum('lapsed') },
    organisations,
  };
}

/** A secret the server signs with, made once and shared by every instance through the database. */
export async function serverSecret(db: Db, name: string): Promise<string> {
  await db
    .insertInto('server_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
