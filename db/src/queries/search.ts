import type { SearchHit } from '@kraftsamling/shared';
import { type RawBuilder, sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';

/** A query as the engine read it: one group per content word, covered by any of its terms or prefixes. */
export type SearchTermGroup = { terms: string[]; prefixes: string[] };

export type SearchFilter = {
  /** The query as typed, for the word search over texts the engine has not read yet. */
  q: string;
  groups: SearchTermGroup[];
  kind?: SearchHit['kind'] | undefined;
  goal?: string | undefined;
  concept?: string | undefined;
  sector?: string | undefined;
  county?: string | undefined;
  limit: number;
  offset: number;
};

/** A hit before its text is marked: the text the query was found in. */
export type SearchRow = Omit<SearchHit, 'highlight'> & { text: string };

/** The tables whose texts are searched, and how each one's searchable text is made. */
const searchable = {
  profile_items: sql`t.text`,
  projects: sql`t.title || ': ' || t.description`,
  profiles: sql`t.goals_text`,
} as const;
export type SearchTable = keyof typeof searchable;

/** A lexeme as tsquery input: quoted, so that the engine's `^id` and `~id` terms are taken as they are. */
function lexeme(term: string, prefix: boolean): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`;
}

function groupQuery(group: SearchTermGroup): string {
  return [...group.terms.map((t) => lexeme(t, false)), ...group.prefixes.map((p) => lexeme(p, true))].join(
    ' | ',
  );
}

/**
 * Search over a mobilisation's submitted needs, offers, projects and goals by the engine's reading of them
 * (decision 023): a hit holds the terms of at least one of the query's groups; hits that cover the most groups
 * come first, then by rank. A text the engine has not read yet (just submitted) is found by word search in
 * Swedish and English, as covering every group. Organisation filters are the map's.
 */
export async function searchMobilisation(
  db: Db,
  mobilisationId: string,
  filter: SearchFilter,
): Promise<{ items: SearchRow[]; total: number }> {
  const groups = filter.groups.filter((g) => g.terms.length + g.prefixes.length > 0);
  if (groups.length === 0) return { items: [], total: 0 };
  const any = sql`${groups.map(groupQuery).join(' | ')}::tsquery`;
  const words = sql`(websearch_to_tsquery('swedish', ${filter.q}) || websearch_to_tsquery('english', ${filter.q}))`;
  const coverage = (meaning: RawBuilder<unknown>) =>
    sql.join(
      groups.map((g) => sql`(${meaning} @@ ${groupQuery(g)}::tsquery)::int`),
      sql` + `,
    );
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
  const part = (kind: RawBuilder<unknown>, table: SearchTable, from: RawBuilder<unknown>) => {
    const meaning = sql`t.meaning`;
    return sql`select ${kind} as kind, t.id as item_id, p.id as profile_id, o.id as org_id, o.name, o.sector,
        o.county, ${searchable[table]} as text,
        case when t.meaning is null then ${groups.length} else ${coverage(meaning)} end as coverage,
        case when t.meaning is null then ts_rank(t.search, ${words}) else ts_rank(t.meaning, ${any}) end as rank
      from ${from} join organisations o on o.id = p.organisation_id
      where ${where} and (t.meaning @@ ${any} or (t.meaning is null and t.search @@ ${words}))`;
  };
  const parts: RawBuilder<unknown>[] = [];
  if (!filter.kind || filter.kind === 'need' || filter.kind === 'offer') {
    parts.push(sql`${part(sql`t.kind`, 'profile_items', sql`profile_items t join profiles p on p.id = t.profile_id`)}
      and t.withdrawn_at is null ${filter.kind ? sql`and t.kind = ${filter.kind}` : sql``}`);
  }
  if (!filter.kind || filter.kind === 'project') {
    parts.push(sql`${part(sql`'project'`, 'projects', sql`projects t join profiles p on p.id = t.profile_id`)}
      and t.withdrawn_at is null`);
  }
  if (!filter.kind || filter.kind === 'goals') {
    parts.push(part(sql`'goals'`, 'profiles', sql`profiles t join profiles p on p.id = t.id`));
  }
  return withTransaction(db, async (trx) => {
    // Parallel workers for a statement of a few milliseconds multiply its CPU: on the server, 10 clients' searches
    // answered 60 % more requests without them (bench:api, 2,000 organisations). The embedded database has none.
    await sql`set local max_parallel_workers_per_gather = 0`.execute(trx);
    // With one or two words a hit must hold all that any hit holds; with more, all but one of them.
    const { rows } = await sql<{
      kind: SearchHit['kind'];
      item_id: string;
      profile_id: string;
      org_id: string;
      name: string;
      sector: string;
      county: string;
      text: string;
      rank: number;
      total: number;
    }>`with hits as (${sql.join(parts, sql` union all `)}),
      needed as (select max(coverage) - ${groups.length > 2 ? 1 : 0} as coverage from hits)
    select hits.*, count(*) over ()::int as total from hits, needed
    where hits.coverage >= needed.coverage
    order by hits.coverage desc, rank desc, name, item_id
    limit ${filter.limit} offset ${filter.offset}`.execute(trx);
    const total =
      rows[0]?.total ??
      (filter.offset > 0
        ? ((
            await sql<{ n: number }>`with hits as (${sql.join(parts, sql` union all `)}),
            needed as (select max(coverage) - ${groups.length > 2 ? 1 : 0} as coverage from hits)
          select count(*)::int as n from hits, needed where hits.coverage >= needed.coverage`.execute(trx)
          ).rows[0]?.n ?? 0)
        : 0);
    return {
      total,
      items: rows.map((r) => ({
        kind: r.kind,
        itemId: r.item_id,
        profileId: r.profile_id,
        organisation: {
          id: r.org_id,
          name: r.name,
          sector: r.sector as SearchHit['organisation']['sector'],
          county: r.county,
        },
        text: r.text,
        rank: Math.round(r.rank * 10_000) / 10_000,
      })),
    };
  });
}

export type StaleSearchText = { table: SearchTable; id: string; text: string; key: string };

/**
 * Texts of the mobilisation whose search terms are missing or were read from another text or by another
 * version of the engine's search (`version`), up to `limit`.
 */
export async function staleSearchTexts(
  db: Db,
  mobilisationId: string,
  version: string,
  limit: number,
): Promise<StaleSearchText[]> {
  const stale = (table: SearchTable, from: RawBuilder<unknown>, extra: RawBuilder<unknown>) =>
    sql`select ${table}::text as "table", t.id, ${searchable[table]} as text,
        ${version} || ':' || md5(${searchable[table]}) as key
      from ${from} where p.mobilisation_id = ${mobilisationId} and ${extra}
        and t.meaning_key is distinct from ${version} || ':' || md5(${searchable[table]})`;
  const { rows } = await sql<StaleSearchText>`
    ${stale('profile_items', sql`profile_items t join profiles p on p.id = t.profile_id`, sql`t.withdrawn_at is null`)}
    union all
    ${stale('projects', sql`projects t join profiles p on p.id = t.profile_id`, sql`t.withdrawn_at is null`)}
    union all
    ${stale('profiles', sql`profiles t join profiles p on p.id = t.id`, sql`p.submitted_version is not null`)}
    limit ${limit}`.execute(db);
  return rows;
}

/** Stores the engine's search terms of texts, with the key of what they were read from. */
export async function writeSearchTerms(
  db: Db,
  texts: { table: SearchTable; id: string; key: string; terms: string[] }[],
): Promise<void> {
  for (const table of Object.keys(searchable) as SearchTable[]) {
    const rows = texts
      .filter((t) => t.table === table)
      .map(({ id, key, terms }) => ({
        id,
        key,
        terms: [...new Set(terms.filter((term) => term.length > 0))],
      }));
    if (rows.length === 0) continue;
    await sql`update ${sql.table(table)} t
      set meaning = array_to_tsvector(array(select jsonb_array_elements_text(r.terms))), meaning_key = r.key
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, key text, terms jsonb)
      where t.id = r.id`.execute(db);
  }
}

/** Whether any mobilisation has texts the engine's search has not read in this version. */
export async function searchTextsStale(db: Db, version: string): Promise<string[]> {
  const { rows } = await sql<{ mobilisation_id: string }>`
    select distinct p.mobilisation_id from profile_items t join profiles p on p.id = t.profile_id
    where t.withdrawn_at is null and (t.meaning_key is null or t.meaning_key not like ${`${version}:%`})`.execute(
    db,
  );
  return rows.map((r) => r.mobilisation_id);
}
