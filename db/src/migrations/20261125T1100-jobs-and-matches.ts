import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A durable work queue in PostgreSQL: every server instance can take work, and work survives a crash.
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('dedupe_key', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('queued').check(sql`status in ('queued', 'running', 'done', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('run_after', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await sql`create index jobs_ready_idx on jobs (created_at) where status in ('queued', 'running')`.execute(
    db,
  );
  // At most one waiting job per key: ten quick submissions of one profile queue one re-match, not ten.
  await sql`create unique index jobs_dedupe_idx on jobs (dedupe_key) where status = 'queued'`.execute(db);

  await db.schema
    .createTable('matches')
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('need_id', 'uuid', (c) => c.notNull().references('profile_items.id').onDelete('cascade'))
    .addColumn('offer_id', 'uuid', (c) => c.notNull().references('profile_items.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('suggested', 'boolean', (c) => c.notNull())
    .addColumn('need_rank', 'integer')
    .addColumn('offer_rank', 'integer')
    .addColumn('reasons', 'jsonb', (c) => c.notNull())
    .addColumn('engine_version', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('matches_pkey', ['need_id', 'offer_id'])
    .execute();
  await db.schema.createIndex('matches_offer_idx').on('matches').column('offer_id').execute();
  await db.schema
    .createIndex('matches_mobilisation_idx')
    .on('matches')
    .columns(['mobilisation_id', 'score'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('matches').ifExists().execute();
  await db.schema.dropTable('jobs').ifExists().execute();
}
