import type { SearchHit } from '@kraftsamling/shared';
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../kysely';
import { executePrepared } from '../prepared';

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

/**
 * A hit before its text is marked: the text the query was found in, and what its kinds were read from when
 * its search terms were stored (null: not read yet), for the marking (decision 042).
 */
export type SearchRow = Omit<SearchHit, 'highlight'> & {
  text: string;
  evidence: Record<string, string[]> | null;
};

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
 * A page of hits, how many there are in all, and the fingerprint of the mobilisation's field now (null: it has
 * none; absent: the query had no terms, so nothing was read).
 */
export type SearchPage = { items: SearchRow[]; total: number; fingerprint?: string | null };

const allKinds: SearchHit['kind'][] = ['need', 'offer', 'project', 'goals'];

/** The query's kinds and groups (`^id`, `~id`, `@id`): a hit's evidence of these alone marks it. */
const marksOf = (groups: SearchTermGroup[]) => [
  ...new Set(groups.flatMap((g) => g.terms.filter((t) => /^[~^@]/.test(t)))),
];

/**
 * Search over a mobilisation's submitted needs, offers, projects and goals by the engine's reading of them
 * (decision 023): a hit holds the terms of at least one of the query's groups; hits that cover the most groups
 * come first, then by rank. A text the engine has not read yet (just submitted) is found by word search in
 * Swedish and English, as covering every group. Organisation filters are the map's. One statement, planned
 * once per connection (`search_page`, decision 043); it also gives the fingerprint of the mobilisation's field
 * now, for the caller to check that the query was read with the same field.
 */
export async function searchMobilisation(
  db: Db,
  mobilisationId: string,
  filter: SearchFilter,
): Promise<SearchPage> {
  const groups = filter.groups.filter((g) => g.terms.length + g.prefixes.length > 0);
  if (groups.length === 0) return { items: [], total: 0 };
  // Prepared once per connection (its text is one shape; the function keeps its own plan): later searches
  // send only Bind and Execute.
  const { rows } = await executePrepared(
    db,
    sql<{
      kind: SearchHit['kind'] | null;
      item_id: string | null;
      profile_id: string;
      organisation_id: string;
      name: string;
      sector: string;
      county: string;
      text: string;
      rank: number;
      evidence: Record<string, string[]> | null;
      total: number;
      fingerprint: string | null;
    }>`select * from search_page(${mobilisationId}, ${filter.q}, ${groups.map(groupQuery).join(' | ')}::tsquery,
      ${groups.map(groupQuery)}::tsquery[], ${groups.length > 2 ? 1 : 0},
      ${filter.kind ? [filter.kind] : allKinds}::text[], ${marksOf(groups)}::text[], ${filter.sector ?? null},
      ${filter.county ?? null},
      ${filter.goal ?? null}, ${filter.concept ?? null}, ${filter.limit}, ${filter.offset})`,
  );
  return {
    total: rows[0]?.total ?? 0,
    fingerprint: rows[0]?.fingerprint ?? null,
    items: rows.flatMap((r) =>
      r.kind === null || r.item_id === null
        ? []
        : [
            {
              kind: r.kind,
              itemId: r.item_id,
              profileId: r.profile_id,
              organisation: {
                id: r.organisation_id,
                name: r.name,
                sector: r.sector as SearchHit['organisation']['sector'],
                county: r.county,
              },
              text: r.text,
              evidence: r.evidence,
              rank: Math.round(r.rank * 10_000) / 10_000,
            },
          ],
    ),
  };
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

/**
 * Stores the engine's search terms of texts, with the key of what they were read from and the evidence of
 * their kinds and groups (per term, what marking a hit shows).
 */
export async function writeSearchTerms(
  db: Db,
  texts: {
    table: SearchTable;
    id: string;
    key: string;
    terms: string[];
    evidence: Record<string, string[]>;
  }[],
): Promise<void> {
  for (const table of Object.keys(searchable) as SearchTable[]) {
    const rows = texts
      .filter((t) => t.table === table)
      .map(({ id, key, terms, evidence }) => ({
        id,
        key,
        terms: [...new Set(terms.filter((term) => term.length > 0))],
        evidence,
      }));
    if (rows.length === 0) continue;
    await sql`update ${sql.table(table)} t
      set meaning = array_to_tsvector(array(select jsonb_array_elements_text(r.terms))), meaning_key = r.key,
        meaning_evidence = r.evidence
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, key text, terms jsonb, evidence jsonb)
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

/**
 * Merges the pending entries of the search indexes into their trees. A GIN index takes new entries into an
 * unsorted pending list that every search reads through until it is merged, which only VACUUM does (and the
 * embedded database has no autovacuum): after the search terms of an import were written, the lists held all
 * of them (400 pages at 2,000 organisations) and a search read them all (decision 043). Cheap when empty.
 */
export async function cleanSearchIndexes(db: Db): Promise<void> {
  await sql`select gin_clean_pending_list(i) from unnest(${searchIndexes}::text[]) as n(name),
    to_regclass(n.name) as i where i is not null`.execute(db);
}

const searchIndexes = (Object.keys(searchable) as SearchTable[]).flatMap((table) => [
  `${table}_meaning_idx`,
  `${table}_unread_search_idx`,
]);
