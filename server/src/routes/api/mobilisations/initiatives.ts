import {
  correctProjectGoal,
  getInitiative,
  getMobilisation,
  initiativePageJson,
  insertInitiative,
  listInitiativePage,
  listInitiatives,
  listReview,
  loadOverview,
  recordDecision,
  removeProjectGoalCorrection,
  withTransaction,
} from '@kraftsamling/db';
import { listConcepts } from '@kraftsamling/matching';
import {
  AppError,
  correctProjectGoalSchema,
  createInitiativeSchema,
  decideMatchSchema,
  exportQuerySchema,
  initiativeListQuerySchema,
  initiativeListSchema,
  initiativeSchema,
  mobilisationParamsSchema,
  overviewSchema,
  projectGoalCorrectionSchema,
  projectGoalParamsSchema,
  proposalRunSchema,
  reviewListSchema,
  reviewQuerySchema,
  type SectorId,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import {
  exportFileBase,
  exportLanguage,
  initiativeCsv,
  initiativeWorkbook,
} from '../../../initiatives/export';
import { InitiativePageCache } from '../../../initiatives/page-cache';
import { proposeInitiatives } from '../../../initiatives/propose';
import { reasonLabels } from '../../../kinds/kinds';
import { chooseEncoding } from '../../../map/document';
import { presentStoredReasons } from '../../../matching/present';
import { compression } from '../../../plugins/external/compression';
import { sendEncodedJson, sendJsonText } from '../../../response-serializer';
import { errorResponses } from '../error-responses';

/** The coordinators' work on a mobilisation: reviewing matches, the initiative list, the overview, export. */
const mobilisationInitiatives: FastifyPluginAsyncZod = async (app) => {
  const tags = ['initiatives'];
  const concepts = new Map(listConcepts().map((c) => [c.id, c]));
  // The list's pages last answered, sent again while the database's signature of their rows holds (064).
  const pages = new InitiativePageCache(16 * 1024 * 1024);

  app.get(
    '/:mobilisationId/initiatives',
    {
      config: { access: 'published' },
      schema: {
        tags,
        summary:
          'A page of the initiative list (or, for coordinators, the proposals and discarded ones), links counted',
        params: mobilisationParamsSchema,
        querystring: initiativeListQuerySchema,
        response: { 200: initiativeListSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.query.state !== 'listed' && !holds(request.viewer, request.scope, 'coordinator')) {
        if (!request.viewer.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
        throw new AppError('FORBIDDEN', 'Proposals are visible to coordinators.');
      }
      const { mobilisationId } = request.params;
      const { query } = request;
      if (query.participants === 'all') return listInitiativePage(app.db, mobilisationId, query);
      const key = [mobilisationId, query.state, query.goal, query.status, query.after, query.limit].join(' ');
      const known = pages.get(key);
      const { signature, page } = await initiativePageJson(
        app.db,
        mobilisationId,
        query,
        known?.signature ?? null,
      );
      const held = page ? pages.hold(key, signature, page) : known;
      if (!held) throw new Error('initiative page: no text for a signature not held');
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      if (encoding === 'identity' || held.page.text.length < compression.threshold)
        return sendJsonText(reply, held.page);
      // Compressed once per page and encoding, as the compression plugin would (which leaves it as it is).
      reply.header('vary', 'accept-encoding');
      return sendEncodedJson(reply, pages.encoded(key, held, encoding), encoding);
    },
  );

  app.post(
    '/:mobilisationId/initiatives',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Add an initiative to the list',
        params: mobilisationParamsSchema,
        body: createInitiativeSchema,
        response: { 201: initiativeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = request.viewer.user;
      const id = await withTransaction(app.db, async (trx) => {
        const created = await insertInitiative(
          trx,
          request.params.mobilisationId,
          request.body,
          user ? { id: user.id, name: user.name } : null,
        );
        await audit(trx, request, {
          action: 'initiative.created',
          entityType: 'initiative',
          entityId: created,
        });
        await app.initiativeNotices.send(trx, null, await getInitiative(trx, created), user?.id ?? null);
        return created;
      });
      return reply.status(201).send(await getInitiative(app.db, id));
    },
  );

  app.put(
    '/:mobilisationId/projects/:projectId/goal',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary:
          "Set the overall goal a project serves, over the engine's link; the engine learns the goals from it",
        params: projectGoalParamsSchema,
        body: correctProjectGoalSchema,
        response: { 200: projectGoalCorrectionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId, projectId } = request.params;
      const userId = request.viewer.user?.id;
      if (!userId) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      return withTransaction(app.db, async (trx) => {
        const { previous } = await correctProjectGoal(trx, {
          mobilisationId,
          projectId,
          goal: request.body.goal,
          userId,
        });
        await audit(trx, request, {
          action: 'project.goal_corrected',
          entityType: 'project',
          entityId: projectId,
          details: { goal: request.body.goal, previous },
        });
        return { projectId, goal: request.body.goal };
      });
    },
  );

  app.delete(
    '/:mobilisationId/projects/:projectId/goal',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: "Take a coordinator's goal for a project back: the engine's link shows again",
        params: projectGoalParamsSchema,
        response: { 200: projectGoalCorrectionSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId, projectId } = request.params;
      return withTransaction(app.db, async (trx) => {
        const { previous } = await removeProjectGoalCorrection(trx, mobilisationId, projectId);
        if (previous !== null) {
          await audit(trx, request, {
            action: 'project.goal_correction_removed',
            entityType: 'project',
            entityId: projectId,
            details: { previous },
          });
        }
        return { projectId, goal: null };
      });
    },
  );

  app.post(
    '/:mobilisationId/initiative-proposals',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary:
          'Let the platform propose initiatives from accepted and suggested matches, and link projects to goals',
        params: mobilisationParamsSchema,
        response: { 200: proposalRunSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      return withTransaction(app.db, async (trx) => {
        const outcome = await proposeInitiatives(trx, app.workers, mobilisationId);
        await audit(trx, request, {
          action: 'initiative.proposals_made',
          entityType: 'mobilisation',
          entityId: mobilisationId,
          details: outcome,
        });
        return outcome;
      });
    },
  );

  app.get(
    '/:mobilisationId/initiatives/export',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary:
          'The initiative list as an Excel workbook (initiatives, participants, unmet needs) or CSV, in the language asked for',
        params: mobilisationParamsSchema,
        querystring: exportQuerySchema,
        // The file itself; a Buffer or text with its own content type bypasses JSON serialisation.
        response: { 200: z.unknown().describe('An .xlsx workbook or a CSV file'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { mobilisationId } = request.params;
      const [mobilisation, initiatives] = await Promise.all([
        getMobilisation(app.db, mobilisationId),
        listInitiatives(app.db, mobilisationId, { state: 'listed' }),
      ]);
      const language = exportLanguage(request.query.lang, request.headers['accept-language']);
      const base = exportFileBase(mobilisation.slug, language);
      if (request.query.format === 'csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${base}.csv"`)
          .send(initiativeCsv(initiatives, language));
      }
      const overview = await loadOverview(app.db, mobilisationId, 10_000);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${base}.xlsx"`)
        .send(await initiativeWorkbook(mobilisation.name, initiatives, overview.needs.unmetItems, language));
    },
  );

  app.get(
    '/:mobilisationId/review',
    {
      config: { access: 'coordinator' },
      schema: {
        tags: ['review'],
        summary: 'Proposed matches to review, best first, filterable by goal, concept, county and sector',
        params: mobilisationParamsSchema,
        querystring: reviewQuerySchema,
        response: { 200: reviewListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      // The queue as it opens has its size stored, read with the page (decision 033, 062).
      const { items, total, kindsVersion } = await listReview(
        app.db,
        mobilisationId,
        request.query,
        (stored) => app.reviewQueueSize(mobilisationId, stored),
      );
      const labels =
        kindsVersion === null ? undefined : await reasonLabels(app.db, mobilisationId, kindsVersion);
      return {
        total,
        items: items.map((row) => {
          const own = row.concept ? labels?.get(row.concept) : undefined;
          const known = row.concept ? concepts.get(row.concept) : undefined;
          const side = (s: typeof row.need) => ({
            ...s,
            organisation: { ...s.organisation, sector: s.organisation.sector as SectorId },
          });
          return {
            need: side(row.need),
            offer: side(row.offer),
            score: Math.round(row.score * 1000) / 1000,
            suggested: row.suggested,
            concept:
              row.concept && own
                ? { id: row.concept, sv: own.sv, en: own.en }
                : known
                  ? { id: known.id, sv: known.short.sv, en: known.short.en }
                  : null,
            goal: row.goal,
            reasons: presentStoredReasons(row.reasonsText, labels),
            decision: row.decision
              ? { ...row.decision, decidedAt: row.decision.decidedAt.toISOString() }
              : null,
          };
        }),
      };
    },
  );

  app.post(
    '/:mobilisationId/review/decisions',
    {
      config: { access: 'coordinator' },
      schema: {
        tags: ['review'],
        summary: 'Accept a proposed match, reject it with a note, or leave it for later',
        params: mobilisationParamsSchema,
        body: decideMatchSchema,
        response: { 201: decideMatchSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const user = request.viewer.user;
      await withTransaction(app.db, async (trx) => {
        await recordDecision(trx, {
          mobilisationId: request.params.mobilisationId,
          ...request.body,
          decidedBy: user ? { id: user.id, name: user.name } : null,
        });
        await audit(trx, request, {
          action: `match.${request.body.decision}`,
          entityType: 'match',
          entityId: `${request.body.needId}:${request.body.offerId}`,
          details: { note: request.body.note },
        });
        await app.collaborationMap.refresh(request.params.mobilisationId, trx);
        // Accepted and rejected pairs are labelled examples; a coordinator decides many in a row, so they
        // are learnt from together, a while after the last one (decision 015).
        if (request.body.decision !== 'later') {
          await app.learning.schedule(request.params.mobilisationId, { db: trx, coalesce: true });
        }
      });
      return reply.status(201).send(request.body);
    },
  );

  app.get(
    '/:mobilisationId/overview',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary:
          'Profiles submitted, in draft and missing; unmet needs, unused offers; initiatives per goal and status',
        params: mobilisationParamsSchema,
        response: { 200: overviewSchema, ...errorResponses },
      },
    },
    async (request) => app.overview(request.params.mobilisationId),
  );
};

export default mobilisationInitiatives;
