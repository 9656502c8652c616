import { sql } from 'kysely';
import type { Db } from '../kysely';

export type NewImportRun = {
  mobilisationId: string;
  requestedBy: string | null;
  fileName: string;
  file: Uint8Array;
  options: unknown;
};

export async function insertImportRun(db: Db, run: NewImportRun): Promise<string> {
  const row = await db
    .insertInto('import_runs')
    .values({
      mobilisation_id: run.mobilisationId,
      requested_by: run.requestedBy,
      file_name: run.fileName,
      file: Buffer.from(run.file),
      options: JSON.stringify(run.options),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setImportRunJob(db: Db, runId: string, jobId: string): Promise<void> {
  await db.updateTable('import_runs').set({ job_id: jobId }).where('id', '=', runId).execute();
}

/** What the job needs to run an import: the file, the options and who asked (for the audit record). */
export async function getImportRunToRun(db: Db, runId: string) {
  return db
    .selectFrom('import_runs as r')
    .leftJoin('users as u', 'u.id', 'r.requested_by')
    .select([
      'r.id',
      'r.mobilisation_id',
      'r.file_name',
      'r.file',
      'r.options',
      'r.finished_at',
      'u.id as user_id',
      'u.name as user_name',
    ])
    .where('r.id', '=', runId)
    .executeTakeFirst();
}

/** Ends a run with its result or its error, and removes the file (contact persons' personal data) with it. */
export async function finishImportRun(
  db: Db,
  runId: string,
  end: { result: unknown } | { error: { sv: string; en: string } },
): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({
      file: null,
      // The moment it ends, also inside the import's transaction (where now() is when that began).
      finished_at: sql<Date>`clock_timestamp()`,
      ...('result' in end ? { result: JSON.stringify(end.result) } : { error: JSON.stringify(end.error) }),
    })
    .where('id', '=', runId)
    .execute();
}

/** A run of a mobilisation with its job's state and progress. */
export async function getImportRun(db: Db, mobilisationId: string, runId: string) {
  return db
    .selectFrom('import_runs as r')
    .leftJoin('jobs as j', 'j.id', 'r.job_id')
    .select([
      'r.id',
      'r.file_name',
      'r.result',
      'r.error',
      'r.created_at',
      'r.finished_at',
      'j.status as job_status',
      'j.progress',
      'j.total',
    ])
    .where('r.id', '=', runId)
    .where('r.mobilisation_id', '=', mobilisationId)
    .executeTakeFirst();
}
