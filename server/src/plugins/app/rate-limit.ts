import { createHash } from 'node:crypto';
import {
  type AttemptLimit,
  clearAttempts,
  giveBackAttempts,
  pruneAttemptLimits,
  takeAttempts,
  withTransaction,
} from '@kraftsamling/db';
import { AppError } from '@kraftsamling/shared';
import fp from 'fastify-plugin';

export type Limit = AttemptLimit;

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    attempts: {
      /**
       * Takes one attempt under every limit, or none: refuses with RATE_LIMITED when any limit is used up.
       * Call it before the guarded work, so that attempts arriving at once are counted before any is tried.
       */
      take: (limits: Limit[]) => Promise<void>;
      /** Gives back what `take` took, for an attempt that turned out not to count (a right password). */
      giveBack: (limits: Limit[]) => Promise<void>;
      /** Gives the limits their whole allowance back. */
      clear: (limits: Limit[]) => Promise<void>;
    };
  }
}

// Keys name people and addresses; the database only ever sees their hashes.
const hashed = (limit: Limit): Limit => ({
  ...limit,
  key: createHash('sha256').update(limit.key).digest('base64url'),
});

/**
 * Limits on guessable endpoints (sign-in, password reset), kept in PostgreSQL and taken in one atomic step,
 * so that they hold however many requests arrive at once and across all server instances (decision 013).
 */
export default fp(
  async (app) => {
    let lastPrune = 0;
    app.decorate('attempts', {
      take: async (limits) => {
        await withTransaction(app.db, async (trx) => {
          const over = await takeAttempts(trx, limits.map(hashed));
          // Thrown inside the transaction: it rolls back, and the refused attempt takes nothing.
          if (over.length > 0)
            throw new AppError('RATE_LIMITED', 'Too many attempts; wait a while and try again.');
        });
        if (Date.now() - lastPrune > 3600_000) {
          lastPrune = Date.now();
          await pruneAttemptLimits(app.db);
        }
      },
      giveBack: (limits) => giveBackAttempts(app.db, limits.map(hashed)),
      clear: (limits) =>
        clearAttempts(
          app.db,
          limits.map((l) => hashed(l).key),
        ),
    });
  },
  { name: 'attempts', dependencies: ['database'] },
);
