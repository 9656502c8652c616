import {
  getImportMapping,
  getImportRun,
  getMobilisation,
  listProfilesForExport,
  saveImportMapping,
} from '@kraftsamling/db';
import {
  AppError,
  errorResponseSchema,
  exportQuerySchema,
  type ImportFile,
  type ImportRun,
  importFileLimitBytes,
  importJobRowThreshold,
  importMappingSchema,
  importOptionsSchema,
  importPreviewSchema,
  importRequestSchema,
  importResultSchema,
  importRunParamsSchema,
  importRunStartedSchema,
  mobilisationParamsSchema,
  savedImportMappingSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../../audit/record';
import { importRunFromRow } from '../../../imports/import-run';
import { profileCsv, profileWorkbook } from '../../../imports/profile-export';
import { runSurveyImport } from '../../../imports/run-import';
import { assertImportable, prepareSurvey, previewSurvey } from '../../../imports/survey-import';
import { errorResponses } from '../error-responses';

// The file arrives as base64 in JSON: a third larger than the file, plus the mapping.
const bodyLimit = Math.ceil(importFileLimitBytes / 3) * 4 + 256 * 1024;
const responses = { ...errorResponses, 413: errorResponseSchema };
const bytesOf = (file: ImportFile) => new Uint8Array(Buffer.from(file.data, 'base64'));

/**
 * A coordinator's import of survey answers (xlsx/csv): preview, then import. Both read the uploaded file
 * again, so no file is kept between the two and any instance can answer either.
 */
const imports: FastifyPluginAsyncZod = async (app) => {
  const tags = ['imports'];
  const loadRun = async (mobilisationId: string, runId: string): Promise<ImportRun> => {
    const row = await getImportRun(app.db, mobilisationId, runId);
    if (!row) throw new AppError('NOT_FOUND', 'There is no such import run in this mobilisation.');
    return importRunFromRow(row);
  };

  app.get(
    '/:mobilisationId/import-mapping',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'The column mapping saved for the next spreadsheet import',
        params: mobilisationParamsSchema,
        response: { 200: savedImportMappingSchema, ...responses },
      },
    },
    async (request) => ({ mapping: await getImportMapping(app.db, request.params.mobilisationId) }),
  );

  app.put(
    '/:mobilisationId/import-mapping',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Save the column mapping for the next spreadsheet import',
        params: mobilisationParamsSchema,
        body: importMappingSchema,
        response: { 200: savedImportMappingSchema, ...responses },
      },
    },
    async (request) => {
      await saveImportMapping(
        app.db,
        request.params.mobilisationId,
        request.body,
        request.viewer.user?.id ?? null,
      );
      return { mapping: request.body };
    },
  );

  app.get(
    '/:mobilisationId/profiles/export',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary:
          'Every profile of the mobilisation (xlsx or CSV) in the columns the import reads, for a round trip through a spreadsheet',
        params: mobilisationParamsSchema,
        querystring: exportQuerySchema,
        response: { 200: z.unknown().describe('An .xlsx workbook or a CSV file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { mobilisationId } = request.params;
      const [mobilisation, rows] = await Promise.all([
        getMobilisation(app.db, mobilisationId),
        listProfilesForExport(app.db, mobilisationId),
      ]);
      // Contact persons are personal data: who took them out of the platform is on record.
      await audit(app.db, request, {
        action: 'profiles.exported',
        entityType: 'mobilisation',
        entityId: mobilisationId,
        details: { format: request.query.format, profiles: rows.length },
      });
      const base = `profiler-${mobilisation.slug}`;
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${base}.csv"`)
          .send(profileCsv(rows));
      }
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${base}.xlsx"`)
        .send(await profileWorkbook(mobilisation.name, rows));
    },
  );

  app.post(
    '/:mobilisationId/imports/preview',
    {
      bodyLimit,
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Read a survey export and show what importing it would do (writes nothing)',
        params: mobilisationParamsSchema,
        body: importOptionsSchema,
        response: { 200: importPreviewSchema, ...responses },
      },
    },
    async (request) => {
      const { file, ...options } = request.body;
      const survey = await prepareSurvey(app.db, request.params.mobilisationId, {
        ...options,
        name: file.name,
        bytes: bytesOf(file),
      });
      return previewSurvey(app.db, request.params.mobilisationId, survey);
    },
  );

  app.post(
    '/:mobilisationId/imports',
    {
      bodyLimit,
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary:
          'Import a survey export in one transaction, then re-match the mobilisation; a large file is imported by a job (202: follow the run)',
        params: mobilisationParamsSchema,
        body: importRequestSchema,
        response: { 200: importResultSchema, 202: importRunStartedSchema, ...responses },
      },
    },
    async (request, reply) => {
      const { file, skipRowsWithErrors, saveMapping, inviteContacts, ...options } = request.body;
      const { mobilisationId } = request.params;
      const bytes = bytesOf(file);
      const survey = await prepareSurvey(app.db, mobilisationId, { ...options, name: file.name, bytes });
      // Refused here, at once, rather than by a job later: nothing is queued for a file that cannot go in.
      assertImportable(survey, skipRowsWithErrors);
      const choices = { skipRowsWithErrors, saveMapping, inviteContacts };
      if (survey.rows.length > importJobRowThreshold) {
        const runId = await app.surveyImports.queue(
          request,
          mobilisationId,
          { name: file.name, bytes },
          survey,
          { ...choices, defaultSector: options.defaultSector },
        );
        return reply.status(202).send({ run: await loadRun(mobilisationId, runId) });
      }
      return runSurveyImport(app, request, mobilisationId, survey, { ...choices, fileName: file.name });
    },
  );

  app.get(
    '/:mobilisationId/imports/runs/:runId',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'A large import run by a job: its state, progress and result',
        params: importRunParamsSchema,
        response: { 200: importRunStartedSchema, ...responses },
      },
    },
    async (request) => ({ run: await loadRun(request.params.mobilisationId, request.params.runId) }),
  );
};

export default imports;
