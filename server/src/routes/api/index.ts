import { type AccessScope, type Db, loadAccessScope } from '@kraftsamling/db';
import { AppError, idSchema } from '@kraftsamling/shared';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { type AccessRule, accessRules, decide } from '../../auth/access';
import { stopIfClientLeft } from '../../plugins/app/errors';
import admin from './admin';
import concepts from './concepts';
import currencyLinks from './currency-links';
import health from './health';
import initiatives from './initiatives';
import invitations from './invitations';
import kindTemplates from './kind-templates';
import me from './me';
import mobilisations from './mobilisations';
import organisations from './organisations';
import passwordResets from './password-resets';
import profiles from './profiles';
import session from './session';
import unsubscribe from './unsubscribe';

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyContextConfig {
    /** Who may call the route; see auth/access.ts. Every /api route must declare it. */
    access?: AccessRule;
  }
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyRequest {
    /** The mobilisations and organisation the URL's resource belongs to, resolved by the access check. */
    scope: AccessScope;
  }
}

const scopeParams = ['profileId', 'initiativeId', 'organisationId', 'mobilisationId'] as const;

/**
 * The one place where access is decided, for every route below /api. It runs before the body is even read,
 * so a refused request costs nothing and writes nothing.
 */
async function authorize(db: Db, request: FastifyRequest) {
  const rule = request.routeOptions.config.access;
  if (!rule) return;
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  const resource: {
    mobilisationId?: string;
    organisationId?: string;
    profileId?: string;
    initiativeId?: string;
  } = {};
  for (const name of scopeParams) {
    const value = params[name];
    if (value === undefined) continue;
    // A malformed id cannot name anything; validation answers it with a 400 after this hook.
    if (!idSchema.safeParse(value).success) return;
    resource[name] = value;
  }
  const scope = await loadAccessScope(db, resource);
  if (!scope) {
    if (rule !== 'public' && !request.viewer.user)
      throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
    throw new AppError('NOT_FOUND', 'No such resource.');
  }
  request.scope = scope;
  const decision = decide(rule, request.viewer, scope);
  if (decision === 'unauthenticated') throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  if (decision === 'forbidden') throw new AppError('FORBIDDEN', 'You do not have access to this.');
}

/** Everything under /api. Each folder is its own encapsulated context, so a hook there covers its routes. */
const api: FastifyPluginAsync = async (app) => {
  app.decorateRequest('scope', null as unknown as AccessScope);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access || !accessRules.includes(access)) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule (config.access)`);
    }
    // The rule is published in the OpenAPI document, where the authorisation matrix test reads it.
    route.schema = { ...route.schema, 'x-access': access } as typeof route.schema;
  });
  app.addHook('onRequest', (request) => authorize(app.db, request));
  // A client that left while its body was read or its access checked gets no work done for it.
  app.addHook('preHandler', async (request) => stopIfClientLeft(request));
  // Answers depend on who asks and many name people (session, contacts, members, audit log, personal data):
  // no browser or shared cache may keep one, e.g. for the next person at a shared computer. All of /api, so
  // that no route can forget; the web app caches what it needs in memory.
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  await app.register(health);
  await app.register(session, { prefix: '/session' });
  await app.register(passwordResets, { prefix: '/password-resets' });
  await app.register(invitations, { prefix: '/invitations' });
  await app.register(me, { prefix: '/me' });
  await app.register(admin, { prefix: '/admin' });
  await app.register(mobilisations, { prefix: '/mobilisations' });
  await app.register(organisations, { prefix: '/organisations' });
  await app.register(profiles, { prefix: '/profiles' });
  await app.register(initiatives, { prefix: '/initiatives' });
  await app.register(concepts);
  await app.register(currencyLinks, { prefix: '/currency-links' });
  await app.register(unsubscribe, { prefix: '/unsubscribe' });
  await app.register(kindTemplates);
};

export default api;
