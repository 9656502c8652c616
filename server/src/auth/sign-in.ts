import { listMembershipsOfUser, type UserRecord } from '@kraftsamling/db';
import type { Session } from '@kraftsamling/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { sessionResponse } from './session-response';

/** Starts a session for the user on this reply and answers with it. */
export async function signInAs(
  app: FastifyInstance,
  reply: FastifyReply,
  user: UserRecord,
): Promise<Session> {
  const csrfToken = await app.sessions.start(reply, user.id);
  return sessionResponse(
    {
      user: { id: user.id, name: user.name, email: user.email, platformAdmin: user.platform_admin },
      memberships: await listMembershipsOfUser(app.db, user.id),
    },
    csrfToken,
  );
}
