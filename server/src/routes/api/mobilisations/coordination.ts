import {
  findParticipation,
  getMobilisation,
  insertInvitation,
  latestJob,
  listAudit,
  listInvitations,
  listMembersOfMobilisation,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  auditListSchema,
  auditQuerySchema,
  createInvitationSchema,
  invitationListSchema,
  invitationSchema,
  latestMatchRunSchema,
  memberListSchema,
  mobilisationParamsSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import { hashToken, newToken } from '../../../auth/tokens';
import { invitationMail } from '../../../mail/templates';
import { presentRun } from '../../../matching/present';
import { matchJobs } from '../../../plugins/app/matching';
import { errorResponses } from '../error-responses';

const invitationLifetimeMs = 14 * 24 * 3600 * 1000;

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
      const token = newToken();
      const id = await withTransaction(app.db, async (trx) => {
        const invitationId = await insertInvitation(trx, {
          tokenHash: hashToken(token),
          email,
          name,
          mobilisationId,
          organisationId,
          role,
          invitedBy: request.viewer.user?.id ?? null,
          expiresAt: new Date(Date.now() + invitationLifetimeMs),
        });
        await app.mailer.send(
          invitationMail(
            app.settings.publicUrl,
            {
              email,
              name,
              mobilisationName: mobilisation.name,
              organisationName,
              invitedBy: request.viewer.user?.name ?? 'Kraftsamling',
            },
            token,
          ),
          trx,
        );
        await audit(trx, request, {
          action: 'invitation.sent',
          entityType: 'invitation',
          entityId: invitationId,
          details: { email, role, organisationId },
        });
        return invitationId;
      });
      const invitation = (await listInvitations(app.db, mobilisationId)).find((i) => i.id === id);
      if (!invitation) throw new Error(`invitation ${id} vanished after it was written`);
      return reply.status(201).send(invitation);
    },
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
