import {
  findUser,
  getOrganisation,
  listContacts,
  listNotificationSettings,
  stopContacting,
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
import {
  contactEmailKey,
  type UnsubscribeToken,
  verifyContactUnsubscribeToken,
  verifyUnsubscribeToken,
} from '../../../mail/unsubscribe';
import { errorResponses } from '../error-responses';

const notValid = () => new AppError('NOT_FOUND', 'This link is not valid.');

/**
 * One-click unsubscribe (decision 036): the link at the end of every notice mail, and the List-Unsubscribe
 * address a mail client posts to (RFC 8058). The signed token is all it trusts — no session, no CSRF token —
 * and all it can do is turn that person's mail off for the token's category (or every category), or, for a
 * contact person without an account, withdraw their agreement to be contacted for the organisation. Reading it
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

  /** A contact person's link: the organisation, and its contact persons at the address the link names. */
  type ContactLink = { organisationId: string; organisationName: string; emails: string[]; mail: boolean };
  const resolve = async (token: string): Promise<{ person: UnsubscribeToken } | { contact: ContactLink }> => {
    const secret = await app.noticeMail.unsubscribeSecret();
    const verified = verifyUnsubscribeToken(secret, token);
    if (verified) {
      if (!(await findUser(app.db, verified.userId))) throw notValid();
      return { person: verified };
    }
    const contact = verifyContactUnsubscribeToken(secret, token);
    if (!contact) throw notValid();
    const named = (await listContacts(app.db, contact.organisationId)).filter(
      (c) => contactEmailKey(c.email) === contact.emailKey,
    );
    // Removed from the organisation since: nothing is left to stop.
    if (named.length === 0) throw notValid();
    const organisation = await getOrganisation(app.db, contact.organisationId);
    return {
      contact: {
        organisationId: contact.organisationId,
        organisationName: organisation.name,
        emails: named.map((c) => c.email),
        mail: named.some((c) => c.mayContact),
      },
    };
  };
  const state = async (link: UnsubscribeToken): Promise<UnsubscribeLink> => {
    const settings = await listNotificationSettings(app.db, link.userId);
    return {
      scope: link.scope,
      mail: settings.categories.some((c) => c.mail && (link.scope === 'all' || c.category === link.scope)),
    };
  };
  const contactState = (link: ContactLink): UnsubscribeLink => ({
    scope: 'contact',
    mail: link.mail,
    organisationName: link.organisationName,
  });

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
    async (request) => {
      const link = await resolve(request.params.token);
      return 'person' in link ? state(link.person) : contactState(link.contact);
    },
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
      const resolved = await resolve(request.params.token);
      if ('contact' in resolved) {
        const contact = resolved.contact;
        if (contact.mail) {
          await withTransaction(app.db, async (trx) => {
            await stopContacting(trx, contact.organisationId, contact.emails);
            await audit(trx, request, {
              action: 'organisation.contact_unsubscribed',
              entityType: 'organisation',
              entityId: contact.organisationId,
              details: { by: 'link' },
            });
          });
        }
        return { ...contactState(contact), mail: false };
      }
      const link = resolved.person;
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
