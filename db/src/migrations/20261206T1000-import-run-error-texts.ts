import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Why a run failed is kept in Swedish and English ({sv, en}), shown in the reader's language; runs that
  // ended before this kept English only, which stands for both.
  await sql`alter table import_runs alter column error type jsonb using
    case when error is null then null else jsonb_build_object('sv', error, 'en', error) end`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table import_runs alter column error type text using error->>'en'`.execute(db);
}
