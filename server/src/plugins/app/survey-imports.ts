import {
  enqueueJob,
  finishImportRun,
  getImportRunToRun,
  insertImportRun,
  setImportRunJob,
  withTransaction,
} from '@kraftsamling/db';
import { AppError, importRequestSchema, type SectorId } from '@kraftsamling/shared';
import fp from 'fastify-plugin';
import type { Acting } from '../../audit/record';
import { runErrorTexts } from '../../imports/file-errors';
import { type ImportChoices, runSurveyImport } from '../../imports/run-import';
import { type PreparedSurvey, prepareSurvey } from '../../imports/survey-import';

export const surveyImportJob = 'survey-import';

/** What a queued run keeps besides its file: the request's choices, with the mapping it settled on. */
const runOptionsSchema = importRequestSchema.omit({ file: true });

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    surveyImports: {
      /** Keeps the file and queues its import as a job, in one transaction; returns the run's id. */
      queue: (
        acting: Acting,
        mobilisationId: string,
        file: { name: string; bytes: Uint8Array },
        survey: PreparedSurvey,
        choices: Omit<ImportChoices, 'fileName'> & { defaultSector?: SectorId | undefined },
      ) => Promise<string>;
    };
  }
}

/**
 * Large imports run as a job (decision 024): the request checks the file and queues it, any instance takes
 * the job, and the import is still one transaction. Its progress is the job's; on the PostgreSQL server it is
 * written from another pooled connection while the transaction runs. The embedded database has one
 * connection, which the transaction holds, so there progress moves only before and after it.
 */
export default fp(
  async (app) => {
    app.jobs.handle(surveyImportJob, async (job) => {
      const { runId } = job.payload as { runId: string };
      const run = await getImportRunToRun(app.db, runId);
      // Finished before (a retry after the commit) or removed with its mobilisation: nothing left to do.
      if (!run?.file || run.finished_at) return;
      const options = runOptionsSchema.parse(run.options);
      const acting: Acting = {
        viewer: { user: run.user_id && run.user_name ? { id: run.user_id, name: run.user_name } : null },
        scope: { mobilisations: [{ id: run.mobilisation_id }] },
      };
      try {
        const survey = await prepareSurvey(app.db, run.mobilisation_id, {
          name: run.file_name,
          bytes: new Uint8Array(run.file),
          sheet: options.sheet,
          mapping: options.mapping,
          defaultSector: options.defaultSector,
          asDrafts: options.asDrafts,
        });
        await job.progress(0, survey.rows.length);
        const duringTransaction = app.databaseKind === 'server' ? job.progress : undefined;
        await runSurveyImport(
          app,
          acting,
          run.mobilisation_id,
          survey,
          {
            fileName: run.file_name,
            skipRowsWithErrors: options.skipRowsWithErrors,
            saveMapping: options.saveMapping,
            inviteContacts: options.inviteContacts,
          },
          duringTransaction,
          // The run ends in the import's own transaction: a crash after the commit cannot import it twice.
          (trx, result) => finishImportRun(trx, runId, { result }),
        );
      } catch (error) {
        // A file or data the import refuses fails the same way every time: the run ends with the reason.
        if (error instanceof AppError) await finishImportRun(app.db, runId, { error: runErrorTexts(error) });
        else throw error;
      }
    });

    app.decorate('surveyImports', {
      queue: async (acting, mobilisationId, file, survey, choices) =>
        withTransaction(app.db, async (trx) => {
          const runId = await insertImportRun(trx, {
            mobilisationId,
            requestedBy: acting.viewer.user?.id ?? null,
            fileName: file.name,
            file: file.bytes,
            options: {
              ...(survey.table.sheet ? { sheet: survey.table.sheet } : {}),
              mapping: survey.mapping,
              asDrafts: survey.asDrafts,
              ...(choices.defaultSector ? { defaultSector: choices.defaultSector } : {}),
              skipRowsWithErrors: choices.skipRowsWithErrors,
              saveMapping: choices.saveMapping,
              inviteContacts: choices.inviteContacts,
            },
          });
          const jobId = await enqueueJob(trx, {
            kind: surveyImportJob,
            payload: { runId },
            // One import of a mobilisation at a time: two would wait on each other's rows.
            lockKey: `${surveyImportJob}:${mobilisationId}`,
          });
          await setImportRunJob(trx, runId, jobId);
          return runId;
        }),
    });
  },
  { name: 'survey-imports', dependencies: ['database', 'jobs', 'mailer'] },
);
