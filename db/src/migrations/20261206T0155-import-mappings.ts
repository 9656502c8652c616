import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A mobilisation's column mapping for spreadsheet imports, kept for its next export of the same survey.
  await db.schema
    .createTable('import_mappings')
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.primaryKey().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('mapping', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_mappings').execute();
}
