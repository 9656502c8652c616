import { pingDatabase } from '@kraftsamling/db';
import { healthSchema } from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const apiVersion = '0.1.0';

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Service and database status',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const latencyMs = await pingDatabase(app.db);
      const up = latencyMs !== null;
      return reply.status(up ? 200 : 503).send({
        status: up ? 'ok' : 'degraded',
        database: { status: up ? 'up' : 'down', kind: app.databaseKind, latencyMs },
        version: apiVersion,
      });
    },
  );
};

export default health;
