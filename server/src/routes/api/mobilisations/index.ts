import {
  createOrganisationInMobilisation,
  getMobilisation,
  goalUsage,
  insertKindsVersion,
  insertMobilisation,
  listMobilisations,
  listOrganisationsInMobilisation,
  updateMobilisation,
  withTransaction,
} from '@kraftsamling/db';
import {
  createMobilisationSchema,
  createOrganisationSchema,
  goalUsageSchema,
  joinedOrganisationSchema,
  mobilisationListSchema,
  mobilisationParamsSchema,
  mobilisationSchema,
  organisationListQuerySchema,
  organisationListSchema,
  updateMobilisationSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { invite } from '../../../auth/invite';
import { isTemplate, startingKinds } from '../../../kinds/kinds';
import { sendJsonText } from '../../../response-serializer';
import { errorResponses } from '../error-responses';
import coordination from './coordination';
import currency from './currency';
import imports from './imports';
import mobilisationInitiatives from './initiatives';
import supportKinds from './kinds';
import partners from './map';

const mobilisations: FastifyPluginAsyncZod = async (app) => {
  const tags = ['mobilisations'];

  app.get(
    '/',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'List the mobilisations you may see',
        response: { 200: mobilisationListSchema },
      },
    },
    async (request) => ({
      items: await listMobilisations(app.db, {
        userId: request.viewer.user?.id ?? null,
        platformAdmin: request.viewer.user?.platformAdmin ?? false,
      }),
    }),
  );

  app.post(
    '/',
    {
      config: { access: 'platform-admin' },
      schema: {
        tags,
        summary: 'Create a mobilisation with its overall goals, inviting its first coordinators',
        body: createMobilisationSchema,
        response: { 201: mobilisationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { coordinators, kinds, ...fields } = request.body;
      // The mobilisation, its goals, its kinds of support and its first coordinators' invitations are one step:
      // all or nothing.
      const id = await withTransaction(app.db, async (trx) => {
        const start = await startingKinds(trx, kinds);
        const created = await insertMobilisation(trx, fields);
        await audit(trx, request, {
          action: 'mobilisation.created',
          entityType: 'mobilisation',
          entityId: created,
          mobilisationIds: [created],
          details: { kinds: kinds.from, ...(kinds.mobilisationId ? { copyOf: kinds.mobilisationId } : {}) },
        });
        // The template unchanged needs nothing stored (version 0); anything else is the kinds' first version.
        if (start) {
          const user = request.viewer.user;
          const version = await insertKindsVersion(trx, {
            mobilisationId: created,
            expected: 0,
            ...start,
            basis: isTemplate(start.kinds) ? 'template' : 'own',
            revertedFrom: null,
            actor: user ? { id: user.id, name: user.name } : null,
          });
          await audit(trx, request, {
            action: 'kinds.updated',
            entityType: 'mobilisation',
            entityId: created,
            mobilisationIds: [created],
            details: { version, kinds: start.kinds.length, note: start.note },
          });
          await app.learning.schedule(created, { db: trx });
        }
        const mobilisation = { id: created, name: fields.name };
        for (const email of coordinators)
          await invite(app, trx, request, {
            email,
            name: '',
            role: 'coordinator',
            mobilisation,
            organisation: null,
          });
        return created;
      });
      return reply.status(201).send(await getMobilisation(app.db, id));
    },
  );

  app.get(
    '/:mobilisationId',
    {
      config: { access: 'published' },
      schema: {
        tags,
        summary: 'Read a mobilisation',
        params: mobilisationParamsSchema,
        response: { 200: mobilisationSchema, ...errorResponses },
      },
    },
    async (request) => getMobilisation(app.db, request.params.mobilisationId),
  );

  app.get(
    '/:mobilisationId/goals/usage',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'The initiatives and projects that chose each goal',
        params: mobilisationParamsSchema,
        response: { 200: goalUsageSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await goalUsage(app.db, request.params.mobilisationId) }),
  );

  app.patch(
    '/:mobilisationId',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Update a mobilisation: its texts, period, openness and goals (send the version you edited)',
        params: mobilisationParamsSchema,
        body: updateMobilisationSchema,
        response: { 200: mobilisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { version, ...patch } = request.body;
      await withTransaction(app.db, async (trx) => {
        await updateMobilisation(trx, request.params.mobilisationId, version, patch);
        await audit(trx, request, {
          action: 'mobilisation.updated',
          entityType: 'mobilisation',
          entityId: request.params.mobilisationId,
          details: { fields: Object.keys(patch) },
        });
        // Projects and proposals are linked to the goals by matching: new words, new or retired goals re-link.
        if (patch.goals) await app.matching.rematchMobilisation(request.params.mobilisationId, trx);
      });
      return getMobilisation(app.db, request.params.mobilisationId);
    },
  );

  app.get(
    '/:mobilisationId/organisations',
    {
      config: { access: 'published' },
      schema: {
        tags,
        summary: "The mobilisation's organisations, searchable and filterable",
        params: mobilisationParamsSchema,
        querystring: organisationListQuerySchema,
        response: { 200: organisationListSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendJsonText(
        reply,
        await listOrganisationsInMobilisation(app.db, request.params.mobilisationId, request.query),
      ),
  );

  app.post(
    '/:mobilisationId/organisations',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Register an organisation in the mobilisation, with an empty profile',
        params: mobilisationParamsSchema,
        body: createOrganisationSchema,
        response: { 201: joinedOrganisationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const joined = await withTransaction(app.db, async (trx) => {
        const created = await createOrganisationInMobilisation(
          trx,
          request.params.mobilisationId,
          request.body,
        );
        await audit(trx, request, {
          action: 'organisation.registered',
          entityType: 'organisation',
          entityId: created.organisation.id,
          details: { name: created.organisation.name },
        });
        return created;
      });
      return reply.status(201).send(joined);
    },
  );

  await app.register(coordination);
  await app.register(currency);
  await app.register(imports);
  await app.register(mobilisationInitiatives);
  await app.register(supportKinds);
  await app.register(partners);
};

export default mobilisations;
