import {
  getProfile,
  getRevision,
  listRevisions,
  saveDraft,
  submitProfile,
  withTransaction,
} from '@kraftsamling/db';
import {
  type Profile,
  profileParamsSchema,
  profileSchema,
  revisionListSchema,
  revisionParamsSchema,
  revisionSchema,
  saveDraftSchema,
  submitProfileSchema,
} from '@kraftsamling/shared';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../../audit/record';
import { holds } from '../../../auth/access';
import { errorResponses } from '../error-responses';

/** Drafts are the organisation's own until submitted: only its members and coordinators see them. */
function profileFor(request: FastifyRequest, profile: Profile): Profile {
  return holds(request.viewer, request.scope, 'member') ? profile : { ...profile, draft: null };
}

const profiles: FastifyPluginAsyncZod = async (app) => {
  const tags = ['profiles'];

  app.get(
    '/:profileId',
    {
      config: { access: 'published' },
      schema: {
        tags,
        summary: 'Read a profile: its draft and its latest submitted revision',
        params: profileParamsSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => profileFor(request, await getProfile(app.db, request.params.profileId)),
  );

  app.put(
    '/:profileId/draft',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Save the draft (send the version you edited; a stale save gets 409)',
        params: profileParamsSchema,
        body: saveDraftSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { profileId } = request.params;
      await withTransaction(app.db, async (trx) => {
        const version = await saveDraft(trx, profileId, request.body.version, request.body.content);
        if (version !== request.body.version) {
          await audit(trx, request, {
            action: 'profile.draft_saved',
            entityType: 'profile',
            entityId: profileId,
            details: { version },
          });
        }
      });
      return getProfile(app.db, profileId);
    },
  );

  app.post(
    '/:profileId/submit',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'Submit the saved draft as a new revision',
        params: profileParamsSchema,
        body: submitProfileSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { profileId } = request.params;
      await withTransaction(app.db, async (trx) => {
        const revision = await submitProfile(trx, profileId, request.body.version);
        if (revision !== null) {
          await audit(trx, request, {
            action: 'profile.submitted',
            entityType: 'profile',
            entityId: profileId,
            details: { revision },
          });
        }
      });
      return getProfile(app.db, profileId);
    },
  );

  app.get(
    '/:profileId/revisions',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'List submitted revisions, newest first',
        params: profileParamsSchema,
        response: { 200: revisionListSchema, ...errorResponses },
      },
    },
    async (request) => ({ items: await listRevisions(app.db, request.params.profileId) }),
  );

  app.get(
    '/:profileId/revisions/:number',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: 'Read one submitted revision',
        params: revisionParamsSchema,
        response: { 200: revisionSchema, ...errorResponses },
      },
    },
    async (request) => getRevision(app.db, request.params.profileId, request.params.number),
  );
};

export default profiles;
