import {
  addMembership,
  findInvitationByTokenHash,
  findUserByEmail,
  insertUser,
  listContacts,
  markInvitationAccepted,
  markInvitationOpened,
  replaceContacts,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  acceptInvitationSchema,
  errorResponseSchema,
  invitationPreviewSchema,
  invitationTokenParamsSchema,
  newPasswordSchema,
  sessionSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { checkPassword } from '../../../auth/attempt-limits';
import { hashPassword } from '../../../auth/passwords';
import { signInAs } from '../../../auth/sign-in';
import { hashToken } from '../../../auth/tokens';
import { errorResponses } from '../error-responses';

const invitations: FastifyPluginAsyncZod = async (app) => {
  const tags = ['invitations'];

  const findPending = async (token: string) => {
    const invitation = await findInvitationByTokenHash(app.db, hashToken(token));
    if (!invitation) throw new AppError('NOT_FOUND', 'This invitation link is not valid.');
    return invitation;
  };

  app.get(
    '/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What an invitation link offers, before accepting it',
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewSchema, ...errorResponses },
      },
    },
    async (request) => {
      const invitation = await findPending(request.params.token);
      if (invitation.status === 'pending') await markInvitationOpened(app.db, invitation.id);
      return {
        email: invitation.email,
        name: invitation.name,
        role: invitation.role,
        mobilisationName: invitation.mobilisation_name,
        organisationName: invitation.organisation_name,
        invitedBy: invitation.invited_by_name,
        status: invitation.status,
        existingAccount: (await findUserByEmail(app.db, invitation.email)) !== undefined,
      };
    },
  );

  app.post(
    '/:token/accept',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Accept an invitation: create the account (or confirm an existing one) and join',
        params: invitationTokenParamsSchema,
        body: acceptInvitationSchema,
        response: {
          200: sessionSchema,
          ...errorResponses,
          401: errorResponseSchema,
          410: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const invitation = await findPending(request.params.token);
      if (invitation.status !== 'pending' && invitation.status !== 'opened') {
        throw new AppError('LINK_EXPIRED', 'This invitation has expired, was revoked or was used already.');
      }
      const existing = await findUserByEmail(app.db, invitation.email);
      if (existing) {
        const account = { email: existing.email, passwordHash: existing.password_hash };
        if (!(await checkPassword(app, request, account, request.body.password))) {
          throw new AppError('INVALID_CREDENTIALS', 'Wrong password for the existing account.');
        }
      } else if (!newPasswordSchema.safeParse(request.body.password).success) {
        const message = 'Choose a password of at least 10 characters.';
        throw new AppError('VALIDATION_FAILED', message, {
          fields: [{ path: 'body.password', code: 'too_small', message }],
        });
      }
      const passwordHash = existing ? null : await hashPassword(request.body.password);
      const user = await withTransaction(app.db, async (trx) => {
        const member =
          existing ??
          (await insertUser(trx, { email: invitation.email, name: request.body.name, passwordHash }));
        if (!(await markInvitationAccepted(trx, invitation.id, member.id))) {
          throw new AppError('LINK_EXPIRED', 'This invitation was used already.');
        }
        await addMembership(trx, {
          userId: member.id,
          mobilisationId: invitation.mobilisation_id,
          role: invitation.role,
          organisationId: invitation.organisation_id,
        });
        // The person who joins for an organisation becomes one of its contact persons (shown to others) only
        // when they chose to.
        if (invitation.organisation_id && request.body.shareAsContact) {
          const contacts = await listContacts(trx, invitation.organisation_id);
          if (!contacts.some((c) => c.email === member.email) && contacts.length < 10) {
            await replaceContacts(trx, invitation.organisation_id, [
              ...contacts,
              { name: member.name, email: member.email, phone: null, title: null, mayContact: true },
            ]);
          }
        }
        await audit(trx, request, {
          action: 'invitation.accepted',
          entityType: 'membership',
          entityId: member.id,
          details: { role: invitation.role, organisationId: invitation.organisation_id },
          mobilisationIds: [invitation.mobilisation_id],
          actor: { id: member.id, name: member.name },
        });
        return member;
      });
      return signInAs(app, reply, user);
    },
  );
};

export default invitations;
