import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // One row per mobilisation: the map as one document, built once and stored compressed (decision 021).
  // `revision` counts changes to what the document shows; `built_revision` is the revision the stored
  // document was built from. They differ after a change, and the next reader (or the map job) rebuilds it.
  await sql`create table map_documents (
    mobilisation_id uuid primary key references mobilisations (id) on delete cascade,
    revision bigint not null default 0,
    built_revision bigint,
    etag text,
    raw_bytes integer,
    gzip bytea,
    brotli bytea,
    built_at timestamptz
  )`.execute(db);

  await sql`create function map_document_bump(ids uuid[]) returns void language sql as $$
    insert into map_documents (mobilisation_id, revision)
    select distinct m, 1 from unnest(ids) as m where m is not null
    order by 1
    on conflict (mobilisation_id) do update set revision = map_documents.revision + 1
  $$`.execute(db);

  // Statement-level triggers with transition tables: a bulk import or a whole re-run bumps each affected
  // mobilisation once per statement, not once per row. Only what the document shows counts: a profile's
  // status (empty, draft, submitted, changed), an organisation's name, sector and county, and listed
  // initiatives with their participants.
  await sql`create function map_profile_status(draft integer, submitted integer) returns text
    language sql immutable as $$
    select case when submitted is null then (case when draft = 1 then 'empty' else 'draft' end)
                when submitted = draft then 'submitted' else 'changed' end
  $$`.execute(db);

  await sql`create function map_document_profiles() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' then
      perform map_document_bump(array(
        select n.mobilisation_id from new_rows n join old_rows o on o.id = n.id
        where map_profile_status(o.draft_version, o.submitted_version)
           <> map_profile_status(n.draft_version, n.submitted_version)
           or o.organisation_id <> n.organisation_id));
    else
      perform map_document_bump(array(select mobilisation_id from old_rows));
    end if;
    return null;
  end $$`.execute(db);
  await sql`create trigger map_document_profiles_update after update on profiles
    referencing old table as old_rows new table as new_rows
    for each statement execute function map_document_profiles()`.execute(db);
  await sql`create trigger map_document_profiles_delete after delete on profiles
    referencing old table as old_rows
    for each statement execute function map_document_profiles()`.execute(db);

  await sql`create function map_document_organisations() returns trigger language plpgsql as $$
  begin
    perform map_document_bump(array(
      select p.mobilisation_id from new_rows n join old_rows o on o.id = n.id
      join profiles p on p.organisation_id = n.id
      where (o.name, o.sector, o.county) is distinct from (n.name, n.sector, n.county)));
    return null;
  end $$`.execute(db);
  await sql`create trigger map_document_organisations_update after update on organisations
    referencing old table as old_rows new table as new_rows
    for each statement execute function map_document_organisations()`.execute(db);

  await sql`create function map_document_initiatives() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      perform map_document_bump(array(select mobilisation_id from new_rows where state = 'listed'));
    elsif tg_op = 'UPDATE' then
      perform map_document_bump(array(
        select n.mobilisation_id from new_rows n join old_rows o on o.id = n.id
        where (o.state = 'listed' or n.state = 'listed')
          and (o.state, o.title, o.status, o.goal_codes) is distinct from (n.state, n.title, n.status, n.goal_codes)));
    else
      perform map_document_bump(array(select mobilisation_id from old_rows where state = 'listed'));
    end if;
    return null;
  end $$`.execute(db);
  for (const [event, referencing] of [
    ['insert', 'new table as new_rows'],
    ['update', 'old table as old_rows new table as new_rows'],
    ['delete', 'old table as old_rows'],
  ] as const) {
    await sql`create trigger ${sql.raw(`map_document_initiatives_${event}`)} after ${sql.raw(event)}
      on initiatives referencing ${sql.raw(referencing)}
      for each statement execute function map_document_initiatives()`.execute(db);
  }

  await sql`create function map_document_participants() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      perform map_document_bump(array(
        select i.mobilisation_id from new_rows n join initiatives i on i.id = n.initiative_id));
    elsif tg_op = 'UPDATE' then
      perform map_document_bump(array(
        select i.mobilisation_id from new_rows n
        join old_rows o on o.initiative_id = n.initiative_id and o.organisation_id = n.organisation_id
        join initiatives i on i.id = n.initiative_id
        where o.endorsement is distinct from n.endorsement));
    else
      perform map_document_bump(array(
        select i.mobilisation_id from old_rows o join initiatives i on i.id = o.initiative_id));
    end if;
    return null;
  end $$`.execute(db);
  for (const [event, referencing] of [
    ['insert', 'new table as new_rows'],
    ['update', 'old table as old_rows new table as new_rows'],
    ['delete', 'old table as old_rows'],
  ] as const) {
    await sql`create trigger ${sql.raw(`map_document_participants_${event}`)} after ${sql.raw(event)}
      on initiative_participants referencing ${sql.raw(referencing)}
      for each statement execute function map_document_participants()`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  for (const event of ['insert', 'update', 'delete']) {
    await sql`drop trigger if exists ${sql.raw(`map_document_initiatives_${event}`)} on initiatives`.execute(
      db,
    );
    await sql`drop trigger if exists ${sql.raw(`map_document_participants_${event}`)} on initiative_participants`.execute(
      db,
    );
  }
  await sql`drop trigger if exists map_document_organisations_update on organisations`.execute(db);
  await sql`drop trigger if exists map_document_profiles_update on profiles`.execute(db);
  await sql`drop trigger if exists map_document_profiles_delete on profiles`.execute(db);
  for (const fn of [
    'map_document_participants()',
    'map_document_initiatives()',
    'map_document_organisations()',
    'map_document_profiles()',
    'map_profile_status(integer, integer)',
    'map_document_bump(uuid[])',
  ])
    await sql`drop function if exists ${sql.raw(fn)}`.execute(db);
  await sql`drop table if exists map_documents`.execute(db);
}
