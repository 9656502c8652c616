import { randomUUID } from 'node:crypto';
import { addMembership, insertSession, insertUser, openDatabaseTarget } from '@kraftsamling/db';
import { buildApp } from '@kraftsamling/server/app';
import { hashPassword } from '@kraftsamling/server/auth/passwords';
import { hashToken, newToken } from '@kraftsamling/server/auth/tokens';
import type { Role } from '@kraftsamling/shared';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestDatabase, type TestDatabase } from './database';

/** A signed-in browser: its session cookie and CSRF token. `null` is a visitor who is not signed in. */
export type Actor = { userId: string; email: string; cookie: string; csrf: string } | null;

export type Grant = { mobilisationId: string; role: Role; organisationId?: string | null };

export type TestApp = {
  app: FastifyInstance;
  /** Connection string of the app's database on the PostgreSQL server (a second instance can open it); null when embedded. */
  databaseUrl: string | null;
  /** The app's database; a second instance can share it (`sameDatabaseAs`) when it is on the server. */
  database: TestDatabase;
  /** A platform administrator, used by default so that tests about other things pass every access check. */
  admin: Actor;
  /** Request through app.inject as `actor` (default: the administrator). */
  request: (options: InjectOptions, actor?: Actor) => Promise<LightMyRequestResponse>;
  /** A person with the given roles and a live session. Their password is `testPassword`. */
  createActor: (
    grants: Grant[],
    options?: { platformAdmin?: boolean; email?: string; reuseUser?: string },
  ) => Promise<NonNullable<Actor>>;
  close: () => Promise<void>;
};

export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

export type TestAppOptions = {
  publicUrl?: string;
  trustProxy?: string[];
  /** Background jobs: by default none run until the test calls `app.jobs.drain()`. */
  jobs?: { autoStart?: boolean; pollMs?: number; concurrency?: number };
  /** A second instance on another test app's PostgreSQL database (closing it leaves the database). */
  sameDatabaseAs?: TestApp;
  /** Learning after review decisions waits this long (default 0 in tests: it runs at the next drain). */
  learning?: { coalesceSeconds?: number };
  /** The app's clock (entries lapsing, reminders); default the real time. */
  clock?: () => Date;
};

/** The real app on a database of its own, without the web build and without demo data. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.sameDatabaseAs?.database.url;
  if (options.sameDatabaseAs && !shared) throw new Error('only a PostgreSQL server database can be shared');
  const database: TestDatabase = shared
    ? { target: await openDatabaseTarget({ databaseUrl: shared }), url: shared, drop: async () => {} }
    : await createTestDatabase();
  const app = await buildApp({
    database: database.target,
    webDist: null,
    settings: {
      publicUrl: options.publicUrl ?? 'http://localhost:3000',
      secureCookies: true,
      trustProxy: options.trustProxy ?? [],
    },
    jobs: options.jobs ?? { autoStart: false },
    learning: options.learning ?? { coalesceSeconds: 0 },
    ...(options.clock ? { clock: options.clock } : {}),
  });

  const createActor: TestApp['createActor'] = async (grants, opts = {}) => {
    passwordHash ??= hashPassword(testPassword);
    const email = opts.email ?? `person-${randomUUID()}@example.se`;
    const user = opts.reuseUser
      ? { id: opts.reuseUser }
      : await insertUser(app.db, {
          email,
          name: `Testperson ${email.slice(0, 14)}`,
          passwordHash: await passwordHash,
          platformAdmin: opts.platformAdmin ?? false,
        });
    for (const grant of grants) {
      await addMembership(app.db, {
        userId: user.id,
        mobilisationId: grant.mobilisationId,
        role: grant.role,
        organisationId: grant.organisationId ?? null,
      });
    }
    const token = newToken();
    const csrf = newToken();
    await insertSession(app.db, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken: csrf,
      expiresAt: new Date(Date.now() + 3600_000),
    });
    return { userId: user.id, email, cookie: `ks_session=${token}`, csrf };
  };

  const admin = await createActor([], { platformAdmin: true });
  return {
    app,
    databaseUrl: database.url,
    database,
    admin,
    createActor,
    request: (opts, actor = admin) =>
      app.inject(
        actor
          ? {
              ...opts,
              headers: { cookie: actor.cookie, 'x-csrf-token': actor.csrf, ...(opts.headers ?? {}) },
            }
          : opts,
      ),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
