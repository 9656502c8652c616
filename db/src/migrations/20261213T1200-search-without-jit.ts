import { type Kysely, sql } from 'kysely';

const signature = sql`search_page(uuid, text, tsquery, tsquery[], integer, text[], text[], text, text, text, text,
  integer, integer)`;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Never compiled to machine code (decision 073): a generic plan's estimate can pass `jit_above_cost` (its
  // organisation filters costed as if every hit were filtered), and compiling then takes 100–300 ms of a search
  // that runs in a few.
  await sql`alter function ${signature} set jit = off`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter function ${signature} reset jit`.execute(db);
}
