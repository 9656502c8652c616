import { AppError, type FieldError, type ItemStatus, type MetBy } from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';
import { notFound } from './errors';

/** A change as the route hands it on (parsed from `changeItemStateSchema`). */
export type ItemStateChange =
  | { state: 'met'; metBy: MetBy | null; note: string }
  | { state: 'withdrawn'; note: string }
  | { state: 'open' };

const invalid = (message: string, field: FieldError) =>
  new AppError('VALIDATION_FAILED', message, { fields: [field] });

/** What "met by" names must be of the item's mobilisation and, for an organisation or match, someone else. */
async function resolveMetBy(
  db: Db,
  item: { mobilisation_id: string; organisation_id: string; kind: 'need' | 'offer' },
  metBy: MetBy,
): Promise<{ organisationId: string | null; initiativeId: string | null; itemId: string | null }> {
  switch (metBy.kind) {
    case 'organisation': {
      const other = await db
        .selectFrom('profiles')
        .select('organisation_id')
        .where('mobilisation_id', '=', item.mobilisation_id)
        .where('organisation_id', '=', metBy.organisationId)
        .executeTakeFirst();
      if (!other || other.organisation_id === item.organisation_id) {
        throw invalid('The organisation is not another organisation of this mobilisation.', {
          path: 'body.metBy.organisationId',
          code: 'unknown_organisation',
          message: 'Not another organisation of this mobilisation',
        });
      }
      return { organisationId: metBy.organisationId, initiativeId: null, itemId: null };
    }
    case 'match': {
      const counterpart = await db
        .selectFrom('profile_items as i')
        .innerJoin('profiles as p', 'p.id', 'i.profile_id')
        .select(['i.id', 'p.organisation_id'])
        .where('i.id', '=', metBy.itemId)
        .where('p.mobilisation_id', '=', item.mobilisation_id)
        .where('i.kind', '=', item.kind === 'need' ? 'offer' : 'need')
        .where('i.withdrawn_at', 'is', null)
        .executeTakeFirst();
      if (!counterpart || counterpart.organisation_id === item.organisation_id) {
        throw invalid('The match names no counterpart of another organisation in this mobilisation.', {
          path: 'body.metBy.itemId',
          code: 'unknown_item',
          message: `Not ${item.kind === 'need' ? 'an offer' : 'a need'} of another organisation here`,
        });
      }
      return { organisationId: counterpart.organisation_id, initiativeId: null, itemId: counterpart.id };
    }
    case 'initiative': {
      const initiative = await db
        .selectFrom('initiatives')
        .select('id')
        .where('id', '=', metBy.initiativeId)
        .where('mobilisation_id', '=', item.mobilisation_id)
        .where('state', 'in', ['listed', 'proposed'])
        .executeTakeFirst();
      if (!initiative) {
        throw invalid('The initiative is not one of this mobilisation.', {
          path: 'body.metBy.initiativeId',
          code: 'unknown_initiative',
          message: 'Not an initiative of this mobilisation',
        });
      }
      return { organisationId: null, initiativeId: initiative.id, itemId: null };
    }
  }
}

/**
 * Sets the state of one current need or offer of a profile (in the caller's transaction). The state lives
 * on the item's stable row, so the profile is not submitted again and a later submission keeps it. The
 * profile's `item_states_version` moves, which makes the matching index read the profile again. Returns
 * the state before and after, so that a repeat (nothing changed) can be told apart.
 */
