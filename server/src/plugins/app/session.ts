import fastifyCookie from '@fastify/cookie';
import {
  type Db,
  deleteSession,
  findLiveSession,
  insertSession,
  listMembershipsOfUser,
  touchSession,
} from '@kraftsamling/db';
import { AppError } from '@kraftsamling/shared';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { anonymous, type Viewer } from '../../auth/access';
import { hashToken, newToken } from '../../auth/tokens';

export const sessionCookie = 'ks_session';
const lifetimeMs = 14 * 24 * 3600 * 1000;
const touchAfterMs = 10 * 60 * 1000;
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyRequest {
    viewer: Viewer;
    session: { tokenHash: string; csrfToken: string } | null;
  }
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyContextConfig {
    /**
     * The route acts on a signed link alone, which is all it trusts (an unsubscribe link, posted by a mail
     * client under RFC 8058): neither the session's CSRF token nor the Origin is asked for.
     */
    signedLink?: boolean;
  }
  // biome-ignore lint/style/useConsistentTypeDefinitions: module augmentation needs an interface
  interface FastifyInstance {
    sessions: {
      /** Signs the user in on this reply: a new session row and its cookie. Returns the CSRF token. */
      start: (reply: FastifyReply, userId: string, db?: Db) => Promise<string>;
      end: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    };
  }
}

/** The host of an Origin header; a malformed one is the client's mistake, answered 400. */
function originHost(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    const message = 'The Origin header is not a valid origin (scheme://host[:port]).';
    throw new AppError('VALIDATION_FAILED', message, {
      fields: [{ path: 'headers.origin', code: 'invalid_format', message }],
    });
  }
}

/**
 * Sessions live in PostgreSQL (every server instance sees them, and they survive restarts); the browser
 * holds an HttpOnly, SameSite cookie with a random token whose hash is the row's key. State-changing requests
 * of a signed-in browser must echo the session's CSRF token in `x-csrf-token`.
 */
export default fp(
  async (app, opts: { secureCookies: boolean }) => {
    await app.register(fastifyCookie);
    app.decorateRequest('viewer', null as unknown as Viewer);
    app.decorateRequest('session', null);

    const cookieOptions = {
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: opts.secureCookies,
      path: '/',
    };

    app.addHook('onRequest', async (request) => {
      request.viewer = anonymous;
      const token = request.cookies[sessionCookie];
      if (token && token.length <= 100) {
        const tokenHash = hashToken(token);
        const session = await findLiveSession(app.db, tokenHash);
        if (session) {
          request.session = { tokenHash, csrfToken: session.csrfToken };
          request.viewer = {
            user: {
              id: session.user.id,
              name: session.user.name,
              email: session.user.email,
              platformAdmin: session.user.platform_admin,
            },
            memberships: await listMembershipsOfUser(app.db, session.user.id),
          };
          if (Date.now() - session.lastSeenAt.getTime() > touchAfterMs) {
            await touchSession(app.db, tokenHash, new Date(Date.now() + lifetimeMs));
          }
        }
      }
      if (safeMethods.has(request.method) || request.routeOptions.config.signedLink) return;
      if (request.session) {
        if (request.headers['x-csrf-token'] !== request.session.csrfToken) {
          throw new AppError(
            'FORBIDDEN',
            'The request lacks the CSRF token of your session; reload the page.',
          );
        }
        return;
      }
      // Without a session there is nothing to forge, except signing a victim in to an attacker's account:
      // refuse cross-site form posts by their Origin.
      const origin = request.headers.origin;
      if (origin && origin !== 'null' && originHost(origin) !== request.host) {
        throw new AppError('FORBIDDEN', 'Cross-site requests are not accepted.');
      }
    });

    app.decorate('sessions', {
      start: async (reply, userId, db) => {
        const token = newToken();
        const csrfToken = newToken();
        await insertSession(db ?? app.db, {
          tokenHash: hashToken(token),
          userId,
          csrfToken,
          expiresAt: new Date(Date.now() + lifetimeMs),
        });
        reply.setCookie(sessionCookie, token, { ...cookieOptions, maxAge: lifetimeMs / 1000 });
        return csrfToken;
      },
      end: async (request, reply) => {
        if (request.session) await deleteSession(app.db, request.session.tokenHash);
        reply.clearCookie(sessionCookie, cookieOptions);
      },
    });
  },
  { name: 'session', dependencies: ['database'] },
);
