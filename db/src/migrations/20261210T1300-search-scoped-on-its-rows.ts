import { type Kysely, sql } from 'kysely';

const tables = ['profile_items', 'projects', 'profiles'] as const;

const previous = sql`search_page(uuid, text, tsquery, tsquery[], integer, text[], text, text, text, text, integer,
  integer)`;
const signature = sql`search_page(uuid, text, tsquery, tsquery[], integer, text[], text[], text, text, text, text,
  integer, integer)`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A need, offer or project carries its profile's mobilisation (decision 052): search scopes its hits on the
  // row it reads anyway instead of a probe of the profile per hit (at 10,000 organisations 2,000 probes, a
  // third of the statement). A profile never changes mobilisation, and the rows are written only by a
  // submission, which knows it.
  for (const table of ['profile_items', 'projects'] as const) {
    await db.schema.alterTable(table).addColumn('mobilisation_id', 'uuid').execute();
    await sql`update ${sql.table(table)} t set mobilisation_id = p.mobilisation_id from profiles p
      where p.id = t.profile_id`.execute(db);
    await sql`alter table ${sql.table(table)} alter column mobilisation_id set not null`.execute(db);
  }
  // The word search over texts not read yet needs only those in its index: once the search-terms job has read
  // a text, its row leaves the index, which is then small, instead of every text found by the words being
  // fetched to see that it was read.
  for (const table of tables) {
    await sql`drop index ${sql.raw(`${table}_search_idx`)}`.execute(db);
    await sql`create index ${sql.raw(`${table}_unread_search_idx`)} on ${sql.table(table)} using gin (search)
      where meaning is null`.execute(db);
  }
  await sql`drop function ${previous}`.execute(db);
  await sql`create function search_page(
      p_mobilisation uuid, p_q text, p_any tsquery, p_groups tsquery[], p_slack integer, p_kinds text[],
      p_marks text[], p_sector text, p_county text, p_goal text, p_concept text, p_limit integer,
      p_offset integer
    ) returns table (kind text, item_id uuid, profile_id uuid, organisation_id uuid, name text, sector text,
      county text, text text, rank real, evidence jsonb, total integer, fingerprint text)
    language plpgsql stable
    set max_parallel_workers_per_gather = 0
    set plan_cache_mode = force_generic_plan
    as $$
    #variable_conflict use_column
    declare
      -- A text the engine has not read yet is found by word search in Swedish and English, as covering
      -- every group.
      words tsquery := websearch_to_tsquery('swedish', p_q) || websearch_to_tsquery('english', p_q);
      n integer := cardinality(p_groups);
      unfiltered boolean := p_sector is null and p_county is null and p_goal is null and p_concept is null;
    begin
      return query
      with hits as (
        -- Texts read by the engine through their terms, texts not read yet through their words (a partial
        -- index of those alone); each scoped to the mobilisation on its own row.
        select t.kind, t.id as item_id, t.profile_id,
          case when n = 1 then 1
            else (select count(*)::integer from unnest(p_groups) g where t.meaning @@ g) end as coverage,
          ts_rank(t.meaning, p_any) as rank
        from profile_items t
        where t.meaning @@ p_any and t.mobilisation_id = p_mobilisation and t.withdrawn_at is null
          and t.kind = any(p_kinds)
        union all
        select t.kind, t.id, t.profile_id, n, ts_rank(t.search, words)
        from profile_items t
        where t.meaning is null and t.search @@ words and t.mobilisation_id = p_mobilisation
          and t.withdrawn_at is null and t.kind = any(p_kinds)
        union all
        select 'project', t.id, t.profile_id,
          case when n = 1 then 1
            else (select count(*)::integer from unnest(p_groups) g where t.meaning @@ g) end,
          ts_rank(t.meaning, p_any)
        from projects t
        where t.meaning @@ p_any and t.mobilisation_id = p_mobilisation and t.withdrawn_at is null
          and 'project' = any(p_kinds)
        union all
        select 'project', t.id, t.profile_id, n, ts_rank(t.search, words)
        from projects t
        where t.meaning is null and t.search @@ words and t.mobilisation_id = p_mobilisation
          and t.withdrawn_at is null and 'project' = any(p_kinds)
        union all
        select 'goals', t.id, t.id,
          case when n = 1 then 1
            else (select count(*)::integer from unnest(p_groups) g where t.meaning @@ g) end,
          ts_rank(t.meaning, p_any)
        from profiles t
        where t.meaning @@ p_any and t.mobilisation_id = p_mobilisation and t.submitted_version is not null
          and 'goals' = any(p_kinds)
        union all
        select 'goals', t.id, t.id, n, ts_rank(t.search, words)
        from profiles t
        where t.meaning is null and t.search @@ words and t.mobilisation_id = p_mobilisation
          and t.submitted_version is not null and 'goals' = any(p_kinds)
      ), scoped as materialized (
        -- The organisation's filters, when one is asked for, through the hit's profile.
        select h.* from hits h
        where unfiltered or exists (select 1 from profiles p where p.id = h.profile_id
          and (p_sector is null and p_county is null or exists (select 1 from organisations o
            where o.id = p.organisation_id and (p_sector is null or o.sector = p_sector)
            and (p_county is null or o.county = p_county)))
          and (p_goal is null or exists (select 1 from map_nodes mn where mn.mobilisation_id = p_mobilisation
            and mn.organisation_id = p.organisation_id and p_goal = any(mn.goals)))
          and (p_concept is null or exists (select 1 from map_nodes mn
            where mn.mobilisation_id = p_mobilisation and mn.organisation_id = p.organisation_id
            and p_concept = any(mn.concepts))))
      ), kept as materialized (
        -- With one or two words a hit must hold all that any hit holds; with more, all but one of them.
        select s.* from scoped s where s.coverage >= (select max(coverage) - p_slack from scoped)
      ), boundary as (
        -- The coverage and rank of the page's last hit: only the hits that rank as high or higher can be on
        -- the page, so only they are named and ordered by name (decision 042).
        select k.coverage, k.rank from kept k order by k.coverage desc, k.rank desc
        limit 1 offset p_offset + p_limit - 1
      ), page as (
        select k.*, p.organisation_id, o.name, o.sector, o.county
        from kept k join profiles p on p.id = k.profile_id join organisations o on o.id = p.organisation_id
        where not exists (select 1 from boundary b where (k.coverage, k.rank) < (b.coverage, b.rank))
        order by k.coverage desc, k.rank desc, o.name, k.item_id
        limit p_limit offset p_offset
      ), summary as (
        select count(*)::integer as total,
          (select f.fingerprint from mobilisation_fields f where f.mobilisation_id = p_mobilisation) as fingerprint
        from kept
      )
      -- Each hit's text and evidence from its own table, and of the evidence only what marks the query's
      -- kinds and groups (p_marks): the rest is most of its size and the page never shows it.
      select page.kind, page.item_id, page.profile_id, page.organisation_id, page.name, page.sector,
        page.county, t.text, page.rank,
        case when t.evidence is not null then coalesce((select jsonb_object_agg(e.key, e.value)
          from jsonb_each(t.evidence) e where e.key = any(p_marks)), '{}') end,
        summary.total, summary.fingerprint
      from summary
        left join page on true
        left join lateral (
          select i.text, i.meaning_evidence as evidence from profile_items i
          where page.kind in ('need', 'offer') and i.id = page.item_id
          union all
          select pr.title || ': ' || pr.description, pr.meaning_evidence from projects pr
          where page.kind = 'project' and pr.id = page.item_id
          union all
          select g.goals_text, g.meaning_evidence from profiles g
          where page.kind = 'goals' and g.id = page.item_id
        ) t on true
      order by page.coverage desc, page.rank desc, page.name, page.item_id;
    end
    $$`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function ${signature}`.execute(db);
  await sql`create function search_page(
      p_mobilisation uuid, p_q text, p_any tsquery, p_groups tsquery[], p_slack integer, p_kinds text[],
      p_sector text, p_county text, p_goal text, p_concept text, p_limit integer, p_offset integer
    ) returns table (kind text, item_id uuid, profile_id uuid, organisation_id uuid, name text, sector text,
      county text, text text, rank real, evidence jsonb, total integer, fingerprint text)
    language plpgsql stable
    set max_parallel_workers_per_gather = 0
    set plan_cache_mode = force_generic_plan
    as $$
    #variable_conflict use_column
    declare
      -- A text the engine has not read yet is found by word search in Swedish and English, as covering
      -- every group.
      words tsquery := websearch_to_tsquery('swedish', p_q) || websearch_to_tsquery('english', p_q);
      n integer := cardinality(p_groups);
    begin
      return query
      with hits as (
        select t.kind, t.id as item_id, t.profile_id,
          case when t.meaning is null or n = 1 then n
            else (select count(*)::integer from unnest(p_groups) g where t.meaning @@ g) end as coverage,
          case when t.meaning is null then ts_rank(t.search, words) else ts_rank(t.meaning, p_any) end as rank
        from profile_items t
        where (t.meaning @@ p_any or (t.meaning is null and t.search @@ words)) and t.withdrawn_at is null
          and t.kind = any(p_kinds)
        union all
        select 'project', t.id, t.profile_id,
          case when t.meaning is null or n = 1 then n
            else (select count(*)::integer from unnest(p_groups) g where t.meaning @@ g) end,
          case when t.meaning is null then ts_rank(t.search, words) else ts_rank(t.meaning, p_any) end
        from projects t
        where (t.meaning @@ p_any or (t.meaning is null and t.search @@ words)) and t.withdrawn_at is null
          and 'project' = any(p_kinds)
        union all
        select 'goals', t.id, t.id,
          case when t.meaning is null or n = 1 then n
            else (select count(*)::integer from unnest(p_groups) g where t.meaning @@ g) end,
          case when t.meaning is null then ts_rank(t.search, words) else ts_rank(t.meaning, p_any) end
        from profiles t
        where (t.meaning @@ p_any or (t.meaning is null and t.search @@ words)) and 'goals' = any(p_kinds)
      ), scoped as materialized (
        -- The profile's scope from its covering index; the organisation only when a filter asks about it.
        select h.*, p.organisation_id
        from hits h join profiles p on p.id = h.profile_id
        where p.mobilisation_id = p_mobilisation and p.submitted_version is not null
          and (p_sector is null and p_county is null or exists (select 1 from organisations o
            where o.id = p.organisation_id and (p_sector is null or o.sector = p_sector)
            and (p_county is null or o.county = p_county)))
          and (p_goal is null or exists (select 1 from map_nodes mn where mn.mobilisation_id = p_mobilisation
            and mn.organisation_id = p.organisation_id and p_goal = any(mn.goals)))
          and (p_concept is null or exists (select 1 from map_nodes mn
            where mn.mobilisation_id = p_mobilisation and mn.organisation_id = p.organisation_id
            and p_concept = any(mn.concepts)))
      ), kept as materialized (
        -- With one or two words a hit must hold all that any hit holds; with more, all but one of them.
        select s.* from scoped s where s.coverage >= (select max(coverage) - p_slack from scoped)
      ), boundary as (
        -- The coverage and rank of the page's last hit: only the hits that rank as high or higher can be on
        -- the page, so only they are named and ordered by name (decision 042).
        select k.coverage, k.rank from kept k order by k.coverage desc, k.rank desc
        limit 1 offset p_offset + p_limit - 1
      ), page as (
        select k.*, o.name, o.sector, o.county
        from kept k join organisations o on o.id = k.organisation_id
        where not exists (select 1 from boundary b where (k.coverage, k.rank) < (b.coverage, b.rank))
        order by k.coverage desc, k.rank desc, o.name, k.item_id
        limit p_limit offset p_offset
      ), summary as (
        select count(*)::integer as total,
          (select f.fingerprint from mobilisation_fields f where f.mobilisation_id = p_mobilisation) as fingerprint
        from kept
      )
      select page.kind, page.item_id, page.profile_id, page.organisation_id, page.name, page.sector,
        page.county, coalesce(i.text, pr.title || ': ' || pr.description, g.goals_text), page.rank,
        case page.kind when 'project' then pr.meaning_evidence when 'goals' then g.meaning_evidence
          else i.meaning_evidence end,
        summary.total, summary.fingerprint
      from summary
        left join page on true
        left join profile_items i on page.kind in ('need', 'offer') and i.id = page.item_id
        left join projects pr on page.kind = 'project' and pr.id = page.item_id
        left join profiles g on page.kind = 'goals' and g.id = page.item_id
      order by page.coverage desc, page.rank desc, page.name, page.item_id;
    end
    $$`.execute(db);
  for (const table of tables) {
    await sql`drop index ${sql.raw(`${table}_unread_search_idx`)}`.execute(db);
    await sql`create index ${sql.raw(`${table}_search_idx`)} on ${sql.table(table)} using gin (search)`.execute(
      db,
    );
  }
  for (const table of ['profile_items', 'projects'] as const)
    await db.schema.alterTable(table).dropColumn('mobilisation_id').execute();
}
