import { getProfile, getRevision, listRevisions, saveDraft, submitProfile } from '@kraftsamling/db';
import {
  profileParamsSchema,
  profileSchema,
  revisionListSchema,
  revisionParamsSchema,
  revisionSchema,
  saveDraftSchema,
  submitProfileSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../error-responses';

const profiles: FastifyPluginAsyncZod = async (app) => {
  const tags = ['profiles'];

  app.get(
    '/:profileId',
    {
      schema: {
        tags,
        summary: 'Read a profile: its draft and its latest submitted revision',
        params: profileParamsSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => getProfile(app.db, request.params.profileId),
  );

  app.put(
    '/:profileId/draft',
    {
      schema: {
        tags,
        summary: 'Save the draft (send the version you edited; a stale save gets 409)',
        params: profileParamsSchema,
        body: saveDraftSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => {
      await saveDraft(app.db, request.params.profileId, request.body.version, request.body.content);
      return getProfile(app.db, request.params.profileId);
    },
  );

  app.post(
    '/:profileId/submit',
    {
      schema: {
        tags,
        summary: 'Submit the saved draft as a new revision',
        params: profileParamsSchema,
        body: submitProfileSchema,
        response: { 200: profileSchema, ...errorResponses },
      },
    },
    async (request) => {
      await submitProfile(app.db, request.params.profileId, request.body.version);
      return getProfile(app.db, request.params.profileId);
    },
  );

  app.get(
    '/:profileId/revisions',
    {
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
