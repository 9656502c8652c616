import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A coordinator's word on which overall goal a project serves: it stands over the engine's link, and the
  // engine learns the mobilisation's goals from it. Kept apart from the computed links, which each linking run
  // rewrites.
  await db.schema
    .createTable('project_goal_corrections')
    .addColumn('project_id', 'uuid', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('goal_code', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('corrected_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('project_goal_corrections').ifExists().execute();
}
