import fastifyCompress from '@fastify/compress';
import fp from 'fastify-plugin';

/**
 * Responses are compressed when the client accepts it: the map of a large mobilisation is over a megabyte of
 * JSON, and the web app's files shrink to a third.
 */
export default fp(
  async (app) => {
    await app.register(fastifyCompress, {
      global: true,
      threshold: 1024,
      encodings: ['br', 'gzip', 'deflate'],
    });
  },
  { name: 'compression' },
);
