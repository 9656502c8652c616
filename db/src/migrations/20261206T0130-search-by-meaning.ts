import { type Kysely, sql } from 'kysely';

const tables = ['profile_items', 'projects', 'profiles'] as const;

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Search by meaning (decision 023): the engine's reading of each text as search terms, written by a
  // background job, and the key of what they were read from (the engine's search version and the text's
  // hash), so that a changed text or a new reading is found again. Until then the word search serves.
  for (const table of tables) {
    await db.schema
      .alterTable(table)
      .addColumn('meaning', sql`tsvector`)
      .addColumn('meaning_key', 'text')
      .execute();
    await sql`create index ${sql.raw(`${table}_meaning_idx`)} on ${sql.table(table)} using gin (meaning)`.execute(
      db,
    );
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of tables) {
    await db.schema.alterTable(table).dropColumn('meaning').dropColumn('meaning_key').execute();
  }
}
