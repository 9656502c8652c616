import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from '@kraftsamling/db';
import { AppError } from '@kraftsamling/shared';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import collaborationMap from './plugins/app/collaboration-map';
import currency from './plugins/app/currency';
import errors from './plugins/app/errors';
import initiativeNotices from './plugins/app/initiative-notices';
import jobs from './plugins/app/jobs';
import learning from './plugins/app/learning';
import mailer from './plugins/app/mailer';
import matching from './plugins/app/matching';
import noticeMail from './plugins/app/notice-mail';
import passwordResets from './plugins/app/password-resets';
import attempts from './plugins/app/rate-limit';
import readSummaries from './plugins/app/read-summaries';
import searchIndex from './plugins/app/search-index';
import session from './plugins/app/session';
import surveyImports from './plugins/app/survey-imports';
import workers from './plugins/app/workers';
import compression from './plugins/external/compression';
import database from './plugins/external/database';
import openapi from './plugins/external/openapi';
import securityHeaders from './plugins/external/security-headers';
import { createResponseSerializer } from './response-serializer';
import api from './routes/api';
import web from './routes/web';

export type AppSettings = {
  /** Where people reach the app; links in mails point here. */
  publicUrl: string;
  smtpUrl?: string | undefined;
  mailFrom?: string;
  secureCookies?: boolean;
  /** Addresses (or CIDR ranges) of the reverse proxies whose X-Forwarded-* headers are believed; see config.ts. */
  trustProxy?: string[];
};

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    settings: Required<Pick<AppSettings, 'publicUrl'>>;
    /** The time as the app reads it for dated rules (entries lapsing, reminders); a test may set it. */
    clock: () => Date;
  }
}

export type AppOptions = {
  /** An opened database; the app closes it when it closes. */
  database: DatabaseTarget;
  settings?: AppSettings;
  /** Run background jobs in this process (default); tests may drain them by hand instead. */
  jobs?: { autoStart?: boolean; pollMs?: number; concurrency?: number };
  /** How long learning waits after a review decision, gathering the next ones (default 30 s). */
  learning?: { coalesceSeconds?: number };
  logger?: FastifyServerOptions['logger'];
  /** Log every request (on for debug and trace levels; otherwise the log keeps to what matters). */
  logRequests?: boolean;
  /** Directory of the built web app; null serves the API only. */
  webDist?: string | null;
  /**
   * Also check every answer against its zod schema (slower; default: under the tests, NODE_ENV=test), so a
   * route whose data drifts from its schema fails there (decision 018).
   */
  checkResponses?: boolean;
  /** What the time is, for entries lapsing and reminders (decision 031); tests pass a clock they move. */
  clock?: () => Date;
};

export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** 1 MiB is far above the largest valid profile (about 200 kB of text) and keeps abuse cheap. */
const bodyLimit = 1024 * 1024;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const trustedProxies = options.settings?.trustProxy ?? [];
  const app = Fastify({
    // Client addresses count in the attempt limits; only named proxies may say who the client is.
    trustProxy: trustedProxies.length > 0 ? trustedProxies : false,
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    bodyLimit,
    // Errors raised before routing (a malformed or overlong URL) get the same error shape as everything else.
    frameworkErrors: (error, _request, reply) => {
      const body = new AppError(
        'VALIDATION_FAILED',
        `The address is not valid: ${error.message}`,
      ).toResponse();
      // Fastify types this reply for a route schema that does not exist yet at this stage.
      void (reply as unknown as FastifyReply).code(400).send(body);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(
    createResponseSerializer({ checkResponses: options.checkResponses ?? process.env.NODE_ENV === 'test' }),
  );
  // The API speaks JSON only; anything else is answered 415 instead of reaching a handler as a string.
  app.removeContentTypeParser('text/plain');

  const settings = options.settings ?? { publicUrl: 'http://localhost:3000' };
  app.decorate('settings', { publicUrl: settings.publicUrl });
  app.decorate('clock', options.clock ?? (() => new Date()));

  // External plugins: the world the app runs in.
  await app.register(database, { target: options.database });
  await app.register(securityHeaders);
  await app.register(compression);
  await app.register(openapi);
  // App plugins: behaviour shared by all routes.
  await app.register(errors);
  await app.register(session, { secureCookies: settings.secureCookies ?? true });
  await app.register(attempts);
  await app.register(workers);
  await app.register(jobs, options.jobs ?? {});
  await app.register(collaborationMap);
  await app.register(readSummaries);
  await app.register(searchIndex);
  await app.register(matching, { warm: options.jobs?.autoStart !== false });
  await app.register(learning, options.learning ?? {});
  await app.register(mailer, {
    smtpUrl: settings.smtpUrl,
    from: settings.mailFrom ?? 'Kraftsamling <no-reply@kraftsamling.local>',
  });
  await app.register(noticeMail, { schedule: options.jobs?.autoStart !== false });
  await app.register(passwordResets);
  await app.register(initiativeNotices);
  await app.register(currency, { schedule: options.jobs?.autoStart !== false });
  await app.register(surveyImports);
  // Routes.
  await app.register(api, { prefix: '/api' });
  await app.register(web, { webDist: options.webDist === undefined ? defaultWebDist : options.webDist });
  await app.ready();
  return app;
}
