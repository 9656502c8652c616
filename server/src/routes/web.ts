import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { AppError } from '@kraftsamling/shared';
import type { FastifyPluginAsync } from 'fastify';

/**
 * Serves the built web app and answers unknown paths: JSON 404 under /api, the app's index.html elsewhere
 * (client-side routes such as /m/…/organisations are the web app's to resolve).
 */
const web: FastifyPluginAsync<{ webDist: string | null }> = async (app, opts) => {
  const dist = opts.webDist && existsSync(join(opts.webDist, 'index.html')) ? opts.webDist : null;
  if (dist) {
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: ['index.html'] });
  } else if (opts.webDist) {
    app.log.warn({ webDist: opts.webDist }, 'web app not built; run `pnpm build` to serve it');
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (dist && (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply
      .status(404)
      .send(new AppError('NOT_FOUND', `No route ${request.method} ${path}.`).toResponse());
  });
};

export default web;
