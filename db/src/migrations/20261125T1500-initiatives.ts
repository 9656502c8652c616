import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // What the engine concluded about a pair beyond its score: the concept it is about and the overall goal
  // it serves, so the review queue can filter by them.
  await db.schema.alterTable('matches').addColumn('concept', 'text').addColumn('goal_code', 'text').execute();

  // Decisions on pairs are appended, never overwritten: the latest per pair counts, the rest is history. The
  // revisions of both texts are kept, so a rejected pair comes back when either text changes.
  await db.schema
    .createTable('match_decisions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('need_id', 'uuid', (c) => c.notNull().references('profile_items.id').onDelete('cascade'))
    .addColumn('offer_id', 'uuid', (c) => c.notNull().references('profile_items.id').onDelete('cascade'))
    .addColumn('decision', 'text', (c) =>
      c.notNull().check(sql`decision in ('accepted', 'rejected', 'later')`),
    )
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('need_revision', 'integer', (c) => c.notNull())
    .addColumn('offer_revision', 'integer', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_by_name', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('match_decisions_pair_idx')
    .on('match_decisions')
    .columns(['need_id', 'offer_id', 'id'])
    .execute();
  await db.schema
    .createIndex('match_decisions_mobilisation_idx')
    .on('match_decisions')
    .column('mobilisation_id')
    .execute();

  await db.schema
    .createTable('initiatives')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('forslag')
        .check(sql`status in ('forslag', 'forankring', 'beslutad', 'pagaende', 'avslutad')`),
    )
    // A proposal of the platform stays 'proposed' until a coordinator takes it into the list or discards it.
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('listed').check(sql`state in ('proposed', 'listed', 'discarded', 'merged')`),
    )
    .addColumn('proposal_key', 'text')
    .addColumn('proposal_reasons', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('merged_into', 'uuid', (c) => c.references('initiatives.id').onDelete('set null'))
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('lead_organisation_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('goal_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index initiatives_proposal_key on initiatives (mobilisation_id, proposal_key)
    where proposal_key is not null`.execute(db);

  await db.schema
    .createTable('initiative_participants')
    .addColumn('initiative_id', 'uuid', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('endorsement', 'text', (c) =>
      c.notNull().defaultTo('inbjuden').check(sql`endorsement in ('inbjuden', 'forankrad', 'avbojd')`),
    )
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('initiative_participants_pkey', ['initiative_id', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('initiative_links')
    .addColumn('initiative_id', 'uuid', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('need', 'offer', 'project')`))
    .addColumn('item_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_links_pkey', ['initiative_id', 'kind', 'item_id'])
    .execute();

  // The initiative's history: a full snapshot after every change, with who made it.
  await db.schema
    .createTable('initiative_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('initiative_id', 'uuid', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'jsonb', (c) => c.notNull())
    .addColumn('changed_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('changed_by_name', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('initiative_history_idx')
    .on('initiative_history')
    .columns(['initiative_id', 'id'])
    .execute();

  // What the platform concluded about each current project: the overall goal it serves best, and why.
  await db.schema
    .createTable('project_goal_links')
    .addColumn('project_id', 'uuid', (c) => c.primaryKey().references('projects.id').onDelete('cascade'))
    .addColumn('goal_code', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('reasons', 'jsonb', (c) => c.notNull())
    .addColumn('engine_version', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'project_goal_links',
    'initiative_history',
    'initiative_links',
    'initiative_participants',
    'initiatives',
    'match_decisions',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('matches').dropColumn('concept').dropColumn('goal_code').execute();
}
