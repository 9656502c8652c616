import type { getImportRun } from '@kraftsamling/db';
import { bilingualTextSchema, type ImportRun, importResultSchema } from '@kraftsamling/shared';
import { runFailedOnServer } from './file-errors';

type ImportRunRow = NonNullable<Awaited<ReturnType<typeof getImportRun>>>;

/**
 * A run as the coordinator follows it: its own result or error once it has ended, else its job's state. A
 * job that failed for good (not a refusal of the file, which ends the run with its reason) is told in general
 * words: its error is an internal message.
 */
export function importRunFromRow(row: ImportRunRow): ImportRun {
  const result = row.result === null ? null : importResultSchema.parse(row.result);
  const error = row.error === null ? null : bilingualTextSchema.parse(row.error);
  const jobFailed = row.job_status === 'failed';
  const status = result
    ? 'done'
    : row.error || jobFailed
      ? 'failed'
      : row.job_status === 'running'
        ? 'running'
        : 'queued';
  return {
    id: row.id,
    fileName: row.file_name,
    status,
    progress: result ? result.counts.rows : (row.progress ?? 0),
    total: result ? result.counts.rows : (row.total ?? 0),
    result,
    error: error ?? (jobFailed ? runFailedOnServer : null),
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
  };
}
