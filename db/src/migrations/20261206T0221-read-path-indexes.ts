import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // The organisation list sorts by a stored Swedish sort key (…, z, å, ä, ö, whatever the server's collation)
  // read in index order, instead of computing it for every row of the mobilisation on every page.
  await sql`alter table organisations add column sort_name text collate "C"
    generated always as (translate(lower(name), 'åäöæøéèëüáàâ', '{|}|}eeeyaaa')) stored`.execute(db);
  await sql`create index organisations_sort_idx on organisations (sort_name, id)`.execute(db);
  // The review queue walks a mobilisation's suggested pairs best first and stops at the page's end.
  await sql`create index matches_review_idx on matches (mobilisation_id, score desc, need_id, offer_id)
    where suggested`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists matches_review_idx`.execute(db);
  await sql`drop index if exists organisations_sort_idx`.execute(db);
  await sql`alter table organisations drop column if exists sort_name`.execute(db);
}
