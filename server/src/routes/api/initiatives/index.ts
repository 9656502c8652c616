import {
  type Db,
  getInitiative,
  listInitiativeHistory,
  mergeInitiatives,
  setEndorsement,
  splitInitiative,
  updateInitiative,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  endorsementSchema,
  idSchema,
  initiativeHistorySchema,
  initiativeParamsSchema,
  initiativeSchema,
  mergeInitiativesSchema,
  splitInitiativeSchema,
  updateInitiativeSchema,
} from '@kraftsamling/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import { errorResponses } from '../error-responses';

const actorOf = (request: FastifyRequest) =>
  request.viewer.user ? { id: request.viewer.user.id, name: request.viewer.user.name } : null;

const initiatives: FastifyPluginAsyncZod = async (app) => {
  const tags = ['initiatives'];

  /** Proposals and discarded initiatives are the coordinators' working material; the list is for everyone. */
  const visible = async (request: FastifyRequest, id: string) => {
    const initiative = await getInitiative(app.db, id);
    if (initiative.state !== 'listed' && !holds(request.viewer, request.scope, 'coordinator')) {
      throw new AppError('NOT_FOUND', 'No such initiative.');
    }
    return initiative;
  };

  /**
   * Runs a change, its audit record and the notices it gives the organisations it concerns in one transaction
   * (`trx` must be used for every query inside).
   */
  const changed = async (
    request: FastifyRequest,
    id: string,
    action: string,
    work: (trx: Db, actor: ReturnType<typeof actorOf>) => Promise<void>,
  ) => {
    await withTransaction(app.db, async (trx) => {
      const before = await getInitiative(trx, id);
      await work(trx, actorOf(request));
      await audit(trx, request, { action, entityType: 'initiative', entityId: id });
      const after = await getInitiative(trx, id);
      await app.initiativeNotices.send(trx, before, after, request.viewer.user?.id ?? null);
    });
  };

  app.get(
    '/:initiativeId',
    {
      config: { access: 'published' },
      schema: {
        tags,
        summary: 'Read an initiative with its participants, links and goals',
        params: initiativeParamsSchema,
        response: { 200: initiativeSchema, ...errorResponses },
      },
    },
    async (request) => visible(request, request.params.initiativeId),
  );

  app.patch(
    '/:initiativeId',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Edit an initiative, or accept or discard a proposal (send the version you edited)',
        params: initiativeParamsSchema,
        body: updateInitiativeSchema,
        response: { 200: initiativeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { initiativeId } = request.params;
      const { version, ...patch } = request.body;
      await changed(request, initiativeId, 'initiative.updated', (trx, actor) =>
        updateInitiative(trx, initiativeId, version, patch, actor),
      );
      return getInitiative(app.db, initiativeId);
    },
  );

  app.post(
    '/:initiativeId/merge',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Merge another initiative into this one',
        params: initiativeParamsSchema,
        body: mergeInitiativesSchema,
        response: { 200: initiativeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { initiativeId } = request.params;
      const { version, otherId, otherVersion } = request.body;
      await changed(request, initiativeId, 'initiative.merged', (trx, actor) =>
        mergeInitiatives(trx, initiativeId, version, otherId, otherVersion, actor),
      );
      return getInitiative(app.db, initiativeId);
    },
  );

  app.post(
    '/:initiativeId/split',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Split some participants and links off into a new initiative',
        params: initiativeParamsSchema,
        body: splitInitiativeSchema,
        response: { 201: initiativeSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { initiativeId } = request.params;
      const { version, ...part } = request.body;
      let createdId = '';
      await changed(request, initiativeId, 'initiative.split', async (trx, actor) => {
        createdId = await splitInitiative(trx, initiativeId, version, part, actor);
        // The organisations split off are added to an initiative new to them.
        const created = await getInitiative(trx, createdId);
        await app.initiativeNotices.send(trx, null, created, request.viewer.user?.id ?? null);
      });
      return reply.status(201).send(await getInitiative(app.db, createdId));
    },
  );

  app.get(
    '/:initiativeId/history',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'Every change of the initiative, newest first, each with a full snapshot',
        params: initiativeParamsSchema,
        response: { 200: initiativeHistorySchema, ...errorResponses },
      },
    },
    async (request) => {
      await visible(request, request.params.initiativeId);
      return { items: await listInitiativeHistory(app.db, request.params.initiativeId) };
    },
  );

  app.put(
    '/:initiativeId/participants/:organisationId/endorsement',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          "A participant's endorsement: invited, endorsed in its own organisation (förankrad), or declined",
        params: initiativeParamsSchema.extend({ organisationId: idSchema }),
        body: z.object({ endorsement: endorsementSchema }),
        response: { 200: initiativeSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { initiativeId, organisationId } = request.params;
      await changed(
        request,
        initiativeId,
        `initiative.endorsement_${request.body.endorsement}`,
        (trx, actor) => setEndorsement(trx, initiativeId, organisationId, request.body.endorsement, actor),
      );
      return getInitiative(app.db, initiativeId);
    },
  );
};

export default initiatives;
