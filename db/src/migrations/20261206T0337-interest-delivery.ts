import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A contact person is mailed about interest only when they agreed to be contacted; existing entries did
  // not say so, and are treated as not having agreed.
  await sql`alter table organisation_contacts add column may_contact boolean not null default false`.execute(
    db,
  );
  // How an interest reached the other side, whether it was read and answered, and — for those that reached
  // nobody but the coordinators — whether a coordinator passed it on. Older interests were sent to members
  // or contact persons alike: 'members' is the closest truth.
  await sql`alter table interests
    add column delivery text not null default 'members'
      check (delivery in ('members', 'contacts', 'coordinators')),
    add column read_at timestamptz,
    add column answer text check (answer in ('interested', 'not_relevant')),
    add column answer_note text not null default '',
    add column answered_at timestamptz,
    add column answered_by uuid references users(id) on delete set null,
    add column answered_by_name text not null default '',
    add column passed_on_at timestamptz,
    add column passed_on_by uuid references users(id) on delete set null,
    add column passed_on_by_name text not null default ''`.execute(db);
  await sql`create index interests_to_coordinators_idx on interests (mobilisation_id, created_at desc)
    where delivery = 'coordinators'`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists interests_to_coordinators_idx`.execute(db);
  await sql`alter table interests drop column if exists passed_on_by_name,
    drop column if exists passed_on_by, drop column if exists passed_on_at,
    drop column if exists answered_by_name, drop column if exists answered_by,
    drop column if exists answered_at, drop column if exists answer_note, drop column if exists answer,
    drop column if exists read_at, drop column if exists delivery`.execute(db);
  await sql`alter table organisation_contacts drop column if exists may_contact`.execute(db);
}
