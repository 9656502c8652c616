import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A goal that initiatives or projects use is retired rather than removed: they keep naming it, nothing new
  // can choose it, and matching no longer links to it.
  await db.schema.alterTable('mobilisation_goals').addColumn('retired_at', 'timestamptz').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('mobilisation_goals').dropColumn('retired_at').execute();
}
