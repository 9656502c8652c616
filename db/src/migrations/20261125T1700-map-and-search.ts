import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Full-text search in Swedish and English at once: texts are mostly Swedish, sometimes English, and a
  // person may search in either.
  const searchable = (expression: string) =>
    sql.raw(`to_tsvector('swedish', ${expression}) || to_tsvector('english', ${expression})`);
  await sql`alter table profile_items add column search tsvector generated always as (${searchable('text')}) stored`.execute(
    db,
  );
  await sql`create index profile_items_search_idx on profile_items using gin (search)`.execute(db);
  await sql`alter table projects add column search tsvector
    generated always as (${searchable(`title || ' ' || description`)}) stored`.execute(db);
  await sql`create index projects_search_idx on projects using gin (search)`.execute(db);
  // The goals text of the latest submission, kept beside the profile so it can be searched.
  await db.schema
    .alterTable('profiles')
    .addColumn('goals_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await sql`update profiles p set goals_text = coalesce((select r.content->>'goals' from profile_revisions r
    where r.profile_id = p.id order by r.number desc limit 1), '')`.execute(db);
  await sql`alter table profiles add column search tsvector generated always as (${searchable('goals_text')}) stored`.execute(
    db,
  );
  await sql`create index profiles_search_idx on profiles using gin (search)`.execute(db);

  // "Vi är intresserade": one organisation's interest in another, about a match or a search hit.
  await db.schema
    .createTable('interests')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('from_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('to_organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('item_id', 'uuid', (c) => c.references('profile_items.id').onDelete('set null'))
    .addColumn('counterpart_item_id', 'uuid', (c) => c.references('profile_items.id').onDelete('set null'))
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('interests_between_two', sql`from_organisation_id <> to_organisation_id`)
    .execute();
  await db.schema
    .createIndex('interests_pair_idx')
    .on('interests')
    .columns(['mobilisation_id', 'from_organisation_id', 'to_organisation_id'])
    .execute();
  await db.schema.createIndex('interests_to_idx').on('interests').column('to_organisation_id').execute();

  // In-app notices for a person (interest received, and later other events).
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at'])
    .execute();

  // The collaboration map is computed when the data changes and kept: positions stay stable between visits,
  // and a visit reads two tables instead of aggregating every match.
  await db.schema
    .createTable('map_nodes')
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('x', 'real', (c) => c.notNull())
    .addColumn('y', 'real', (c) => c.notNull())
    .addColumn('concepts', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('goals', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('map_nodes_pkey', ['mobilisation_id', 'organisation_id'])
    .execute();
  await db.schema
    .createTable('map_links')
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('source_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('target_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('proposed', 'accepted', 'mutual')`))
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('concepts', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('goals', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addPrimaryKeyConstraint('map_links_pkey', ['mobilisation_id', 'source_id', 'target_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['map_links', 'map_nodes', 'notifications', 'interests'])
    await db.schema.dropTable(table).ifExists().execute();
  await sql`alter table profiles drop column if exists search, drop column if exists goals_text`.execute(db);
  await sql`alter table projects drop column if exists search`.execute(db);
  await sql`alter table profile_items drop column if exists search`.execute(db);
}
