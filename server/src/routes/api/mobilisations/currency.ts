import { findParticipation, getCurrencyOverview, withTransaction } from '@kraftsamling/db';
import {
  AppError,
  currencyOverviewSchema,
  currencyRoundSchema,
  mobilisationParamsSchema,
  sendCurrencyRemindersSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { errorResponses } from '../error-responses';

/** Whether the mobilisation's entries are current, per organisation, and the coordinators' reminder rounds. */
const currency: FastifyPluginAsyncZod = async (app) => {
  const tags = ['currency'];

  app.get(
    '/:mobilisationId/currency',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'How many entries of each organisation are current, due soon and lapsed',
        params: mobilisationParamsSchema,
        response: { 200: currencyOverviewSchema, ...errorResponses },
      },
    },
    async (request) => getCurrencyOverview(app.db, request.params.mobilisationId, app.clock()),
  );

  app.post(
    '/:mobilisationId/currency/reminders',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary:
          'Ask the members of one organisation (or of all) whether their entries are still current; ' +
          'people mailed a reminder within the week are passed over',
        params: mobilisationParamsSchema,
        body: sendCurrencyRemindersSchema,
        response: { 202: currencyRoundSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { mobilisationId } = request.params;
      const { organisationId } = request.body;
      const round = await withTransaction(app.db, async (trx) => {
        if (organisationId) {
          if (!(await findParticipation(trx, mobilisationId, organisationId))) {
            throw new AppError(
              'VALIDATION_FAILED',
              'The organisation does not take part in this mobilisation.',
              {
                fields: [
                  {
                    path: 'body.organisationId',
                    code: 'unknown_organisation',
                    message: 'Not an organisation of this mobilisation',
                  },
                ],
              },
            );
          }
        }
        const sent = await app.currency.remindRound(mobilisationId, organisationId, trx);
        await audit(trx, request, {
          action: 'currency.reminders_sent',
          entityType: 'mobilisation',
          entityId: mobilisationId,
          details: { organisationId, ...sent },
        });
        return sent;
      });
      return reply.status(202).send(round);
    },
  );
};

export default currency;
