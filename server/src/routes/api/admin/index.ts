import { listOutbox } from '@kraftsamling/db';
import { outboxListSchema, paginationQuerySchema } from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../error-responses';

const admin: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/outbox',
    {
      config: { access: 'platform-admin' },
      schema: {
        tags: ['admin'],
        summary: 'Mail the platform has written, newest first (the outbox; sent or not)',
        querystring: paginationQuerySchema,
        response: { 200: outboxListSchema, ...errorResponses },
      },
    },
    async (request) => listOutbox(app.db, request.query),
  );
};

export default admin;
