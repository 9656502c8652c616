import {
  findParticipation,
  insertInterest,
  insertNotifications,
  isWorkPending,
  listContacts,
  membersOfOrganisation,
  readMap,
  searchMobilisation,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  collaborationMapSchema,
  createInterestSchema,
  filterMap,
  type InterestReceivedPayload,
  mapFilterSchema,
  mobilisationParamsSchema,
  searchQuerySchema,
  searchResultSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import { interestMail } from '../../../mail/templates';
import { mapJob } from '../../../plugins/app/collaboration-map';
import { errorResponses } from '../error-responses';

/** Where participants see the mobilisation as a whole and find partners. */
const partners: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:mobilisationId/map',
    {
      config: { access: 'published' },
      schema: {
        tags: ['map'],
        summary:
          'The collaboration map: organisations with stable positions, links and initiatives, filtered',
        params: mobilisationParamsSchema,
        querystring: mapFilterSchema,
        response: { 200: collaborationMapSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      const [map, pending] = await Promise.all([
        readMap(app.db, mobilisationId),
        isWorkPending(app.db, [`${mapJob}:${mobilisationId}`]),
      ]);
      return { ...filterMap(map, request.query), pending };
    },
  );

  app.get(
    '/:mobilisationId/search',
    {
      config: { access: 'published' },
      schema: {
        tags: ['map'],
        summary: 'Search needs, offers, projects and goals (Swedish and English), ranked, matches marked',
        params: mobilisationParamsSchema,
        querystring: searchQuerySchema,
        response: { 200: searchResultSchema, ...errorResponses },
      },
    },
    async (request) => searchMobilisation(app.db, request.params.mobilisationId, request.query),
  );

  app.post(
    '/:mobilisationId/interests',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['map'],
        summary: '"Vi är intresserade": tell another organisation, which is notified by mail and in the app',
        params: mobilisationParamsSchema,
        body: createInterestSchema,
        response: { 201: z.object({ id: z.string(), mutual: z.boolean() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { mobilisationId } = request.params;
      const body = request.body;
      // The sender speaks for its own organisation only.
      const fromScope = {
        mobilisations: request.scope.mobilisations,
        organisationId: body.fromOrganisationId,
      };
      if (!holds(request.viewer, fromScope, 'member')) {
        throw new AppError('FORBIDDEN', 'You can show interest on behalf of your own organisation only.');
      }
      const user = request.viewer.user;
      const [from, to] = await Promise.all([
        findParticipation(app.db, mobilisationId, body.fromOrganisationId),
        findParticipation(app.db, mobilisationId, body.toOrganisationId),
      ]);
      if (!from) {
        const message = 'Not an organisation of this mobilisation';
        throw new AppError('VALIDATION_FAILED', message, {
          fields: [{ path: 'body.fromOrganisationId', code: 'unknown_organisation', message }],
        });
      }
      const outcome = await withTransaction(app.db, async (trx) => {
        const created = await insertInterest(trx, {
          mobilisationId,
          ...body,
          createdBy: user ? { id: user.id, name: user.name } : null,
        });
        // Everyone who acts for the other organisation hears of it; without members, its contact persons do.
        const members = await membersOfOrganisation(trx, mobilisationId, body.toOrganisationId);
        const recipients =
          members.length > 0
            ? members.map((m) => m.email)
            : (await listContacts(trx, body.toOrganisationId)).map((c) => c.email);
        const payload: InterestReceivedPayload = {
          interestId: created.id,
          mobilisationId,
          fromOrganisationId: body.fromOrganisationId,
          fromOrganisationName: from.organisationName,
          fromProfileId: from.profileId,
          toProfileId: to?.profileId ?? null,
          message: body.message,
          mutual: created.mutual,
        };
        await insertNotifications(
          trx,
          members.map((m) => ({ userId: m.id, kind: 'interest.received', payload })),
        );
        for (const email of new Set(recipients)) {
          await app.mailer.send(
            interestMail(app.settings.publicUrl, {
              to: email,
              fromName: from.organisationName,
              toName: to?.organisationName ?? '',
              message: body.message,
              mutual: created.mutual,
              profileId: to?.profileId ?? null,
            }),
            trx,
          );
        }
        await audit(trx, request, {
          action: 'interest.sent',
          entityType: 'organisation',
          entityId: body.toOrganisationId,
          details: { from: body.fromOrganisationId, mutual: created.mutual },
        });
        await app.collaborationMap.refresh(mobilisationId, trx);
        return created;
      });
      return reply.status(201).send(outcome);
    },
  );
};

export default partners;
