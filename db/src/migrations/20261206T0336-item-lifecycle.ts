import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A need or offer is open until it is met, withdrawn or lapses (expired, set by the currency job); the state
  // lives on the item's stable row, so a later submission of the profile leaves it as it is.
  // `withdrawn_at` stays what it was: the item was taken out of the profile's text.
  await sql`alter table profile_items
    add column state text not null default 'open'
      check (state in ('open', 'met', 'withdrawn', 'expired')),
    add column state_changed_at timestamptz,
    add column state_changed_by uuid references users(id) on delete set null,
    add column state_note text not null default '',
    add column met_by_organisation_id uuid references organisations(id) on delete set null,
    add column met_by_initiative_id uuid references initiatives(id) on delete set null,
    add column met_by_item_id uuid references profile_items(id) on delete set null`.execute(db);
  await sql`create index profile_items_closed_idx on profile_items (profile_id, kind, state)
    where state <> 'open'`.execute(db);
  // Moves whenever an item's state does: the matching thread's index re-reads a profile when its submitted
  // revision or this counter moved.
  await sql`alter table profiles add column item_states_version integer not null default 0`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table profiles drop column if exists item_states_version`.execute(db);
  await sql`drop index if exists profile_items_closed_idx`.execute(db);
  await sql`alter table profile_items drop column if exists met_by_item_id,
    drop column if exists met_by_initiative_id, drop column if exists met_by_organisation_id,
    drop column if exists state_note, drop column if exists state_changed_by,
    drop column if exists state_changed_at, drop column if exists state`.execute(db);
}
