import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // What a person chose per category of notice; no row is the default (mail at once).
  await sql`create table notification_settings (
    user_id uuid not null references users(id) on delete cascade,
    category text not null,
    mail boolean not null,
    frequency text not null check (frequency in ('immediate', 'daily', 'weekly')),
    updated_at timestamptz not null default now(),
    primary key (user_id, category)
  )`.execute(db);
  // Notice mails held for a digest: one line each, mailed together once `due_at` has passed. A digest takes
  // its lines with `delete … returning`, so of two instances only one gets them.
  await sql`create table mail_digest_entries (
    id uuid primary key default gen_random_uuid(),
    user_id uuid not null references users(id) on delete cascade,
    category text not null,
    mobilisation_id uuid references mobilisations(id) on delete cascade,
    line jsonb not null,
    created_at timestamptz not null,
    due_at timestamptz not null
  )`.execute(db);
  await sql`create index mail_digest_entries_due_idx on mail_digest_entries (due_at, user_id)`.execute(db);
  // Headers a mail is sent with (List-Unsubscribe and its one-click POST, RFC 8058).
  await sql`alter table outbox add column headers jsonb not null default '{}'::jsonb`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table outbox drop column if exists headers`.execute(db);
  await sql`drop table if exists mail_digest_entries`.execute(db);
  await sql`drop table if exists notification_settings`.execute(db);
}
