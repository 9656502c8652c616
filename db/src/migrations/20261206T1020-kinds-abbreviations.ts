import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A mobilisation's own abbreviations ("HKB", "SFI"), each standing for one of its kinds or target groups, are
  // versioned with its kinds and target groups (decision 034). Earlier versions had none.
  await db.schema
    .alterTable('mobilisation_kinds')
    .addColumn('abbreviations', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
}
