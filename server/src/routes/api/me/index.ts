import {
  erasePerson,
  findUser,
  listAuditByActor,
  listContactEntriesByEmail,
  listInvitationsSentBy,
  listNotificationSettings,
  listNotifications,
  listSessionsOfUser,
  markNotificationRead,
  saveNotificationSettings,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  deleteAccountSchema,
  errorResponseSchema,
  notificationListSchema,
  notificationParamsSchema,
  notificationSettingsSchema,
  personalDataSchema,
  sessionSchema,
  updateNotificationSettingsSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { checkPassword } from '../../../auth/attempt-limits';
import { errorResponses } from '../error-responses';

const me: FastifyPluginAsyncZod = async (app) => {
  const tags = ['session'];

  app.get(
    '/data',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Download everything the platform holds about you (GDPR)',
        response: { 200: personalDataSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const viewer = request.viewer;
      const user = viewer.user ? await findUser(app.db, viewer.user.id) : undefined;
      if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      const [sessions, contactEntries, invitationsSent, auditEvents, settings] = await Promise.all([
        listSessionsOfUser(app.db, user.id),
        listContactEntriesByEmail(app.db, user.email),
        listInvitationsSentBy(app.db, user.id),
        listAuditByActor(app.db, user.id),
        listNotificationSettings(app.db, user.id),
      ]);
      reply.header('content-disposition', 'attachment; filename="kraftsamling-mina-uppgifter.json"');
      return {
        exportedAt: new Date().toISOString(),
        user: { id: user.id, email: user.email, name: user.name, createdAt: user.created_at.toISOString() },
        memberships: viewer.memberships,
        sessions: sessions.map((s) => ({
          createdAt: s.created_at.toISOString(),
          lastSeenAt: s.last_seen_at.toISOString(),
          expiresAt: new Date(s.expires_at).toISOString(),
        })),
        contactEntries,
        invitationsSent: invitationsSent.map((i) => ({
          email: i.email,
          role: i.role,
          createdAt: i.created_at.toISOString(),
        })),
        auditEvents,
        notificationSettings: settings.categories,
      };
    },
  );

  app.delete(
    '/',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Delete your account (confirm with your password): your email and name are erased everywhere, what you did stays under "Raderad användare"',
        body: deleteAccountSchema,
        response: {
          200: sessionSchema,
          ...errorResponses,
          401: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const user = request.viewer.user ? await findUser(app.db, request.viewer.user.id) : undefined;
      if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      const account = { email: user.email, passwordHash: user.password_hash };
      if (!(await checkPassword(app, request, account, request.body.password))) {
        throw new AppError('INVALID_CREDENTIALS', 'Wrong password.');
      }
      await withTransaction(app.db, (trx) =>
        erasePerson(trx, { id: user.id, email: user.email, name: user.name }, 'Raderad användare'),
      );
      await app.sessions.end(request, reply);
      return { user: null, csrfToken: null };
    },
  );

  app.get(
    '/notifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Your notices, newest first (e.g. another organisation is interested in yours)',
        response: { 200: notificationListSchema, ...errorResponses },
      },
    },
    async (request) => listNotifications(app.db, request.viewer.user?.id ?? ''),
  );

  app.post(
    '/notifications/:notificationId/read',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Mark a notice as read',
        params: notificationParamsSchema,
        response: { 200: notificationListSchema, ...errorResponses },
      },
    },
    async (request) => {
      const userId = request.viewer.user?.id ?? '';
      await markNotificationRead(app.db, userId, request.params.notificationId);
      return listNotifications(app.db, userId);
    },
  );

  app.get(
    '/notification-settings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Which notices you get by mail, and how often (at once, daily or weekly digest), per category',
        response: { 200: notificationSettingsSchema, ...errorResponses },
      },
    },
    async (request) => listNotificationSettings(app.db, request.viewer.user?.id ?? ''),
  );

  app.put(
    '/notification-settings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary:
          'Choose mail on or off and how often for the categories given; the others keep their setting',
        body: updateNotificationSettingsSchema,
        response: { 200: notificationSettingsSchema, ...errorResponses },
      },
    },
    async (request) => {
      const user = request.viewer.user;
      if (!user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
      return withTransaction(app.db, async (trx) => {
        await saveNotificationSettings(trx, user.id, request.body.categories);
        await audit(trx, request, {
          action: 'notifications.settings_changed',
          entityType: 'user',
          entityId: user.id,
          details: { categories: request.body.categories },
        });
        return listNotificationSettings(trx, user.id);
      });
    },
  );
};

export default me;
