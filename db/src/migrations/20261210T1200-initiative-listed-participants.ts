import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // The initiative list shows each initiative's first 12 participants (the lead first, then by name), each
  // with its organisation (decision 051). Building them on every page was two thirds of the page's statement:
  // they are kept on the initiative as the JSON the page writes, rebuilt when what they show changes — the
  // participants (who, endorsement, sort name), an organisation's name, sector or county, the lead.
  // 12 is `listedParticipants` (shared/) as it was when this ran; a change of it needs a migration of its own.
  await sql`create function initiative_listed_participants(p_initiative uuid, p_lead uuid) returns json
    language sql stable as $$
    select coalesce(json_agg(json_build_object(
        'organisation', (select json_build_object('id', o.id, 'name', o.name, 'sector', o.sector,
          'county', o.county) from organisations o where o.id = p.organisation_id),
        'endorsement', p.endorsement, 'lead', p.is_lead) order by p.is_lead desc, p.sort_name, p.organisation_id), '[]')
    from (select * from (
        (select ip.organisation_id, ip.endorsement, ip.sort_name, true as is_lead from initiative_participants ip
          where ip.initiative_id = p_initiative and ip.organisation_id = p_lead)
        union all
        (select ip.organisation_id, ip.endorsement, ip.sort_name, false from initiative_participants ip
          where ip.initiative_id = p_initiative and ip.organisation_id is distinct from p_lead
          order by ip.sort_name, ip.organisation_id limit 12)
      ) u order by u.is_lead desc, u.sort_name, u.organisation_id limit 12) p
  $$`.execute(db);
  await sql`alter table initiatives add column listed_participants json not null default '[]'`.execute(db);
  await sql`update initiatives set listed_participants = initiative_listed_participants(id, lead_organisation_id)`.execute(
    db,
  );

  // Participants added, removed or changed: once per statement (a proposal run adds thousands in one).
  await sql`create function initiative_listed_participants_changed() returns trigger language plpgsql as $$
  begin
    if tg_op = 'INSERT' then
      update initiatives i set listed_participants = initiative_listed_participants(i.id, i.lead_organisation_id)
      where i.id in (select initiative_id from new_rows);
    elsif tg_op = 'DELETE' then
      update initiatives i set listed_participants = initiative_listed_participants(i.id, i.lead_organisation_id)
      where i.id in (select initiative_id from old_rows);
    else
      update initiatives i set listed_participants = initiative_listed_participants(i.id, i.lead_organisation_id)
      where i.id in (select n.initiative_id from new_rows n
          join old_rows o on o.initiative_id = n.initiative_id and o.organisation_id = n.organisation_id
          where (o.endorsement, o.sort_name) is distinct from (n.endorsement, n.sort_name)
        union select n.initiative_id from new_rows n where not exists (select from old_rows o
          where o.initiative_id = n.initiative_id and o.organisation_id = n.organisation_id)
        union select o.initiative_id from old_rows o where not exists (select from new_rows n
          where n.initiative_id = o.initiative_id and n.organisation_id = o.organisation_id));
    end if;
    return null;
  end $$`.execute(db);
  for (const [event, referencing] of [
    ['insert', 'new table as new_rows'],
    ['update', 'old table as old_rows new table as new_rows'],
    ['delete', 'old table as old_rows'],
  ] as const) {
    await sql`create trigger ${sql.raw(`initiative_participants_listed_${event}`)} after ${sql.raw(event)}
      on initiative_participants referencing ${sql.raw(referencing)}
      for each statement execute function initiative_listed_participants_changed()`.execute(db);
  }

  // An organisation's name, sector or county, as the participants show it.
  await sql`create function organisation_listed_participants() returns trigger language plpgsql as $$
  begin
    update initiatives i set listed_participants = initiative_listed_participants(i.id, i.lead_organisation_id)
    where i.id in (select ip.initiative_id from initiative_participants ip
      join new_rows n on n.id = ip.organisation_id join old_rows o on o.id = n.id
      where (o.name, o.sector, o.county) is distinct from (n.name, n.sector, n.county));
    return null;
  end $$`.execute(db);
  await sql`create trigger organisations_listed_participants after update on organisations
    referencing old table as old_rows new table as new_rows
    for each statement execute function organisation_listed_participants()`.execute(db);

  // Another lead comes first (an organisation removed sets it to null, which fires this too).
  await sql`create function initiative_lead_listed_participants() returns trigger language plpgsql as $$
  begin
    new.listed_participants := initiative_listed_participants(new.id, new.lead_organisation_id);
    return new;
  end $$`.execute(db);
  await sql`create trigger initiatives_lead_listed_participants before update of lead_organisation_id
    on initiatives for each row when (old.lead_organisation_id is distinct from new.lead_organisation_id)
    execute function initiative_lead_listed_participants()`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists initiatives_lead_listed_participants on initiatives`.execute(db);
  await sql`drop function if exists initiative_lead_listed_participants()`.execute(db);
  await sql`drop trigger if exists organisations_listed_participants on organisations`.execute(db);
  await sql`drop function if exists organisation_listed_participants()`.execute(db);
  for (const event of ['insert', 'update', 'delete'])
    await sql`drop trigger if exists ${sql.raw(`initiative_participants_listed_${event}`)} on initiative_participants`.execute(
      db,
    );
  await sql`drop function if exists initiative_listed_participants_changed()`.execute(db);
  await sql`alter table initiatives drop column if exists listed_participants`.execute(db);
  await sql`drop function if exists initiative_listed_participants(uuid, uuid)`.execute(db);
}
