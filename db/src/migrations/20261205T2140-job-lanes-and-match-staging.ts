import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Jobs that must not run at the same time (two layouts of one map, a whole-mobilisation re-match and a
  // profile's re-match of the same mobilisation) share a lock key; at most one of them runs at a time, on any
  // instance. The unique index is the guarantee: two instances claiming at once cannot both succeed.
  await db.schema.alterTable('jobs').addColumn('lock_key', 'text').execute();
  await sql`create unique index jobs_lock_running_idx on jobs (lock_key) where status = 'running'`.execute(
    db,
  );

  // A whole-mobilisation re-match writes its lists here first, in batches, and then replaces the stored
  // lists in one transaction (decision 016): readers see the old lists until the new ones are complete. The
  // rows are a run's scratch work, recomputed if lost, so the table is unlogged and has no constraints.
  await sql`create unlogged table match_staging (
    mobilisation_id uuid not null,
    need_id uuid not null,
    offer_id uuid not null,
    score real not null,
    suggested boolean not null,
    need_rank integer,
    offer_rank integer,
    reasons jsonb not null,
    concept text,
    goal_code text
  )`.execute(db);

  // Every stored pair was checked against its mobilisation row as well as against its two items; the items
  // already tie a pair to its mobilisation (and a deleted mobilisation takes its profiles, their items and
  // so their pairs with it), so the third check only slowed writing a whole run by about a tenth.
  await sql`alter table matches drop constraint if exists matches_mobilisation_id_fkey`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table matches add constraint matches_mobilisation_id_fkey foreign key (mobilisation_id)
    references mobilisations (id) on delete cascade`.execute(db);
  await db.schema.dropTable('match_staging').ifExists().execute();
  await sql`drop index if exists jobs_lock_running_idx`.execute(db);
  await db.schema.alterTable('jobs').dropColumn('lock_key').execute();
}
