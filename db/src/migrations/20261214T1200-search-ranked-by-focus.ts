import { type Kysely, sql } from 'kysely';

const signature = `search_page(uuid, text, tsquery, tsquery[], integer, text[], text[], text, text, text, text,
  integer, integer)`;

/** Each rank of `search_page` as migration 20261210T1300 wrote it, and as it is ranked from now on. */
const ranks = [
  ['ts_rank(t.meaning, p_any)', 'ts_rank(t.meaning, p_any, 1)'],
  ['ts_rank(t.search, words)', 'ts_rank(t.search, words, 1)'],
] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
async function rewrite(db: Kysely<any>, from: 0 | 1): Promise<void> {
  const { rows } = await sql<{ definition: string }>`
    select pg_get_functiondef(${signature}::regprocedure) as definition`.execute(db);
  let definition = rows[0]?.definition ?? '';
  for (const pair of ranks) {
    const [before, after] = [pair[from], pair[1 - from] as string];
    if (!definition.includes(before)) throw new Error(`search_page has no ${before} to rewrite`);
    definition = definition.replaceAll(before, after);
  }
  await sql.raw(definition).execute(db);
}

/**
 * Search ranks a hit by the query's terms it holds over the log of how many terms it holds in all (decision
 * 084): a text about evaluation comes before a long one that mentions it in passing, and hits seldom tie, so
 * the page's boundary names a few of them instead of every hit that holds the same terms.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function up(db: Kysely<any>): Promise<void> {
  await rewrite(db, 0);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await rewrite(db, 1);
}
