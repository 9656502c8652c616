import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // How long an entry stays current before its organisation is asked whether it still holds.
  await sql`alter table mobilisations add column currency_months integer not null default 12
    check (currency_months between 1 and 60)`.execute(db);
  // When the organisation last said the item holds: a submission with it, a confirmation, or reopening it.
  // Existing items count from the submission that last changed their text.
  await sql`alter table profile_items
    add column confirmed_at timestamptz,
    add column reminded_at timestamptz`.execute(db);
  await sql`update profile_items i set confirmed_at = r.submitted_at
    from profile_revisions r where r.profile_id = i.profile_id and r.number = i.revision_number`.execute(db);
  await sql`update profile_items set confirmed_at = now() where confirmed_at is null`.execute(db);
  await sql`alter table profile_items alter column confirmed_at set not null,
    alter column confirmed_at set default now()`.execute(db);
  // One confirm link per item and person in a reminder: only the hash of its random part is stored, and
  // `used_at` makes it work once.
  await sql`create table currency_links (
    id uuid primary key default gen_random_uuid(),
    token_hash text not null unique,
    item_id uuid not null references profile_items(id) on delete cascade,
    user_id uuid references users(id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz
  )`.execute(db);
  await sql`create index currency_links_item_idx on currency_links (item_id)`.execute(db);
  // The weekly cap: when a person was last mailed a reminder. Taken in one conditional upsert, so two
  // instances reminding the same person at once send one mail.
  await sql`create table currency_reminder_caps (
    user_id uuid primary key references users(id) on delete cascade,
    last_mailed_at timestamptz not null
  )`.execute(db);
  // Secrets the server signs links with, created once and shared by every instance.
  await sql`create table server_secrets (
    name text primary key,
    value text not null,
    created_at timestamptz not null default now()
  )`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists server_secrets`.execute(db);
  await sql`drop table if exists currency_reminder_caps`.execute(db);
  await sql`drop table if exists currency_links`.execute(db);
  await sql`alter table profile_items drop column if exists reminded_at,
    drop column if exists confirmed_at`.execute(db);
  await sql`alter table mobilisations drop column if exists currency_months`.execute(db);
}
