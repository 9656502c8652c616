import { findUserByEmail } from '@kraftsamling/db';
import { AppError, errorResponseSchema, sessionSchema, signInSchema } from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkPassword } from '../../../auth/attempt-limits';
import { sessionResponse } from '../../../auth/session-response';
import { signInAs } from '../../../auth/sign-in';
import { errorResponses } from '../error-responses';

const session: FastifyPluginAsyncZod = async (app) => {
  const tags = ['session'];

  app.get(
    '/',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Who is signed in, with the CSRF token for changes',
        response: { 200: sessionSchema },
      },
    },
    async (request) => sessionResponse(request.viewer, request.session?.csrfToken ?? null),
  );

  app.post(
    '/',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Sign in with email and password',
        body: signInSchema,
        response: {
          200: sessionSchema,
          ...errorResponses,
          401: errorResponseSchema,
          429: errorResponseSchema,
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await findUserByEmail(app.db, email);
      const passwordHash = user?.password_hash;
      if (!(await checkPassword(app, request, { email, passwordHash }, password)) || !user) {
        throw new AppError('INVALID_CREDENTIALS', 'Wrong email or password.');
      }
      return signInAs(app, reply, user);
    },
  );

  app.delete(
    '/',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Sign out (ends the session on the server)',
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      await app.sessions.end(request, reply);
      return { user: null, csrfToken: null };
    },
  );
};

export default session;
