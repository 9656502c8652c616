import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Each mobilisation's kinds of support and target groups, one row per version (decision 015): a change,
  // a revert or an accepted term adds a version, so any earlier list can be shown and restored. A
  // mobilisation without rows has the template's kinds (version 0).
  await db.schema
    .createTable('mobilisation_kinds')
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kinds', 'jsonb', (c) => c.notNull())
    .addColumn('target_groups', 'jsonb', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reverted_from', 'integer')
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('mobilisation_kinds_pkey', ['mobilisation_id', 'version'])
    .execute();

  // Per mobilisation: which kinds version is current, and the field the engine learnt from it and from the
  // mobilisation's decisions and tags (a FieldModel, JSON), with the fingerprint stored matches carry.
  await db.schema
    .createTable('mobilisation_fields')
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.primaryKey().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('kinds_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('model', 'jsonb')
    .addColumn('fingerprint', 'text')
    .addColumn('model_kinds_version', 'integer')
    .addColumn('learned_from', 'jsonb')
    .addColumn('learned_at', 'timestamptz')
    .execute();

  // Learnt terms a coordinator dismissed: never proposed again for that kind.
  await db.schema
    .createTable('dismissed_terms')
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('stem', 'text', (c) => c.notNull())
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('dismissed_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('dismissed_by_name', 'text', (c) => c.notNull())
    .addColumn('dismissed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('dismissed_terms_pkey', ['mobilisation_id', 'kind', 'language', 'stem'])
    .execute();

  // The kind an organisation tagged a need or offer with (one of its mobilisation's kinds), kept with the
  // item; the revision's content holds it too.
  await db.schema.alterTable('profile_items').addColumn('support_kind', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('profile_items').dropColumn('support_kind').execute();
  await db.schema.dropTable('dismissed_terms').ifExists().execute();
  await db.schema.dropTable('mobilisation_fields').ifExists().execute();
  await db.schema.dropTable('mobilisation_kinds').ifExists().execute();
}
