import {
  answerInterest,
  findParticipation,
  getOrganisation,
  insertNotifications,
  listContacts,
  listInitiativesOfOrganisation,
  listInterestsOfOrganisation,
  membersOfOrganisation,
  replaceContacts,
  updateOrganisation,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  answerInterestSchema,
  contactListInputSchema,
  contactListSchema,
  type InterestAnsweredPayload,
  idSchema,
  interestListSchema,
  organisationInitiativeListSchema,
  organisationInterestParamsSchema,
  organisationParamsSchema,
  organisationSchema,
  updateOrganisationSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import { errorResponses } from '../error-responses';

const organisations: FastifyPluginAsyncZod = async (app) => {
  const tags = ['organisations'];

  app.get(
    '/:organisationId',
    {
      config: { access: 'published' },
      schema: {
        tags,
        summary: 'Read an organisation',
        params: organisationParamsSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => getOrganisation(app.db, request.params.organisationId),
  );

  app.patch(
    '/:organisationId',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Update an organisation (send the version you edited)',
        params: organisationParamsSchema,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { version, ...patch } = request.body;
      return withTransaction(app.db, async (trx) => {
        const updated = await updateOrganisation(trx, request.params.organisationId, version, patch);
        await audit(trx, request, {
          action: 'organisation.updated',
          entityType: 'organisation',
          entityId: updated.id,
          details: { fields: Object.keys(patch), version: updated.version },
        });
        return updated;
      });
    },
  );

  app.get(
    '/:organisationId/contacts',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: "The organisation's contact persons (participants of its mobilisations only)",
        params: organisationParamsSchema,
        response: { 200: contactListSchema, ...errorResponses },
      },
    },
    async (request) => ({ contacts: await listContacts(app.db, request.params.organisationId) }),
  );

  app.put(
    '/:organisationId/contacts',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: "Replace the organisation's contact persons",
        params: organisationParamsSchema,
        body: contactListInputSchema,
        response: { 200: contactListSchema, ...errorResponses },
      },
    },
    async (request) => {
      await withTransaction(app.db, async (trx) => {
        await replaceContacts(trx, request.params.organisationId, request.body.contacts);
        await audit(trx, request, {
          action: 'organisation.contacts_updated',
          entityType: 'organisation',
          entityId: request.params.organisationId,
          details: { count: request.body.contacts.length },
        });
      });
      return { contacts: await listContacts(app.db, request.params.organisationId) };
    },
  );

  app.get(
    '/:organisationId/interests',
    {
      config: { access: 'member' },
      schema: {
        tags: ['map'],
        summary: 'Interest the organisation has shown and received in a mobilisation',
        params: organisationParamsSchema,
        querystring: z.object({ mobilisationId: idSchema }),
        response: { 200: interestListSchema, ...errorResponses },
      },
    },
    async (request) => {
      if (!request.scope.mobilisations.some((m) => m.id === request.query.mobilisationId)) {
        throw new AppError('NOT_FOUND', 'The organisation does not take part in that mobilisation.');
      }
      return listInterestsOfOrganisation(app.db, request.query.mobilisationId, request.params.organisationId);
    },
  );
  app.get(
    '/:organisationId/initiatives',
    {
      config: { access: 'member' },
      schema: {
        tags: ['initiatives'],
        summary:
          'The listed initiatives the organisation takes part in within a mobilisation, with its own endorsement',
        params: organisationParamsSchema,
        querystring: z.object({ mobilisationId: idSchema }),
        response: { 200: organisationInitiativeListSchema, ...errorResponses },
      },
    },
    async (request) => {
      if (!request.scope.mobilisations.some((m) => m.id === request.query.mobilisationId)) {
        throw new AppError('NOT_FOUND', 'The organisation does not take part in that mobilisation.');
      }
      const { mobilisationId } = request.query;
      return {
        items: await listInitiativesOfOrganisation(app.db, mobilisationId, request.params.organisationId),
      };
    },
  );

  app.post(
    '/:organisationId/interests/:interestId/answer',
    {
      config: { access: 'member' },
      schema: {
        tags: ['map'],
        summary:
          'Answer an interest the organisation received: "intressant – hör av er" or "inte aktuellt", with a ' +
          'short note (a later answer replaces it)',
        params: organisationInterestParamsSchema,
        body: answerInterestSchema,
        response: { 204: z.null().describe('Answered'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { organisationId, interestId } = request.params;
      const user = request.viewer.user;
      await withTransaction(app.db, async (trx) => {
        const answered = await answerInterest(trx, {
          organisationId,
          interestId,
          ...request.body,
          answeredBy: user ? { id: user.id, name: user.name } : null,
        });
        // The organisation may take part in several mobilisations: the answer is for those who act for it in
        // the interest's own.
        const scope = {
          mobilisations: request.scope.mobilisations.filter((m) => m.id === answered.mobilisationId),
          organisationId,
        };
        if (!holds(request.viewer, scope, 'member')) {
          throw new AppError('FORBIDDEN', 'You do not act for this organisation in that mobilisation.');
        }
        await audit(trx, request, {
          action: `interest.answered_${request.body.answer}`,
          entityType: 'interest',
          entityId: interestId,
          details: { from: answered.fromOrganisationId },
          mobilisationIds: [answered.mobilisationId],
        });
        // The sender's members hear of the answer (the sender follows its state on the interests page too).
        const [by, senders] = await Promise.all([
          findParticipation(trx, answered.mobilisationId, organisationId),
          membersOfOrganisation(trx, answered.mobilisationId, answered.fromOrganisationId),
        ]);
        const payload: InterestAnsweredPayload = {
          interestId,
          mobilisationId: answered.mobilisationId,
          byOrganisationId: organisationId,
          byOrganisationName: by?.organisationName ?? '',
          byProfileId: by?.profileId ?? null,
          answer: request.body.answer,
          note: request.body.note,
        };
        await insertNotifications(
          trx,
          senders.map((m) => ({ userId: m.id, kind: 'interest.answered', payload })),
        );
        // The answer says whether the pair fits: the engine learns from it as from a coordinator's decision.
        await app.learning.schedule(answered.mobilisationId, { db: trx, coalesce: true });
      });
      return reply.status(204).send(null);
    },
  );
};

export default organisations;
