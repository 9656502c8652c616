import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A whole re-match compares each pair it ranked with the stored one by a signature of the pair's content
  // (score, flag, ranks, reasons, concept, goal, engine version) and stages only pairs that changed
  // (decision 044). Rows written otherwise carry none and count as changed.
  await sql`alter table matches add column signature bigint`.execute(db);
  await sql`alter table match_staging add column signature bigint`.execute(db);
  // An update that does not set a new signature itself (a submission's re-match moving ranks, any hand-made
  // change) clears it: a stored signature always describes the row as it is, so a whole run never takes a
  // changed row for an unchanged one. The condition is checked before the function is called, so updates
  // that do set one pay nothing.
  await sql`create function matches_signature_cleared() returns trigger language plpgsql as $$
    begin
      new.signature := null;
      return new;
    end $$`.execute(db);
  await sql`create trigger matches_signature_cleared before update on matches for each row
    when (new.signature is not distinct from old.signature) execute function matches_signature_cleared()`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists matches_signature_cleared on matches`.execute(db);
  await sql`drop function if exists matches_signature_cleared()`.execute(db);
  await sql`alter table match_staging drop column if exists signature`.execute(db);
  await sql`alter table matches drop column if exists signature`.execute(db);
}
