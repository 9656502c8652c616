import {
  consumePasswordReset,
  deleteSessionsOfUser,
  findUser,
  findUserByEmail,
  setUserPassword,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  acceptedSchema,
  errorResponseSchema,
  passwordResetCompleteSchema,
  passwordResetRequestSchema,
  sessionSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { passwordResetLimits } from '../../../auth/attempt-limits';
import { hashPassword } from '../../../auth/passwords';
import { signInAs } from '../../../auth/sign-in';
import { hashToken } from '../../../auth/tokens';
import { errorResponses } from '../error-responses';

const passwordResets: FastifyPluginAsyncZod = async (app) => {
  const tags = ['session'];

  app.post(
    '/',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Mail a password reset link (answers the same whether or not the account exists)',
        body: passwordResetRequestSchema,
        response: { 202: acceptedSchema, ...errorResponses, 429: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const { email } = request.body;
      await app.attempts.take(passwordResetLimits(request, email));
      const user = await findUserByEmail(app.db, email);
      await app.passwordResets.queue(user?.id ?? null);
      return reply.status(202).send({ accepted: true });
    },
  );

  app.post(
    '/complete',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Set a new password with a reset link; signs out every other session',
        body: passwordResetCompleteSchema,
        response: { 200: sessionSchema, ...errorResponses, 410: errorResponseSchema },
      },
    },
    async (request, reply) => {
      const passwordHash = await hashPassword(request.body.password);
      const userId = await withTransaction(app.db, async (trx) => {
        const owner = await consumePasswordReset(trx, hashToken(request.body.token));
        if (owner === undefined) throw new AppError('NOT_FOUND', 'This reset link is not valid.');
        if (owner === 'expired')
          throw new AppError('LINK_EXPIRED', 'This reset link has expired or was used already.');
        await setUserPassword(trx, owner, passwordHash);
        await deleteSessionsOfUser(trx, owner);
        return owner;
      });
      const user = await findUser(app.db, userId);
      if (!user) throw new AppError('NOT_FOUND', 'The account no longer exists.');
      return signInAs(app, reply, user);
    },
  );
};

export default passwordResets;
