import { highlightEnd, highlightStart, type SearchHit } from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';

export type SearchFilter = {
  q: string;
  kind?: SearchHit['kind'] | undefined;
  goal?: string | undefined;
  concept?: string | undefined;
  sector?: string | undefined;
  county?: string | undefined;
  limit: number;
  offset: number;
};

/**
 * Full-text search over a mobilisation's submitted needs, offers, projects and goals, in Swedish and
 * English at once, ranked, with the matched words marked. Organisation filters are the map's: sector,
 * county, and the goals and concepts the organisation's map node carries.
 */
export async function searchMobilisation(
  db: Db,
  mobilisationId: string,
  filter: SearchFilter,
): Promise<{ items: SearchHit[]; total: number }> {
  const query = sql`(websearch_to_tsquery('swedish', ${filter.q}) || websearch_to_tsquery('english', ${filter.q}))`;
  const headline = (text: ReturnType<typeof sql.ref>) =>
    sql<string>`ts_headline('swedish', ${text}, ${query},
      ${`StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=40, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`;
  const conditions = [
    sql`p.mobilisation_id = ${mobilisationId}`,
    sql`p.submitted_version is not null`,
    ...(filter.sector ? [sql`o.sector = ${filter.sector}`] : []),
    ...(filter.county ? [sql`o.county = ${filter.county}`] : []),
    ...(filter.goal
      ? [
          sql`exists (select 1 from map_nodes mn where mn.mobilisation_id = p.mobilisation_id
          and mn.organisation_id = o.id and ${filter.goal} = any(mn.goals))`,
        ]
      : []),
    ...(filter.concept
      ? [
          sql`exists (select 1 from map_nodes mn where mn.mobilisation_id = p.mobilisation_id
          and mn.organisation_id = o.id and ${filter.concept} = any(mn.concepts))`,
        ]
      : []),
  ];
  const where = sql.join(conditions, sql` and `);
  const parts = [];
  if (!filter.kind || filter.kind === 'need' || filter.kind === 'offer') {
    parts.push(sql`select i.kind as kind, i.id as item_id, p.id as profile_id, o.id as org_id, o.name, o.sector, o.county,
        ts_rank(i.search, ${query}) as rank, ${headline(sql.ref('i.text'))} as highlight
      from profile_items i join profiles p on p.id = i.profile_id join organisations o on o.id = p.organisation_id
      where ${where} and i.withdrawn_at is null and i.search @@ ${query}
        ${filter.kind ? sql`and i.kind = ${filter.kind}` : sql``}`);
  }
  if (!filter.kind || filter.kind === 'project') {
    parts.push(sql`select 'project' as kind, j.id as item_id, p.id as profile_id, o.id as org_id, o.name, o.sector, o.county,
        ts_rank(j.search, ${query}) as rank, ${headline(sql.ref('j.title'))} || ': ' || ${headline(sql.ref('j.description'))} as highlight
      from projects j join profiles p on p.id = j.profile_id join organisations o on o.id = p.organisation_id
      where ${where} and j.withdrawn_at is null and j.search @@ ${query}`);
  }
  if (!filter.kind || filter.kind === 'goals') {
    parts.push(sql`select 'goals' as kind, p.id as item_id, p.id as profile_id, o.id as org_id, o.name, o.sector, o.county,
        ts_rank(p.search, ${query}) as rank, ${headline(sql.ref('p.goals_text'))} as highlight
      from profiles p join organisations o on o.id = p.organisation_id
      where ${where} and p.search @@ ${query}`);
  }
  const union = sql.join(parts, sql` union all `);
  const [rows, count] = await Promise.all([
    sql<{
      kind: SearchHit['kind'];
      item_id: string;
      profile_id: string;
      org_id: string;
      name: string;
      sector: string;
      county: string;
      rank: number;
      highlight: string;
    }>`select * from (${union}) hits order by rank desc, name, item_id limit ${filter.limit} offset ${filter.offset}`.execute(
      db,
    ),
    sql<{ n: number }>`select count(*)::int as n from (${union}) hits`.execute(db),
  ]);
  return {
    total: count.rows[0]?.n ?? 0,
    items: rows.rows.map((r) => ({
      kind: r.kind,
      itemId: r.item_id,
      profileId: r.profile_id,
      organisation: {
        id: r.org_id,
        name: r.name,
        sector: r.sector as SearchHit['organisation']['sector'],
        county: r.county,
      },
      highlight: r.highlight,
      rank: Math.round(r.rank * 10_000) / 10_000,
    })),
  };
}
