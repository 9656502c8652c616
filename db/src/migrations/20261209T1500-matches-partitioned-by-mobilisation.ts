import { type Kysely, sql } from 'kysely';

/** The columns, the reasons as the other table's type (`reasons`: a cast). */
const columns = (reasons: ReturnType<typeof sql>) => sql`mobilisation_id, need_id, offer_id, score, suggested,
  need_rank, offer_rank, ${reasons}, engine_version, computed_at, concept, goal_code, signature`;

/** The stored pairs' table with its indexes, keys and trigger, partitioned or not. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
async function createMatches(db: Kysely<any>, partitioned: boolean) {
  await sql`create table matches (
    mobilisation_id uuid not null,
    need_id uuid not null references profile_items (id) on delete cascade,
    offer_id uuid not null references profile_items (id) on delete cascade,
    score real not null,
    suggested boolean not null,
    need_rank integer,
    offer_rank integer,
    reasons ${partitioned ? sql`text` : sql`jsonb`} not null,
    engine_version text not null,
    computed_at timestamptz not null default now(),
    concept text,
    goal_code text,
    signature bigint
  ) ${partitioned ? sql`partition by list (mobilisation_id)` : sql``}`.execute(db);
  // A partitioned table's unique keys hold its partition key; a pair belongs to one mobilisation all the same.
  await sql`alter table matches add constraint matches_pkey primary key ${
    partitioned ? sql`(need_id, offer_id, mobilisation_id)` : sql`(need_id, offer_id)`
  }`.execute(db);
  await sql`create index matches_offer_idx on matches (offer_id)`.execute(db);
  await sql`create index matches_mobilisation_idx on matches (mobilisation_id, score)`.execute(db);
  await sql`create index matches_review_idx on matches (mobilisation_id, score desc, need_id, offer_id)
    where suggested`.execute(db);
  await sql`create trigger matches_signature_cleared before update on matches for each row
    when (new.signature is not distinct from old.signature) execute function matches_signature_cleared()`.execute(
    db,
  );
}

/** Frees the current table's names (its own, its indexes'), so a new one can take them. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
async function renameAway(db: Kysely<any>) {
  await sql`alter table matches rename to matches_before`.execute(db);
  for (const index of [
    'matches_pkey',
    'matches_offer_idx',
    'matches_mobilisation_idx',
    'matches_review_idx',
  ]) {
    await sql`alter index if exists ${sql.id(index)} rename to ${sql.id(`${index}_before`)}`.execute(db);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Each mobilisation's pairs in a partition of their own (decision 046): a whole re-match that rewrites many
  // of them loads a fresh table without indexes or keys, builds those once, and swaps it in for the old
  // partition in one short transaction. Mobilisations that never had a whole run keep their pairs in the
  // default partition. The reasons are kept as the JSON text the engine wrote: every reader reads them as
  // text, and parsing them into jsonb was the largest part of writing a pair.
  await renameAway(db);
  await createMatches(db, true);
  await sql`create table matches_default partition of matches default`.execute(db);
  await sql`insert into matches (${columns(sql`reasons`)}) select ${columns(sql`reasons::text`)}
    from matches_before`.execute(db);
  await sql`drop table matches_before`.execute(db);
  await sql`alter table match_staging alter column reasons type text`.execute(db);
  // Counted once, so that a whole run tells a partition's few changes from many (refreshStatisticsAfter).
  await sql`analyze matches`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await renameAway(db);
  await createMatches(db, false);
  await sql`insert into matches (${columns(sql`reasons`)}) select ${columns(sql`reasons::jsonb`)}
    from matches_before`.execute(db);
  await sql`alter table match_staging alter column reasons type jsonb using reasons::jsonb`.execute(db);
  // The partitions (a whole run's tables among them) go with their parent.
  await sql`drop table matches_before`.execute(db);
}
