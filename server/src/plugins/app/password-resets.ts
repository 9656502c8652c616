import { enqueueJob, findUser, insertPasswordReset, withTransaction } from '@kraftsamling/db';
import fp from 'fastify-plugin';
import { hashToken, newToken } from '../../auth/tokens';
import { passwordResetMail } from '../../mail/templates';

export const passwordResetJob = 'password-reset';
const lifetimeMs = 60 * 60 * 1000;

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    passwordResets: {
      /**
       * Queues the reset link for the account with this id, or for no account (null). Both cost the request
       * the same one insert, so its answer time does not tell whether an email has an account.
       */
      queue: (userId: string | null) => Promise<void>;
    };
  }
}

/**
 * A reset link is made and mailed in a job, never on the request: the token, the reset row and the mail
 * are work only an existing account gets, and doing it on the request made that visible in response times.
 * The job carries the account id, not the email, so the queue keeps no address someone typed.
 */
export default fp(
  async (app) => {
    app.jobs.handle(passwordResetJob, async (job) => {
      const { userId } = job.payload as { userId: string | null };
      const user = userId ? await findUser(app.db, userId) : undefined;
      if (!user) return;
      const token = newToken();
      await withTransaction(app.db, async (trx) => {
        await insertPasswordReset(trx, {
          tokenHash: hashToken(token),
          userId: user.id,
          expiresAt: new Date(Date.now() + lifetimeMs),
        });
        await app.mailer.send(passwordResetMail(app.settings.publicUrl, user, token), trx);
      });
    });

    app.decorate('passwordResets', {
      // Queued without waking any job loop (no NOTIFY): a job started at once would run right behind the
      // answer (on the embedded database, on the same thread), and the next request would feel whether it
      // had a mail to write. The loop's next poll (within a second) takes it, unrelated to any request.
      queue: async (userId) => {
        await enqueueJob(app.db, { kind: passwordResetJob, payload: { userId }, notify: false });
      },
    });
  },
  { name: 'password-resets', dependencies: ['database', 'jobs', 'mailer'] },
);
