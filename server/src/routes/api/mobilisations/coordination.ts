import {
  findParticipation,
  getMobilisation,
  latestJob,
  listAudit,
  listInvitations,
  listMembersOfMobilisation,
  listOutbox,
  renewInvitation,
  revokeInvitation,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  auditListSchema,
  auditQuerySchema,
  createInvitationSchema,
  invitationLinkSchema,
  invitationListSchema,
  invitationParamsSchema,
  invitationSchema,
  latestMatchRunSchema,
  memberListSchema,
  mobilisationParamsSchema,
  outboxListSchema,
  paginationQuerySchema,
} from '@kraftsamling/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import { invitationLifetimeMs, invite } from '../../../auth/invite';
import { hashToken, newToken } from '../../../auth/tokens';
import { invitationMail, invitationUrl } from '../../../mail/templates';
import { presentRun } from '../../../matching/present';
import { matchJobs } from '../../../plugins/app/matching';
import { errorResponses } from '../error-responses';

/** What a mobilisation's secretariat works with: invitations, who takes part, and the audit log. */
const coordination: FastifyPluginAsyncZod = async (app) => {
  const tags = ['coordination'];

  app.get(
    '/:mobilisationId/invitations',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Invitations sent in the mobilisation',
        params: mobilisationParamsSchema,
        response: { 200: invitationListSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await listInvitations(app.db, request.params.mobilisationId) }),
  );

  app.post(
    '/:mobilisationId/invitations',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: "Invite a person by email (an organisation's contact as member, or a coordinator)",
        params: mobilisationParamsSchema,
        body: createInvitationSchema,
        response: { 201: invitationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { mobilisationId } = request.params;
      const { email, name, role, organisationId } = request.body;
      if (role === 'admin' && !holds(request.viewer, request.scope, 'admin')) {
        throw new AppError('FORBIDDEN', 'Only an administrator can invite administrators.');
      }
      const mobilisation = await getMobilisation(app.db, mobilisationId);
      let organisationName: string | null = null;
      if (organisationId) {
        // The organisation must take part in this mobilisation.
        const found = await findParticipation(app.db, mobilisationId, organisationId);
        if (!found) {
          const message = 'The organisation does not take part in this mobilisation.';
          throw new AppError('VALIDATION_FAILED', message, {
            fields: [{ path: 'body.organisationId', code: 'unknown_organisation', message }],
          });
        }
        organisationName = found.organisationName;
      }
      const id = await withTransaction(app.db, (trx) =>
        invite(app, trx, request, {
          email,
          name,
          role,
          mobilisation,
          organisation:
            organisationId && organisationName ? { id: organisationId, name: organisationName } : null,
        }),
      );
      const invitation = (await listInvitations(app.db, mobilisationId)).find((i) => i.id === id);
      if (!invitation) throw new Error(`invitation ${id} vanished after it was written`);
      return reply.status(201).send(invitation);
    },
  );

  /**
   * A fresh link for an open invitation (the one mailed stops working), for a coordinator to hand over by
   * other means, and optionally mailed again. Refused for an invitation accepted or revoked.
   */
  const renew = async (request: FastifyRequest, params: { mobilisationId: string; invitationId: string }) => {
    const { mobilisationId, invitationId } = params;
    const [invitation] = await listInvitations(app.db, mobilisationId, { invitationId });
    if (!invitation) throw new AppError('NOT_FOUND', 'There is no such invitation in this mobilisation.');
    if (invitation.role === 'admin' && !holds(request.viewer, request.scope, 'admin')) {
      throw new AppError('FORBIDDEN', 'Only an administrator can hand over invitations of administrators.');
    }
    const token = newToken();
    const expiresAt = new Date(Date.now() + invitationLifetimeMs);
    const renewed = await renewInvitation(app.db, mobilisationId, invitationId, {
      tokenHash: hashToken(token),
      expiresAt,
    });
    if (!renewed) {
      throw new AppError('VERSION_CONFLICT', `The invitation was ${invitation.status} already.`);
    }
    return { invitation, token, expiresAt };
  };

  app.post(
    '/:mobilisationId/invitations/:invitationId/link',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'A new link for an open invitation, to copy and hand over; the previous link stops working',
        params: invitationParamsSchema,
        response: { 200: invitationLinkSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { invitation, token, expiresAt } = await renew(request, request.params);
      await audit(app.db, request, {
        action: 'invitation.link_copied',
        entityType: 'invitation',
        entityId: invitation.id,
        details: { role: invitation.role },
      });
      return { url: invitationUrl(app.settings.publicUrl, token), expiresAt: expiresAt.toISOString() };
    },
  );

  app.post(
    '/:mobilisationId/invitations/:invitationId/resend',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Mail an open invitation again with a new link and a new lifetime',
        params: invitationParamsSchema,
        response: { 200: invitationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId, invitationId } = request.params;
      const { invitation, token } = await renew(request, request.params);
      const mobilisation = await getMobilisation(app.db, mobilisationId);
      await withTransaction(app.db, async (trx) => {
        await app.mailer.send(
          {
            ...invitationMail(
              app.settings.publicUrl,
              {
                email: invitation.email,
                name: invitation.name,
                mobilisationName: mobilisation.name,
                organisationName: invitation.organisationName,
                invitedBy: request.viewer.user?.name ?? 'Kraftsamling',
              },
              token,
            ),
            mobilisationId,
          },
          trx,
        );
        await audit(trx, request, {
          action: 'invitation.resent',
          entityType: 'invitation',
          entityId: invitationId,
          details: { role: invitation.role },
        });
      });
      const [current] = await listInvitations(app.db, mobilisationId, { invitationId });
      if (!current) throw new Error(`invitation ${invitationId} vanished after it was renewed`);
      return current;
    },
  );

  app.post(
    '/:mobilisationId/invitations/:invitationId/revoke',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Revoke an open invitation: its link stops working',
        params: invitationParamsSchema,
        response: { 200: invitationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { mobilisationId, invitationId } = request.params;
      const [invitation] = await listInvitations(app.db, mobilisationId, { invitationId });
      if (!invitation) throw new AppError('NOT_FOUND', 'There is no such invitation in this mobilisation.');
      if (invitation.role === 'admin' && !holds(request.viewer, request.scope, 'admin')) {
        throw new AppError('FORBIDDEN', 'Only an administrator can revoke invitations of administrators.');
      }
      await withTransaction(app.db, async (trx) => {
        if (!(await revokeInvitation(trx, mobilisationId, invitationId))) {
          throw new AppError('VERSION_CONFLICT', `The invitation was ${invitation.status} already.`);
        }
        await audit(trx, request, {
          action: 'invitation.revoked',
          entityType: 'invitation',
          entityId: invitationId,
          details: { role: invitation.role },
        });
      });
      const [current] = await listInvitations(app.db, mobilisationId, { invitationId });
      if (!current) throw new Error(`invitation ${invitationId} vanished after it was revoked`);
      return current;
    },
  );

  app.get(
    '/:mobilisationId/outbox',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: "Mail sent on the mobilisation's behalf (invitations, interests), newest first",
        params: mobilisationParamsSchema,
        querystring: paginationQuerySchema,
        response: { 200: outboxListSchema, ...errorResponses },
      },
    },
    async (request) => listOutbox(app.db, request.query, request.params.mobilisationId),
  );

  app.get(
    '/:mobilisationId/members',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'People with a role in the mobilisation',
        params: mobilisationParamsSchema,
        response: { 200: memberListSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await listMembersOfMobilisation(app.db, request.params.mobilisationId) }),
  );

  app.get(
    '/:mobilisationId/audit',
    {
      config: { access: 'coordinator' },
      schema: {
        tags,
        summary: 'Who changed what, and when, in the mobilisation (newest first)',
        params: mobilisationParamsSchema,
        querystring: auditQuerySchema,
        response: { 200: auditListSchema, ...errorResponses },
      },
    },
    async (request) => listAudit(app.db, request.params.mobilisationId, request.query),
  );

  app.post(
    '/:mobilisationId/match-runs',
    {
      config: { access: 'coordinator' },
      schema: {
        tags: ['matching'],
        summary: 'Re-match the whole mobilisation in the background; follow it with match-runs/latest',
        params: mobilisationParamsSchema,
        response: { 202: latestMatchRunSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { mobilisationId } = request.params;
      await withTransaction(app.db, async (trx) => {
        const jobId = await app.matching.rematchMobilisation(mobilisationId, trx);
        await audit(trx, request, {
          action: 'matching.run_requested',
          entityType: 'mobilisation',
          entityId: mobilisationId,
          details: { jobId },
        });
      });
      const job = await latestJob(
        app.db,
        matchJobs.mobilisation,
        `${matchJobs.mobilisation}:${mobilisationId}`,
      );
      return reply.status(202).send({ run: job ? presentRun(job) : null });
    },
  );

  app.get(
    '/:mobilisationId/match-runs/latest',
    {
      config: { access: 'coordinator' },
      schema: {
        tags: ['matching'],
        summary: 'The latest whole-mobilisation re-match and its progress',
        params: mobilisationParamsSchema,
        response: { 200: latestMatchRunSchema, ...errorResponses },
      },
    },
    async (request) => {
      const key = `${matchJobs.mobilisation}:${request.params.mobilisationId}`;
      const job = await latestJob(app.db, matchJobs.mobilisation, key);
      return { run: job ? presentRun(job) : null };
    },
  );
};

export default coordination;
