import { countAuthAttempts, pruneAuthAttempts, recordAuthAttempt } from '@kraftsamling/db';
import { AppError } from '@kraftsamling/shared';
import fp from 'fastify-plugin';

export type Limit = { key: string; max: number; windowSeconds: number };

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    attempts: {
      /** Refuses with RATE_LIMITED when any key is over its limit, before any work is done. */
      check: (limits: Limit[]) => Promise<void>;
      record: (limits: Limit[]) => Promise<void>;
    };
  }
}

/**
 * Limits on guessable endpoints (sign-in, password reset), counted in PostgreSQL so that the limit holds
 * across all server instances rather than per process.
 */
export default fp(
  async (app) => {
    let lastPrune = 0;
    app.decorate('attempts', {
      check: async (limits) => {
        for (const limit of limits) {
          if ((await countAuthAttempts(app.db, limit.key, limit.windowSeconds)) >= limit.max) {
            throw new AppError('RATE_LIMITED', 'Too many attempts; wait a while and try again.');
          }
        }
      },
      record: async (limits) => {
        await recordAuthAttempt(
          app.db,
          limits.map((l) => l.key),
        );
        if (Date.now() - lastPrune > 3600_000) {
          lastPrune = Date.now();
          await pruneAuthAttempts(app.db, 24 * 3600);
        }
      },
    });
  },
  { name: 'attempts', dependencies: ['database'] },
);
