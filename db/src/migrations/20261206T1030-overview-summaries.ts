import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // The overview (status dashboard) of a mobilisation, built once per change and stored (decision 033).
  await sql`create table overview_summaries (
    mobilisation_id uuid primary key references mobilisations (id) on delete cascade,
    format integer not null,
    summary jsonb not null,
    built_at timestamptz not null default now()
  )`.execute(db);

  // Changes not yet in the stored summary: writers only ever insert here (never wait on each other, never
  // deadlock over a counter row); a build deletes the rows it has seen, in the transaction that stores the
  // summary, so a change committed while it built keeps its row and the summary stays stale until rebuilt.
  await sql`create table overview_changes (
    id bigserial primary key,
    mobilisation_id uuid not null references mobilisations (id) on delete cascade
  )`.execute(db);
  await sql`create index overview_changes_mobilisation_idx on overview_changes (mobilisation_id)`.execute(db);

  // One row per mobilisation and statement. A mobilisation being deleted (its rows go by cascade) is skipped.
  await sql`create function overview_changed(ids uuid[]) returns void language sql as $$
    insert into overview_changes (mobilisation_id)
    select m.id from mobilisations m where m.id = any(ids)
  $$`.execute(db);

  // Statement-level triggers with transition tables, as for the map (decision 021): once per statement and
  // mobilisation, and only for what the overview shows. The stored match lists (thousands of rows per
  // statement) are not watched by a trigger: their three writers in db/queries/matching.ts call
  // overview_changed themselves.
  await sql`create function overview_profiles() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' then
      perform overview_changed(array(
        select distinct n.mobilisation_id from new_rows n join old_rows o on o.id = n.id
        where (o.draft_version, o.submitted_version, o.organisation_id)
          is distinct from (n.draft_version, n.submitted_version, n.organisation_id)));
    elsif tg_op = 'INSERT' then
      perform overview_changed(array(select distinct mobilisation_id from new_rows));
    else
      perform overview_changed(array(select distinct mobilisation_id from old_rows));
    end if;
    return null;
  end $$`.execute(db);

  await sql`create function overview_items() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      perform overview_changed(array(
        select distinct p.mobilisation_id from new_rows n join profiles p on p.id = n.profile_id));
    else
      perform overview_changed(array(
        select distinct p.mobilisation_id from old_rows o join profiles p on p.id = o.profile_id));
    end if;
    return null;
  end $$`.execute(db);
  // An item's update is watched row by row, and only for the columns the overview shows: the search job
  // rewrites every text's search terms in bulk, and a transition table would copy all those rows for nothing.
  await sql`create function overview_item_updated() returns trigger language plpgsql as $$
  begin
    perform overview_changed(array(
      select p.mobilisation_id from profiles p where p.id in (old.profile_id, new.profile_id)));
    return null;
  end $$`.execute(db);

  await sql`create function overview_organisations() returns trigger language plpgsql as $$
  begin
    perform overview_changed(array(
      select distinct p.mobilisation_id from new_rows n join old_rows o on o.id = n.id
      join profiles p on p.organisation_id = n.id
      where (o.name, o.sector, o.county) is distinct from (n.name, n.sector, n.county)));
    return null;
  end $$`.execute(db);

  await sql`create function overview_initiatives() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' then
      perform overview_changed(array(
        select distinct n.mobilisation_id from new_rows n join old_rows o on o.id = n.id
        where (o.state, o.status, o.goal_codes) is distinct from (n.state, n.status, n.goal_codes)));
    elsif tg_op = 'INSERT' then
      perform overview_changed(array(select distinct mobilisation_id from new_rows));
    else
      perform overview_changed(array(select distinct mobilisation_id from old_rows));
    end if;
    return null;
  end $$`.execute(db);

  await sql`create function overview_decisions() returns trigger language plpgsql as $$
  begin
    if tg_op = 'DELETE' then
      perform overview_changed(array(select distinct mobilisation_id from old_rows));
    else
      perform overview_changed(array(select distinct mobilisation_id from new_rows));
    end if;
    return null;
  end $$`.execute(db);

  for (const [table, fn] of [
    ['profiles', 'overview_profiles'],
    ['profile_items', 'overview_items'],
    ['initiatives', 'overview_initiatives'],
    ['match_decisions', 'overview_decisions'],
  ] as const) {
    for (const [event, referencing] of [
      ['insert', 'new table as new_rows'],
      ['update', 'old table as old_rows new table as new_rows'],
      ['delete', 'old table as old_rows'],
    ] as const) {
      if (table === 'profile_items' && event === 'update') continue;
      await sql`create trigger ${sql.raw(`${fn}_${event}`)} after ${sql.raw(event)} on ${sql.raw(table)}
        referencing ${sql.raw(referencing)}
        for each statement execute function ${sql.raw(fn)}()`.execute(db);
    }
  }
  await sql`create trigger overview_items_update
    after update of profile_id, kind, text, position, state, withdrawn_at, met_by_initiative_id on profile_items
    for each row when ((old.profile_id, old.kind, old.text, old.position, old.state, old.withdrawn_at,
      old.met_by_initiative_id) is distinct from (new.profile_id, new.kind, new.text, new.position, new.state,
      new.withdrawn_at, new.met_by_initiative_id))
    execute function overview_item_updated()`.execute(db);
  await sql`create trigger overview_organisations_update after update on organisations
    referencing old table as old_rows new table as new_rows
    for each statement execute function overview_organisations()`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists overview_organisations_update on organisations`.execute(db);
  for (const [table, fn] of [
    ['profiles', 'overview_profiles'],
    ['profile_items', 'overview_items'],
    ['initiatives', 'overview_initiatives'],
    ['match_decisions', 'overview_decisions'],
  ] as const) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql`drop trigger if exists ${sql.raw(`${fn}_${event}`)} on ${sql.raw(table)}`.execute(db);
    }
  }
  for (const fn of [
    'overview_decisions()',
    'overview_initiatives()',
    'overview_organisations()',
    'overview_item_updated()',
    'overview_items()',
    'overview_profiles()',
    'overview_changed(uuid[])',
  ])
    await sql`drop function if exists ${sql.raw(fn)}`.execute(db);
  await sql`drop table if exists overview_changes`.execute(db);
  await sql`drop table if exists overview_summaries`.execute(db);
}
