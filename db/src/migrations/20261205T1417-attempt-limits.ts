import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // One row per limited key instead of one per attempt: an upsert on it counts and checks in one step,
  // which a count over logged attempts followed by an insert cannot (decision 013). The old log goes.
  await db.schema
    .createTable('attempt_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('refilled_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.dropTable('auth_attempts').ifExists().execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('auth_attempts')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('auth_attempts_key_idx')
    .on('auth_attempts')
    .columns(['key', 'created_at'])
    .execute();
  await db.schema.dropTable('attempt_limits').execute();
}
