import {
  type Db,
  getOutboxMessage,
  insertOutboxMessage,
  markOutboxFailed,
  markOutboxSent,
} from '@kraftsamling/db';
import fp from 'fastify-plugin';
import { createTransport } from 'nodemailer';

/**
 * A mail, the mobilisation it is sent on behalf of (its coordinators read it in their outbox), and headers of its
 * own (a notice mail's List-Unsubscribe).
 */
export type Mail = {
  to: string;
  subject: string;
  text: string;
  mobilisationId?: string | undefined;
  headers?: Record<string, string> | undefined;
};

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    mailer: {
      /** Writes the mail to the outbox (in the caller's transaction when given) and queues its delivery. */
      send: (mail: Mail, db?: Db) => Promise<void>;
      smtp: boolean;
    };
  }
}

/**
 * Every mail goes to the outbox table first, so none is lost and administrators can read them in the app.
 * With SMTP configured a job delivers it; without, it is also printed to the log so every flow (invitations,
 * password reset) works on a fresh machine.
 */
export default fp(
  async (app, opts: { smtpUrl: string | undefined; from: string }) => {
    const transport = opts.smtpUrl ? createTransport(opts.smtpUrl) : null;
    if (transport) {
      app.jobs.handle('send-mail', async (job) => {
        const { outboxId } = job.payload as { outboxId: string };
        const message = await getOutboxMessage(app.db, outboxId);
        if (!message || message.sent_at) return;
        try {
          await transport.sendMail({
            from: opts.from,
            to: message.to_address,
            subject: message.subject,
            text: message.body_text,
            headers: message.headers,
          });
          await markOutboxSent(app.db, outboxId);
        } catch (error) {
          await markOutboxFailed(app.db, outboxId, error instanceof Error ? error.message : String(error));
          throw error;
        }
      });
    }
    app.decorate('mailer', {
      smtp: transport !== null,
      send: async (mail, db) => {
        const outboxId = await insertOutboxMessage(db ?? app.db, mail);
        if (transport) {
          await app.jobs.enqueue({ kind: 'send-mail', payload: { outboxId } }, db);
        } else {
          app.log.info(
            { to: mail.to, subject: mail.subject },
            `mail (no SMTP configured; kept in the outbox):\n${mail.text}`,
          );
        }
      },
    });
  },
  { name: 'mailer', dependencies: ['database', 'jobs'] },
);
