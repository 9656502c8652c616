import { type Kysely, sql } from 'kysely';

const signature = `search_page(uuid, text, tsquery, tsquery[], integer, text[], text[], text, text, text, text,
  integer, integer)`;

/** The ranks of `search_page` as migration 20261210T1300 wrote them… */
const unnormalised = ['ts_rank(t.meaning, p_any)', 'ts_rank(t.search, words)'];
/** …and as they are ranked from now on, in the same order. */
const normalised = ['ts_rank(t.meaning, p_any, 1)', 'ts_rank(t.search, words, 1)'];

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
async function rewrite(db: Kysely<any>, from: string[], to: string[]): Promise<void> {
  const { rows } = await sql<{ definition: string }>`
    select pg_get_functiondef(${signature}::regprocedure) as definition`.execute(db);
  let definition = rows[0]?.definition ?? '';
  from.forEach((before, i) => {
    if (!definition.includes(before)) throw new Error(`search_page has no ${before} to rewrite`);
    definition = definition.replaceAll(before, to[i] ?? before);
  });
  await sql.raw(definition).execute(db);
}

/**
 * Search ranks a hit by the query's terms it holds over the log of how many terms it holds in all (decision
 * 084): a text about evaluation comes before a long one that mentions it in passing, and hits seldom tie, so
 * the page's boundary names a few of them instead of every hit that holds the same terms.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function up(db: Kysely<any>): Promise<void> {
  await rewrite(db, unnormalised, normalised);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await rewrite(db, normalised, unnormalised);
}
