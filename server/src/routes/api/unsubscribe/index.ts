import {
  findUser,
  listNotificationSettings,
  turnOffNotificationMail,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  notificationCategories,
  type UnsubscribeLink,
  unsubscribeLinkSchema,
  unsubscribeParamsSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { type UnsubscribeToken, verifyUnsubscribeToken } from '../../../mail/unsubscribe';
import { errorResponses } from '../error-responses';

const notValid = () => new AppError('NOT_FOUND', 'This link is not valid.');

/**
 * One-click unsubscribe (decision 036): the link at the end of every notice mail, and the List-Unsubscribe
 * address a mail client posts to (RFC 8058). The signed token is all it trusts — no session, no CSRF token —
 * and all it can do is turn that person's mail off for the token's category (or every category). Reading it
 * changes nothing, so mail scanners that open links unsubscribe nobody.
 */
const unsubscribe: FastifyPluginAsyncZod = async (app) => {
  const tags = ['session'];
  // A mail client posts `List-Unsubscribe=One-Click` as a form (RFC 8058 §3.1). The body says nothing the URL
  // does not, so it is read (a little of it) and set aside; here only, the rest of the API takes JSON alone.
  for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) => {
      done(null, undefined);
    });
  }

  const person = async (token: string): Promise<UnsubscribeToken> => {
    const verified = verifyUnsubscribeToken(await app.noticeMail.unsubscribeSecret(), token);
    if (!verified || !(await findUser(app.db, verified.userId))) throw notValid();
    return verified;
  };
  const state = async (link: UnsubscribeToken): Promise<UnsubscribeLink> => {
    const settings = await listNotificationSettings(app.db, link.userId);
    return {
      scope: link.scope,
      mail: settings.categories.some((c) => c.mail && (link.scope === 'all' || c.category === link.scope)),
    };
  };

  app.get(
    '/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'What an unsubscribe link turns off, and whether that mail is on now (reading changes nothing)',
        params: unsubscribeParamsSchema,
        response: { 200: unsubscribeLinkSchema, ...errorResponses },
      },
    },
    async (request) => state(await person(request.params.token)),
  );

  app.post(
    '/:token',
    {
      config: { access: 'public', signedLink: true },
      schema: {
        tags,
        summary:
          'Turn off the mail the link is for, without signing in (also the one-click List-Unsubscribe-Post of RFC 8058); using it again changes nothing',
        params: unsubscribeParamsSchema,
        response: { 200: unsubscribeLinkSchema, ...errorResponses },
      },
    },
    async (request) => {
      const link = await person(request.params.token);
      const before = await state(link);
      if (before.mail) {
        await withTransaction(app.db, async (trx) => {
          const categories = link.scope === 'all' ? notificationCategories : [link.scope];
          for (const category of categories) await turnOffNotificationMail(trx, link.userId, category);
          const user = await findUser(trx, link.userId);
          await audit(trx, request, {
            action: 'notifications.unsubscribed',
            entityType: 'user',
            entityId: link.userId,
            details: { scope: link.scope, by: 'link' },
            ...(user ? { actor: { id: user.id, name: user.name } } : {}),
          });
        });
      }
      return { scope: link.scope, mail: false };
    },
  );
};

export default unsubscribe;
