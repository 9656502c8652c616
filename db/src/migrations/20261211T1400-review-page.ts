import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A page of the review queue as it opens (open pairs, unfiltered) as one function (decision 062). As a
  // prepared statement, the page was planned anew on every request: PostgreSQL's choice between a generic and
  // a custom plan kept the custom one (its estimate knows the page's size), and planning its dozen relations
  // cost the backend 1–2 ms, two to three times running it. PL/pgSQL keeps one generic plan per connection:
  // the same walk along matches_review_idx, pruned to the mobilisation's partition when it runs. Filters stay
  // out: as parameters, unknown to a generic plan, they made the planner expect few pairs to pass and sort the
  // whole mobilisation's instead of walking (0.6 s at 2,000 organisations); a filtered queue is still the
  // statement planned for its values. The same call reads what the route needs besides the page: the
  // mobilisation's kinds version and the stored size of its open queue (decision 033), so the page is one
  // round trip. One row always comes back: without pairs, a row of nulls carrying those.
  await sql`create function review_page(p_mobilisation uuid, p_offset integer, p_limit integer) returns table (need_id uuid, need_text text, need_profile_id uuid, offer_id uuid, offer_text text,
      offer_profile_id uuid, score real, suggested boolean, concept text, goal_code text, reasons text,
      decision text, note text, decided_by_name text, decided_at timestamptz, need_org_id uuid,
      need_org_name text, need_org_sector text, need_org_county text, offer_org_id uuid, offer_org_name text,
      offer_org_sector text, offer_org_county text, kinds_version integer, queue_format integer,
      queue_summary jsonb, queue_latest_change bigint)
    language plpgsql stable
    set max_parallel_workers_per_gather = 0
    set plan_cache_mode = force_generic_plan
    as $$
    #variable_conflict use_column
    declare
      wanted integer := p_offset + p_limit;
    begin
      return query
      with suggested as materialized (
        -- Suggested pairs best first along matches_review_idx, each with its latest decision; the walk stops
        -- at the page's end.
        select n.id as need_id, n.text as need_text, n.profile_id as need_profile_id, o.id as offer_id,
          o.text as offer_text, o.profile_id as offer_profile_id, m.score, m.suggested, m.concept,
          m.goal_code, m.reasons, eff.decision, d.note, d.decided_by_name, d.decided_at
        from matches m
        join profile_items n on n.id = m.need_id
        join profile_items o on o.id = m.offer_id
        left join lateral (select x.decision, x.note, x.decided_by_name, x.decided_at, x.need_revision,
            x.offer_revision from match_decisions x
          where x.need_id = m.need_id and x.offer_id = m.offer_id order by x.id desc limit 1) d on true
        -- The decision that holds: a rejection lapses when either text changed since it was made.
        cross join lateral (select case
            when d.decision is null then null
            when d.decision = 'rejected'
              and (d.need_revision <> n.revision_number or d.offer_revision <> o.revision_number) then null
            else d.decision end as decision) eff
        where m.mobilisation_id = p_mobilisation and m.suggested
          and n.withdrawn_at is null and o.withdrawn_at is null
          -- A pair with a met, withdrawn or lapsed side leaves the queue; decided pairs stay in the record.
          and (eff.decision is not null or (n.state = 'open' and o.state = 'open'))
          and eff.decision is null
        order by m.score desc, m.need_id, m.offer_id
        limit wanted
      ), others as materialized (
        -- Decided pairs that are not suggested (any more): few, read apart.
        select n.id as need_id, n.text as need_text, n.profile_id as need_profile_id, o.id as offer_id,
          o.text as offer_text, o.profile_id as offer_profile_id, m.score, m.suggested, m.concept,
          m.goal_code, m.reasons, eff.decision, d.note, d.decided_by_name, d.decided_at
        from (select distinct on (x.need_id, x.offer_id) x.* from match_decisions x
          where x.mobilisation_id = p_mobilisation order by x.need_id, x.offer_id, x.id desc) d
        join profile_items n on n.id = d.need_id
        join profile_items o on o.id = d.offer_id
        left join matches m on m.need_id = d.need_id and m.offer_id = d.offer_id
        cross join lateral (select case
            when d.decision is null then null
            when d.decision = 'rejected'
              and (d.need_revision <> n.revision_number or d.offer_revision <> o.revision_number) then null
            else d.decision end as decision) eff
        where m.suggested is not true
          and n.withdrawn_at is null and o.withdrawn_at is null
          and (eff.decision is not null or (n.state = 'open' and o.state = 'open'))
          and eff.decision is null
        order by coalesce(m.score, 0) desc, n.id, o.id
        limit wanted
      ), page as materialized (
        -- Both merged by score; only the page's rows are joined to their sides' organisations.
        select * from (select * from suggested union all select * from others) pairs
        order by coalesce(pairs.score, 0) desc, pairs.need_id, pairs.offer_id
        offset p_offset limit p_limit
      ), named as (
        select p.*, no.id as need_org_id, no.name as need_org_name, no.sector as need_org_sector,
          no.county as need_org_county, oo.id as offer_org_id, oo.name as offer_org_name,
          oo.sector as offer_org_sector, oo.county as offer_org_county
        from page p
        join profiles np on np.id = p.need_profile_id
        join profiles op on op.id = p.offer_profile_id
        join organisations no on no.id = np.organisation_id
        join organisations oo on oo.id = op.organisation_id
      ), summary as (
        select coalesce((select f.kinds_version from mobilisation_fields f
            where f.mobilisation_id = p_mobilisation), 0) as kinds_version,
          s.format as queue_format, s.summary as queue_summary,
          (select max(c.id) from read_summary_changes c
            where c.mobilisation_id = p_mobilisation and c.name = 'review-queue') as queue_latest_change
        from (select 1) as one
        left join read_summaries s on s.mobilisation_id = p_mobilisation and s.name = 'review-queue'
      )
      select named.need_id, named.need_text, named.need_profile_id, named.offer_id, named.offer_text,
        named.offer_profile_id, named.score, named.suggested, named.concept, named.goal_code, named.reasons,
        named.decision, named.note, named.decided_by_name, named.decided_at, named.need_org_id,
        named.need_org_name, named.need_org_sector, named.need_org_county, named.offer_org_id,
        named.offer_org_name, named.offer_org_sector, named.offer_org_county, summary.kinds_version,
        summary.queue_format, summary.queue_summary, summary.queue_latest_change
      from summary left join named on true
      order by coalesce(named.score, 0) desc, named.need_id, named.offer_id;
    end
    $$`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function review_page(uuid, integer, integer)`.execute(db);
}
