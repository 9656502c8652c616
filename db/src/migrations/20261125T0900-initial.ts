import { type Kysely, sql } from 'kysely';

// Migrations are frozen in time: they use Kysely<any> and import nothing from the app, so later changes to
// the app's types can never change what an old migration does.
// biome-ignore lint/suspicious/noExplicitAny: see above
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists unaccent`.execute(db);

  await db.schema
    .createTable('mobilisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('mobilisation_goals')
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text_sv', 'text', (c) => c.notNull())
    .addColumn('text_en', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('mobilisation_goals_pkey', ['mobilisation_id', 'code'])
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('org_number', 'text', (c) => c.unique())
    .addColumn('sector', 'text', (c) => c.notNull())
    .addColumn('county', 'text', (c) => c.notNull())
    .addColumn('municipality', 'text')
    .addColumn('website', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index organisations_name_trgm on organisations using gin (lower(name) gin_trgm_ops)`.execute(
    db,
  );

  // One profile per organisation and mobilisation. The draft is one JSON document so that a half-written
  // form is saved exactly as typed; submitted content is both kept whole (revisions) and spread into rows
  // (projects, items) that matching, search and initiatives refer to by stable ids.
  await db.schema
    .createTable('profiles')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('external_id', 'text')
    .addColumn('draft', 'jsonb', (c) => c.notNull())
    .addColumn('draft_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('draft_updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_version', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('profiles_mobilisation_organisation_key', ['mobilisation_id', 'organisation_id'])
    .addUniqueConstraint('profiles_mobilisation_external_key', ['mobilisation_id', 'external_id'])
    .execute();

  await db.schema
    .createTable('profile_revisions')
    .addColumn('profile_id', 'uuid', (c) => c.notNull().references('profiles.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('profile_revisions_pkey', ['profile_id', 'number'])
    .execute();

  await db.schema
    .createTable('projects')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('profile_id', 'uuid', (c) => c.notNull().references('profiles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('goal_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('revision_number', 'integer', (c) => c.notNull())
    .addColumn('withdrawn_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('projects_profile_idx').on('projects').column('profile_id').execute();

  // Needs and offers share one shape, so one table with a kind. Items that leave a profile are withdrawn, not
  // deleted: decisions on matches and initiatives keep pointing at what was said.
  await db.schema
    .createTable('profile_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('profile_id', 'uuid', (c) => c.notNull().references('profiles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('need', 'offer')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('themes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('target_groups', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('revision_number', 'integer', (c) => c.notNull())
    .addColumn('withdrawn_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('profile_items_profile_idx').on('profile_items').column('profile_id').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'profile_items',
    'projects',
    'profile_revisions',
    'profiles',
    'organisations',
    'mobilisation_goals',
    'mobilisations',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
