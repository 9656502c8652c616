import { type Db, insertInvitation } from '@kraftsamling/db';
import type { Role } from '@kraftsamling/shared';
import type { FastifyInstance } from 'fastify';
import { type Acting, audit } from '../audit/record';
import { invitationMail } from '../mail/templates';
import { hashToken, newToken } from './tokens';

export const invitationLifetimeMs = 14 * 24 * 3600 * 1000;

/**
 * Invites a person into a mobilisation in the caller's transaction: the invitation, its mail in the outbox and
 * the audit entry are written together or not at all.
 */
export async function invite(
  app: FastifyInstance,
  trx: Db,
  request: Acting,
  invitation: {
    email: string;
    name: string;
    role: Role;
    mobilisation: { id: string; name: string };
    organisation: { id: string; name: string } | null;
  },
): Promise<string> {
  const { email, name, role, mobilisation, organisation } = invitation;
  const token = newToken();
  const invitationId = await insertInvitation(trx, {
    tokenHash: hashToken(token),
    email,
    name,
    mobilisationId: mobilisation.id,
    organisationId: organisation?.id ?? null,
    role,
    invitedBy: request.viewer.user?.id ?? null,
    expiresAt: new Date(Date.now() + invitationLifetimeMs),
  });
  await app.mailer.send(
    {
      ...invitationMail(
        app.settings.publicUrl,
        {
          email,
          name,
          mobilisationName: mobilisation.name,
          organisationName: organisation?.name ?? null,
          invitedBy: request.viewer.user?.name ?? 'Kraftsamling',
        },
        token,
      ),
      mobilisationId: mobilisation.id,
    },
    trx,
  );
  await audit(trx, request, {
    action: 'invitation.sent',
    entityType: 'invitation',
    entityId: invitationId,
    mobilisationIds: [mobilisation.id],
    details: { email, role, organisationId: organisation?.id ?? null },
  });
  return invitationId;
}
