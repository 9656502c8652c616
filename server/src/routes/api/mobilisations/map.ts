import {
  findParticipation,
  insertInterest,
  insertNotifications,
  interestRecipients,
  isWorkPending,
  listInterestsToPassOn,
  markInterestPassedOn,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  createdInterestSchema,
  createInterestSchema,
  errorResponseSchema,
  type InterestReceivedPayload,
  interestReachQuerySchema,
  interestReachSchema,
  interestToPassOnListSchema,
  mapDocumentSchema,
  mobilisationInterestParamsSchema,
  mobilisationParamsSchema,
  searchQuerySchema,
  searchResultSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import { interestLimits } from '../../../auth/attempt-limits';
import { interestMail, interestToPassOnMail } from '../../../mail/templates';
import { chooseEncoding, matchesEtag, sentEtag } from '../../../map/document';
import { mapJob } from '../../../plugins/app/collaboration-map';
import { sendEncodedJson } from '../../../response-serializer';
import { search } from '../../../search/search';
import { errorResponses } from '../error-responses';

/** Where participants see the mobilisation as a whole and find partners. */
const partners: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:mobilisationId/map',
    {
      config: { access: 'published' },
      // The document is stored compressed; the compression plugin leaves it alone.
      compress: false,
      schema: {
        tags: ['map'],
        summary:
          'The collaboration map as one document per layout (organisations with stable positions, links as ' +
          'columns, initiatives), with an ETag: 304 when the browser has it. Filters apply in the browser.',
        params: mobilisationParamsSchema,
        response: { 200: mapDocumentSchema, 304: z.null().describe('Not modified'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { mobilisationId } = request.params;
      const encoding = chooseEncoding(request.headers['accept-encoding']);
      // A document replaced between reading its ETag and its body is read again (once: a map does not
      // change twice within milliseconds, and a busy one is answered with 503 and the client asks again).
      for (let attempt = 0; attempt < 2; attempt++) {
        const [stored, pending] = await Promise.all([
          app.collaborationMap.current(mobilisationId),
          isWorkPending(app.db, [`${mapJob}:${mobilisationId}`]),
        ]);
        const etag = sentEtag(stored, pending);
        // Every visit asks again (no-cache) and gets a 304 while nothing changed; never kept by shared
        // caches, since who may see the map is decided per request.
        reply
          .header('cache-control', 'private, no-cache')
          .header('etag', etag)
          .header('vary', 'Accept-Encoding, Cookie');
        if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send(null);
        const body = await app.collaborationMap.body(mobilisationId, stored, encoding, pending);
        if (!body) continue;
        // The stored bytes are this schema's document, encoded once when it was built.
        return sendEncodedJson(reply, body, encoding);
      }
      throw new AppError('SERVICE_UNAVAILABLE', 'The map is being replaced; ask again in a moment.');
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
    async (request) => search(app.db, app.workers, request.params.mobilisationId, request.query),
  );

  app.get(
    '/:mobilisationId/interests/reach',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['map'],
        summary:
          'Who an interest to this organisation would reach, before it is sent: its members, its contact ' +
          'persons who agreed to be contacted, or only the coordinators',
        params: mobilisationParamsSchema,
        querystring: interestReachQuerySchema,
        response: { 200: interestReachSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId } = request.params;
      const { toOrganisationId } = request.query;
      if (!(await findParticipation(app.db, mobilisationId, toOrganisationId))) {
        throw new AppError('NOT_FOUND', 'The organisation does not take part in this mobilisation.');
      }
      const { delivery } = await interestRecipients(app.db, mobilisationId, toOrganisationId);
      return { delivery };
    },
  );

  app.get(
    '/:mobilisationId/interests/to-pass-on',
    {
      config: { access: 'coordinator' },
      schema: {
        tags: ['map'],
        summary:
          'Interests that reached nobody at the receiving organisation, for the coordinators to pass on',
        params: mobilisationParamsSchema,
        response: { 200: interestToPassOnListSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await listInterestsToPassOn(app.db, request.params.mobilisationId) }),
  );

  app.post(
    '/:mobilisationId/interests/:interestId/passed-on',
    {
      config: { access: 'coordinator' },
      schema: {
        tags: ['map'],
        summary: 'A coordinator has passed the interest on to the organisation',
        params: mobilisationInterestParamsSchema,
        response: { 204: z.null().describe('Recorded'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { mobilisationId, interestId } = request.params;
      await withTransaction(app.db, async (trx) => {
        const user = request.viewer.user;
        await markInterestPassedOn(
          trx,
          mobilisationId,
          interestId,
          user ? { id: user.id, name: user.name } : null,
        );
        await audit(trx, request, {
          action: 'interest.passed_on',
          entityType: 'interest',
          entityId: interestId,
        });
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:mobilisationId/interests',
    {
      config: { access: 'participant' },
      schema: {
        tags: ['map'],
        summary:
          '"Vi är intresserade": tell another organisation — its members by notice and mail, else its ' +
          'contact persons who agreed to it by mail, else the coordinators, who pass it on',
        params: mobilisationParamsSchema,
        body: createInterestSchema,
        response: {
          201: createdInterestSchema,
          ...errorResponses,
          429: errorResponseSchema,
        },
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
      // Taken before anything is written or mailed, in one atomic step (decision 013); a repeat of an
      // interest already shown is refused below and gives its attempt back.
      const limits = interestLimits(user?.id ?? '');
      await app.attempts.take(limits);
      const send = withTransaction(app.db, async (trx) => {
        // Everyone who acts for the other organisation hears of it; without members, its contact persons who
        // agreed to be contacted do; without either, the coordinators, who pass it on.
        const { delivery, members, recipients } = await interestRecipients(
          trx,
          mobilisationId,
          body.toOrganisationId,
        );
        const created = await insertInterest(trx, {
          mobilisationId,
          ...body,
          createdBy: user ? { id: user.id, name: user.name } : null,
          delivery,
        });
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
        // The mail names organisations and carries the sender's own message, never the sender's name or
        // address: a contact person without an account learns only what the sender chose to write.
        const toName = to?.organisationName ?? '';
        const passOn = delivery === 'coordinators';
        const link = passOn
          ? `${app.settings.publicUrl}/m/${mobilisationId}/interests`
          : to?.profileId
            ? `${app.settings.publicUrl}/profiles/${to.profileId}`
            : app.settings.publicUrl;
        const mailTo = (email: string) => {
          const facts = {
            to: email,
            fromName: from.organisationName,
            toName,
            message: body.message,
            mutual: created.mutual,
            profileId: to?.profileId ?? null,
          };
          return {
            ...(passOn
              ? interestToPassOnMail(app.settings.publicUrl, { ...facts, mobilisationId })
              : interestMail(app.settings.publicUrl, facts)),
            mobilisationId,
          };
        };
        for (const recipient of recipients) {
          // A contact person has no account, and so no settings: they agreed to be contacted, and are, with a
          // link that withdraws that agreement.
          if (!recipient.userId) {
            await app.noticeMail.sendToContact(
              trx,
              { organisationId: body.toOrganisationId, organisationName: toName, email: recipient.email },
              mailTo(recipient.email),
            );
            continue;
          }
          await app.noticeMail.send(trx, {
            userId: recipient.userId,
            category: 'interests',
            mobilisationId,
            line: passOn
              ? {
                  sv: `${from.organisationName} är intresserade av ${toName}, som ingen i Kraftsamling kan nå: för det vidare.`,
                  en: `${from.organisationName} is interested in ${toName}, whom nobody in Kraftsamling can reach: please pass it on.`,
                  url: link,
                }
              : {
                  sv: `${from.organisationName} har sagt "vi är intresserade" till ${toName}.`,
                  en: `${from.organisationName} said "we are interested" to ${toName}.`,
                  url: link,
                },
            compose: () => mailTo(recipient.email),
          });
        }
        await audit(trx, request, {
          action: 'interest.sent',
          entityType: 'organisation',
          entityId: body.toOrganisationId,
          details: { from: body.fromOrganisationId, mutual: created.mutual, delivery },
        });
        await app.collaborationMap.refresh(mobilisationId, trx);
        return { ...created, delivery };
      });
      const outcome = await send.catch(async (error: unknown) => {
        if (error instanceof AppError && error.code === 'ALREADY_EXISTS') await app.attempts.giveBack(limits);
        throw error;
      });
      return reply.status(201).send(outcome);
    },
  );
};

export default partners;
