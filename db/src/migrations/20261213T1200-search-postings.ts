import { type Kysely, sql } from 'kysely';

const tables = ['profile_items', 'projects', 'profiles'] as const;

const previous = sql`search_page(uuid, text, tsquery, tsquery[], integer, text[], text[], text, text, text, text,
  integer, integer)`;
const signature = sql`search_page(uuid, text, text[], integer[], boolean[], integer, integer, text[], text[], text,
  text, text, text, integer, integer)`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Each read text's search terms as rows of their own (decision 073): a query's terms are then ranges of one
  // btree, read from the index alone, where the GIN index on `meaning` led to each hit's row (1.8 µs each, most
  // of a search at 10,000 organisations). Kept by triggers wherever `meaning` or whether the text is live
  // changes, so that no writer has to remember them: a need or offer and a project while not withdrawn, an
  // organisation's goals while its profile is submitted.
  await sql`create table search_postings (
      mobilisation_id uuid not null,
      term text collate "C" not null,
      kind text not null,
      item_id uuid not null,
      profile_id uuid not null,
      primary key (mobilisation_id, term, kind, item_id) include (profile_id)
    )`.execute(db);
  await sql`create function search_postings_sync() returns trigger language plpgsql as $$
    declare
      was_live boolean := false;
      is_live boolean := false;
      old_kind text;
      new_kind text;
      new_profile uuid;
    begin
      if tg_op <> 'INSERT' then
        if tg_table_name = 'profiles' then
          was_live := old.submitted_version is not null and old.meaning is not null;
          old_kind := 'goals';
        elsif tg_table_name = 'projects' then
          was_live := old.withdrawn_at is null and old.meaning is not null;
          old_kind := 'project';
        else
          was_live := old.withdrawn_at is null and old.meaning is not null;
          old_kind := old.kind;
        end if;
      end if;
      if tg_op <> 'DELETE' then
        if tg_table_name = 'profiles' then
          is_live := new.submitted_version is not null and new.meaning is not null;
          new_kind := 'goals';
          new_profile := new.id;
        elsif tg_table_name = 'projects' then
          is_live := new.withdrawn_at is null and new.meaning is not null;
          new_kind := 'project';
          new_profile := new.profile_id;
        else
          is_live := new.withdrawn_at is null and new.meaning is not null;
          new_kind := new.kind;
          new_profile := new.profile_id;
        end if;
      end if;
      if tg_op = 'UPDATE' and was_live = is_live and old_kind = new_kind
        and old.meaning is not distinct from new.meaning then
        return null;
      end if;
      if was_live then
        delete from search_postings s
        where s.mobilisation_id = old.mobilisation_id and s.term = any(tsvector_to_array(old.meaning))
          and s.kind = old_kind and s.item_id = old.id;
      end if;
      if is_live then
        insert into search_postings (mobilisation_id, term, kind, item_id, profile_id)
        select new.mobilisation_id, u.term, new_kind, new.id, new_profile
        from unnest(tsvector_to_array(new.meaning)) as u(term);
      end if;
      return null;
    end
    $$`.execute(db);
  await sql`create trigger search_postings_sync after insert or delete or update of meaning, withdrawn_at, kind
    on profile_items for each row execute function search_postings_sync()`.execute(db);
  await sql`create trigger search_postings_sync after insert or delete or update of meaning, withdrawn_at
    on projects for each row execute function search_postings_sync()`.execute(db);
  await sql`create trigger search_postings_sync after insert or delete or update of meaning, submitted_version
    on profiles for each row execute function search_postings_sync()`.execute(db);
  await sql`insert into search_postings (mobilisation_id, term, kind, item_id, profile_id)
    select t.mobilisation_id, u.term, t.kind, t.id, t.profile_id
    from profile_items t, unnest(tsvector_to_array(t.meaning)) as u(term)
    where t.meaning is not null and t.withdrawn_at is null
    union all
    select t.mobilisation_id, u.term, 'project', t.id, t.profile_id
    from projects t, unnest(tsvector_to_array(t.meaning)) as u(term)
    where t.meaning is not null and t.withdrawn_at is null
    union all
    select t.mobilisation_id, u.term, 'goals', t.id, t.id
    from profiles t, unnest(tsvector_to_array(t.meaning)) as u(term)
    where t.meaning is not null and t.submitted_version is not null`.execute(db);
  // Search no longer reads `meaning` through an index; writing one for every text read was the job's cost.
  for (const table of tables) await sql`drop index ${sql.raw(`${table}_meaning_idx`)}`.execute(db);
  await sql`drop function ${previous}`.execute(db);
  await sql`create function search_page(
      p_mobilisation uuid, p_q text, p_terms text[], p_groups integer[], p_prefixes boolean[], p_n integer,
      p_slack integer, p_kinds text[], p_marks text[], p_sector text, p_county text, p_goal text,
      p_concept text, p_limit integer, p_offset integer
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
      n integer := p_n;
      unfiltered boolean := p_sector is null and p_county is null and p_goal is null and p_concept is null;
    begin
      return query
      with operands as (
        -- Each term of the query with its group; a prefix covers every term from it to the prefix followed by
        -- the largest character, in the postings' "C" order.
        select q.term collate "C" as first, q.grp,
          case when q.prefix then q.term || chr(1114111) else q.term end collate "C" as last
        from unnest(p_terms, p_groups, p_prefixes) as q(term, grp, prefix)
      ), hits as (
        -- Texts read by the engine through their postings alone (an index-only scan per term), ranked as
        -- ts_rank ranks a text whose terms have no positions: a fixed share per query term found, over the
        -- query's terms.
        -- The groups a text holds counted as bits (a count of distinct groups would sort every text's
        -- postings); the rank in real arithmetic, not numeric (a third of the statement otherwise).
        select s.kind, s.item_id, s.profile_id,
          bit_count(bit_or(1::bigint << least(o.grp, 62))::bit(64))::integer as coverage,
          count(*)::real * (0.06079271::real / cardinality(p_terms)::real) as rank
        from operands o
        cross join lateral (
          -- A range of the index per term; the fence keeps it one (a generic plan knows neither how many terms
          -- a query has nor how wide a prefix is, and would rather read all the mobilisation's postings).
          select p.kind, p.item_id, p.profile_id from search_postings p
          where p.mobilisation_id = p_mobilisation and p.term >= o.first and p.term <= o.last
            and p.kind = any(p_kinds)
          offset 0
        ) s
        group by s.kind, s.item_id, s.profile_id
        union all
        -- Texts not read yet through their words (a partial index of those alone), scoped to the
        -- mobilisation on their own rows.
        select t.kind, t.id, t.profile_id, n, ts_rank(t.search, words)
        from profile_items t
        where t.meaning is null and t.search @@ words and t.mobilisation_id = p_mobilisation
          and t.withdrawn_at is null and t.kind = any(p_kinds)
        union all
        select 'project', t.id, t.profile_id, n, ts_rank(t.search, words)
        from projects t
        where t.meaning is null and t.search @@ words and t.mobilisation_id = p_mobilisation
          and t.withdrawn_at is null and 'project' = any(p_kinds)
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
  for (const table of tables) {
    await sql`create index ${sql.raw(`${table}_meaning_idx`)} on ${sql.table(table)} using gin (meaning)`.execute(
      db,
    );
  }
  for (const table of tables) await sql`drop trigger search_postings_sync on ${sql.table(table)}`.execute(db);
  await sql`drop function search_postings_sync()`.execute(db);
  await sql`drop table search_postings`.execute(db);
}
