import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // A large spreadsheet import runs as a job: the file waits here (it holds contact persons' personal data,
  // so it is removed when the run ends), the job's row carries the progress, the run keeps the result.
  await db.schema
    .createTable('import_runs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('mobilisation_id', 'uuid', (c) =>
      c.notNull().references('mobilisations.id').onDelete('cascade'),
    )
    .addColumn('requested_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file', 'bytea')
    .addColumn('options', 'jsonb', (c) => c.notNull())
    .addColumn('job_id', 'uuid')
    .addColumn('result', 'jsonb')
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('import_runs_mobilisation_idx')
    .on('import_runs')
    .columns(['mobilisation_id', 'created_at'])
    .execute();
  // An import finds an existing organisation by its name as findImportedOrganisation normalises it; without
  // this index each row scanned every organisation (quadratic in the file's length).
  await sql`create index organisations_import_name_idx on organisations (lower(regexp_replace(trim(name), '\\s+', ' ', 'g')))`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index organisations_import_name_idx`.execute(db);
  await db.schema.dropTable('import_runs').execute();
}
