import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Summaries of a mobilisation that read routes answer from, built once per change and stored (decision
  // 033): 'overview' (the status dashboard) and 'review-queue' (the size of the open review queue).
  await sql`create table read_summaries (
    mobilisation_id uuid not null references mobilisations (id) on delete cascade,
    name text not null,
    format integer not null,
    summary jsonb not null,
    built_at timestamptz not null default now(),
    primary key (mobilisation_id, name)
  )`.execute(db);

  // Changes not yet in a stored summary: writers only ever insert here (never wait on each other, never
  // deadlock over a counter row); a build deletes the rows it has seen, in the transaction that stores the
  // summary, so a change committed while it built keeps its row and the summary stays stale until rebuilt.
  await sql`create table read_summary_changes (
    id bigserial primary key,
    mobilisation_id uuid not null references mobilisations (id) on delete cascade,
    name text not null
  )`.execute(db);
  await sql`create index read_summary_changes_idx on read_summary_changes (mobilisation_id, name)`.execute(
    db,
  );

  // One row per mobilisation, summary and statement. A mobilisation being deleted (its rows go by cascade)
  // is skipped.
  await sql`create function read_summaries_changed(ids uuid[], names text[]) returns void language sql as $$
    insert into read_summary_changes (mobilisation_id, name)
    select m.id, n.name from mobilisations m cross join unnest(names) as n(name) where m.id = any(ids)
  $$`.execute(db);

  // Statement-level triggers with transition tables, as for the map (decision 021): once per statement and
  // mobilisation, and only for what a summary shows. The overview shows profiles, items, organisations'
  // names, initiatives, decisions and how many pairs are suggested; the review queue's size depends on the
  // suggested pairs, the decisions and the items (their state and text). The stored match lists (thousands of
  // rows per statement) are not watched by a trigger: their three writers in db/queries/matching.ts call
  // read_summaries_changed themselves.
  await sql`create function read_summaries_profiles() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' then
      perform read_summaries_changed(array(
        select distinct n.mobilisation_id from new_rows n join old_rows o on o.id = n.id
        where (o.draft_version, o.submitted_version, o.organisation_id)
          is distinct from (n.draft_version, n.submitted_version, n.organisation_id)), array['overview']);
    elsif tg_op = 'INSERT' then
      perform read_summaries_changed(array(select distinct mobilisation_id from new_rows), array['overview']);
    else
      perform read_summaries_changed(array(select distinct mobilisation_id from old_rows), array['overview']);
    end if;
    return null;
  end $$`.execute(db);

  await sql`create function read_summaries_items() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      perform read_summaries_changed(array(
        select distinct p.mobilisation_id from new_rows n join profiles p on p.id = n.profile_id), array['overview', 'review-queue']);
    else
      perform read_summaries_changed(array(
        select distinct p.mobilisation_id from old_rows o join profiles p on p.id = o.profile_id), array['overview', 'review-queue']);
    end if;
    return null;
  end $$`.execute(db);
  // An item's update is watched row by row, and only for the columns the summaries show: the search job
  // rewrites every text's search terms in bulk, and a transition table would copy all those rows for nothing.
  await sql`create function read_summaries_item_updated() returns trigger language plpgsql as $$
  begin
    perform read_summaries_changed(array(
      select p.mobilisation_id from profiles p where p.id in (old.profile_id, new.profile_id)), array['overview', 'review-queue']);
    return null;
  end $$`.execute(db);

  await sql`create function read_summaries_organisations() returns trigger language plpgsql as $$
  begin
    perform read_summaries_changed(array(
      select distinct p.mobilisation_id from new_rows n join old_rows o on o.id = n.id
      join profiles p on p.organisation_id = n.id
      where (o.name, o.sector, o.county) is distinct from (n.name, n.sector, n.county)), array['overview']);
    return null;
  end $$`.execute(db);

  await sql`create function read_summaries_initiatives() returns trigger language plpgsql as $$
  begin
    if tg_op = 'UPDATE' then
      perform read_summaries_changed(array(
        select distinct n.mobilisation_id from new_rows n join old_rows o on o.id = n.id
        where (o.state, o.status, o.goal_codes) is distinct from (n.state, n.status, n.goal_codes)), array['overview']);
    elsif tg_op = 'INSERT' then
      perform read_summaries_changed(array(select distinct mobilisation_id from new_rows), array['overview']);
    else
      perform read_summaries_changed(array(select distinct mobilisation_id from old_rows), array['overview']);
    end if;
    return null;
  end $$`.execute(db);

  await sql`create function read_summaries_decisions() returns trigger language plpgsql as $$
  begin
    if tg_op = 'DELETE' then
      perform read_summaries_changed(array(select distinct mobilisation_id from old_rows), array['overview', 'review-queue']);
    else
      perform read_summaries_changed(array(select distinct mobilisation_id from new_rows), array['overview', 'review-queue']);
    end if;
    return null;
  end $$`.execute(db);

  for (const [table, fn] of [
    ['profiles', 'read_summaries_profiles'],
    ['profile_items', 'read_summaries_items'],
    ['initiatives', 'read_summaries_initiatives'],
    ['match_decisions', 'read_summaries_decisions'],
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
  await sql`create trigger read_summaries_items_update
    after update of profile_id, kind, text, position, state, withdrawn_at, met_by_initiative_id on profile_items
    for each row when ((old.profile_id, old.kind, old.text, old.position, old.state, old.withdrawn_at,
      old.met_by_initiative_id) is distinct from (new.profile_id, new.kind, new.text, new.position, new.state,
      new.withdrawn_at, new.met_by_initiative_id))
    execute function read_summaries_item_updated()`.execute(db);
  await sql`create trigger read_summaries_organisations_update after update on organisations
    referencing old table as old_rows new table as new_rows
    for each statement execute function read_summaries_organisations()`.execute(db);

  // The initiative list pages by initiative and shows each one's first participants (the lead, then by name)
  // and how many it has, and how many needs, offers and projects it links (decision 033). A proposal can
  // gather a thousand participants: the first ones are read along an index in name order, and the counts are
  // kept on the initiative, instead of sorting and counting every participant and link of the page.
  await sql`alter table initiative_participants add column sort_name text collate "C"`.execute(db);
  await sql`update initiative_participants ip set sort_name = o.sort_name
    from organisations o where o.id = ip.organisation_id`.execute(db);
  await sql`create index initiative_participants_order_idx
    on initiative_participants (initiative_id, sort_name, organisation_id)`.execute(db);
  await sql`create function initiative_participant_sort_name() returns trigger language plpgsql as $$
  begin
    new.sort_name := (select o.sort_name from organisations o where o.id = new.organisation_id);
    return new;
  end $$`.execute(db);
  await sql`create trigger initiative_participants_sort_name
    before insert or update of organisation_id on initiative_participants
    for each row execute function initiative_participant_sort_name()`.execute(db);
  await sql`create function organisation_participant_sort_name() returns trigger language plpgsql as $$
  begin
    update initiative_participants set sort_name = new.sort_name where organisation_id = new.id;
    return null;
  end $$`.execute(db);
  await sql`create trigger organisations_participant_sort_name after update of name on organisations
    for each row when (old.sort_name is distinct from new.sort_name)
    execute function organisation_participant_sort_name()`.execute(db);

  await sql`alter table initiatives add column participant_count integer not null default 0,
    add column need_count integer not null default 0, add column offer_count integer not null default 0,
    add column project_count integer not null default 0`.execute(db);
  await sql`update initiatives i set participant_count = coalesce(
      (select count(*) from initiative_participants p where p.initiative_id = i.id), 0),
    need_count = coalesce((select count(*) from initiative_links l where l.initiative_id = i.id and l.kind = 'need'), 0),
    offer_count = coalesce((select count(*) from initiative_links l where l.initiative_id = i.id and l.kind = 'offer'), 0),
    project_count = coalesce((select count(*) from initiative_links l where l.initiative_id = i.id and l.kind = 'project'), 0)`.execute(
    db,
  );
  // Once per statement: a proposal run adds thousands of participants in one.
  await sql`create function initiative_participant_count() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      update initiatives i set participant_count = i.participant_count + d.n
      from (select initiative_id, count(*)::int as n from new_rows group by 1) d where i.id = d.initiative_id;
    else
      update initiatives i set participant_count = i.participant_count - d.n
      from (select initiative_id, count(*)::int as n from old_rows group by 1) d where i.id = d.initiative_id;
    end if;
    return null;
  end $$`.execute(db);
  await sql`create function initiative_link_count() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      update initiatives i set need_count = i.need_count + d.needs, offer_count = i.offer_count + d.offers,
        project_count = i.project_count + d.projects
      from (select initiative_id, count(*) filter (where kind = 'need')::int as needs,
          count(*) filter (where kind = 'offer')::int as offers,
          count(*) filter (where kind = 'project')::int as projects
        from new_rows group by 1) d
      where i.id = d.initiative_id;
    else
      update initiatives i set need_count = i.need_count - d.needs, offer_count = i.offer_count - d.offers,
        project_count = i.project_count - d.projects
      from (select initiative_id, count(*) filter (where kind = 'need')::int as needs,
          count(*) filter (where kind = 'offer')::int as offers,
          count(*) filter (where kind = 'project')::int as projects
        from old_rows group by 1) d
      where i.id = d.initiative_id;
    end if;
    return null;
  end $$`.execute(db);
  for (const table of ['initiative_participants', 'initiative_links']) {
    const fn = table === 'initiative_participants' ? 'initiative_participant_count' : 'initiative_link_count';
    await sql`create trigger ${sql.raw(`${table}_count_insert`)} after insert on ${sql.raw(table)}
      referencing new table as new_rows for each statement execute function ${sql.raw(fn)}()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_count_delete`)} after delete on ${sql.raw(table)}
      referencing old table as old_rows for each statement execute function ${sql.raw(fn)}()`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['initiative_participants', 'initiative_links']) {
    await sql`drop trigger if exists ${sql.raw(`${table}_count_insert`)} on ${sql.raw(table)}`.execute(db);
    await sql`drop trigger if exists ${sql.raw(`${table}_count_delete`)} on ${sql.raw(table)}`.execute(db);
  }
  await sql`drop function if exists initiative_link_count()`.execute(db);
  await sql`drop function if exists initiative_participant_count()`.execute(db);
  await sql`alter table initiatives drop column if exists participant_count, drop column if exists need_count,
    drop column if exists offer_count, drop column if exists project_count`.execute(db);
  await sql`drop trigger if exists organisations_participant_sort_name on organisations`.execute(db);
  await sql`drop function if exists organisation_participant_sort_name()`.execute(db);
  await sql`drop trigger if exists initiative_participants_sort_name on initiative_participants`.execute(db);
  await sql`drop function if exists initiative_participant_sort_name()`.execute(db);
  await sql`drop index if exists initiative_participants_order_idx`.execute(db);
  await sql`alter table initiative_participants drop column if exists sort_name`.execute(db);
  await sql`drop trigger if exists read_summaries_organisations_update on organisations`.execute(db);
  for (const [table, fn] of [
    ['profiles', 'read_summaries_profiles'],
    ['profile_items', 'read_summaries_items'],
    ['initiatives', 'read_summaries_initiatives'],
    ['match_decisions', 'read_summaries_decisions'],
  ] as const) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql`drop trigger if exists ${sql.raw(`${fn}_${event}`)} on ${sql.raw(table)}`.execute(db);
    }
  }
  for (const fn of [
    'read_summaries_decisions()',
    'read_summaries_initiatives()',
    'read_summaries_organisations()',
    'read_summaries_item_updated()',
    'read_summaries_items()',
    'read_summaries_profiles()',
    'read_summaries_changed(uuid[], text[])',
  ])
    await sql`drop function if exists ${sql.raw(fn)}`.execute(db);
  await sql`drop table if exists read_summary_changes`.execute(db);
  await sql`drop table if exists read_summaries`.execute(db);
}