export async function changeItemState(
  db: Db,
  input: {
    profileId: string;
    itemId: string;
    change: ItemStateChange;
    changedBy: string | null;
    /** The app's clock: an item opened again is current from then. Default the database's time. */
    now?: Date;
  },
): Promise<{ before: ItemStatus['state']; status: ItemStatus; mobilisationId: string }> {
  const item = await db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .select(['i.id', 'i.kind', 'i.state', 'p.mobilisation_id', 'p.organisation_id'])
    .where('i.id', '=', input.itemId)
    .where('i.profile_id', '=', input.profileId)
    .where('i.withdrawn_at', 'is', null)
    .forUpdate('i')
    .executeTakeFirst();
  if (!item) throw notFound('need or offer');
  const { change } = input;
  const metBy = change.state === 'met' && change.metBy ? await resolveMetBy(db, item, change.metBy) : null;
  await db
    .updateTable('profile_items')
    .set({
      state: change.state,
      state_changed_at: sql<Date>`now()`,
      state_changed_by: input.changedBy,
      state_note: change.state === 'open' ? '' : change.note,
      met_by_organisation_id: metBy?.organisationId ?? null,
      met_by_initiative_id: metBy?.initiativeId ?? null,
      met_by_item_id: metBy?.itemId ?? null,
      // Opened again: someone says it holds, so it is current from now (decision 031).
      ...(change.state === 'open' ? { confirmed_at: input.now ?? sql<Date>`now()` } : {}),
    })
    .where('id', '=', item.id)
    .execute();
  await db
    .updateTable('profiles')
    .set({ item_states_version: sql<number>`item_states_version + 1` })
    .where('id', '=', input.profileId)
    .execute();
  const [status] = await listItemStatuses(db, input.profileId, [item.id]);
  return { before: item.state, status: status as ItemStatus, mobilisationId: item.mobilisation_id };
}

/**
 * States of a profile's current items that are not open (or of the items named, whatever their state), with
 * what met them.
 */
export async function listItemStatuses(db: Db, profileId: string, itemIds?: string[]): Promise<ItemStatus[]> {
  let query = db
    .selectFrom('profile_items as i')
    .leftJoin('organisations as o', 'o.id', 'i.met_by_organisation_id')
    .leftJoin('initiatives as n', 'n.id', 'i.met_by_initiative_id')
    .select([
      'i.id',
      'i.state',
      'i.state_note',
      'i.state_changed_at',
      'i.met_by_item_id',
      'o.id as org_id',
      'o.name as org_name',
      'n.id as initiative_id',
      'n.title as initiative_title',
    ])
    .where('i.profile_id', '=', profileId)
    .where('i.withdrawn_at', 'is', null);
  query = itemIds ? query.where('i.id', 'in', itemIds) : query.where('i.state', '<>', 'open');
  const rows = await query.orderBy('i.kind').orderBy('i.position').execute();
  return rows.map((r) => ({
    itemId: r.id,
    state: r.state,
    note: r.state_note,
    changedAt: r.state_changed_at ? r.state_changed_at.toISOString() : null,
    metBy:
      r.state === 'met' && (r.org_id || r.initiative_id || r.met_by_item_id)
        ? {
            organisation: r.org_id && r.org_name ? { id: r.org_id, name: r.org_name } : null,
            initiative:
              r.initiative_id && r.initiative_title
                ? { id: r.initiative_id, title: r.initiative_title }
                : null,
            itemId: r.met_by_item_id,
          }
        : null,
  }));
}

/** How many needs and offers of the mobilisation were closed, and how: the coverage dashboard's record. */
export async function countClosedItems(db: Db, mobilisationId: string) {
  const row = await db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .select([
      sql<number>`count(*) filter (where i.kind = 'need' and i.state = 'met')::int`.as('needs_met'),
      sql<number>`count(*) filter (where i.kind = 'need' and i.state = 'met' and i.met_by_initiative_id is not null)::int`.as(
        'needs_met_through_initiatives',
      ),
      sql<number>`count(*) filter (where i.kind = 'need' and i.state = 'withdrawn')::int`.as(
        'needs_withdrawn',
      ),
      sql<number>`count(*) filter (where i.kind = 'offer' and i.state = 'met')::int`.as('offers_used'),
      sql<number>`count(*) filter (where i.kind = 'offer' and i.state = 'withdrawn')::int`.as(
        'offers_withdrawn',
      ),
      sql<number>`count(*) filter (where i.state = 'expired')::int`.as('expired'),
    ])
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('i.withdrawn_at', 'is', null)
    .where('i.state', '<>', 'open')
    .executeTakeFirstOrThrow();
  return {
    needsMet: row.needs_met,
    needsMetThroughInitiatives: row.needs_met_through_initiatives,
    needsWithdrawn: row.needs_withdrawn,
    offersUsed: row.offers_used,
    offersWithdrawn: row.offers_withdrawn,
    expired: row.expired,
  };
}
