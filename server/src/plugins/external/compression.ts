import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fp from 'fastify-plugin';

/**
 * Responses are compressed when the client accepts it: the map of a large mobilisation is over a megabyte of
 * JSON, and the web app's files shrink to a third.
 *
 * Tuned for the read routes' pages (issue 12; measured on a page of 25 initiatives, 97 kB of JSON): gzip level
 * 3 and Brotli quality 3 take 0.26 and 0.37 ms of CPU where the defaults (6 and 4) take 0.70 and 0.64 ms, for
 * 8 % and 3.5 % more bytes (13.1 kB instead of 12.1 kB gzipped). An answer of up to 256 kB is compressed in one
 * synchronous call (under 1 ms at these levels) instead of through a stream and the thread pool, whose
 * machinery cost more than the compression itself on 2 cores (the plugin's own ceiling there is 8 kB). The
 * map's document is stored compressed (decision 021) and not compressed again, and the initiative list's pages
 * are kept compressed with these settings (decision 064).
 */
export const compression = {
  /** Smaller answers are sent as they are. */
  threshold: 1024,
  zlibOptions: { level: 3 },
  brotliOptions: {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: 3,
    },
  },
};

export default fp(
  async (app) => {
    await app.register(fastifyCompress, {
      global: true,
      threshold: compression.threshold,
      syncThreshold: 256 * 1024,
      encodings: ['br', 'gzip', 'deflate'],
      zlibOptions: compression.zlibOptions,
      brotliOptions: compression.brotliOptions,
    });
  },
  { name: 'compression' },
);
