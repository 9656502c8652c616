import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from '@kraftsamling/db';
import { AppError } from '@kraftsamling/shared';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import errors from './plugins/app/errors';
import database from './plugins/external/database';
import openapi from './plugins/external/openapi';
import api from './routes/api';
import web from './routes/web';

export type AppOptions = {
  /** An opened database; the app closes it when it closes. */
  database: DatabaseTarget;
  logger?: FastifyServerOptions['logger'];
  /** Directory of the built web app; null serves the API only. */
  webDist?: string | null;
};

export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** 1 MiB is far above the largest valid profile (about 200 kB of text) and keeps abuse cheap. */
const bodyLimit = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // Errors raised before routing (a malformed or overlong URL) get the same error shape as everything else.
    frameworkErrors: (error, _request, reply) => {
      const body = new AppError('VALIDATION_FAILED', `The address is not valid: ${error.message}`).toResponse();
      // Fastify types this reply for a route schema that does not exist yet at this stage.
      void (reply as unknown as FastifyReply).code(400).send(body);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else is answered 415 instead of reaching a handler as a string.
  app.removeContentTypeParser('text/plain');

  // External plugins: the world the app runs in.
  await app.register(database, { target: options.database });
  await app.register(openapi);
  // App plugins: behaviour shared by all routes.
  await app.register(errors);
  // Routes.
  await app.register(api, { prefix: '/api' });
  await app.register(web, { webDist: options.webDist === undefined ? defaultWebDist : options.webDist });
  await app.ready();
  return app;
}
