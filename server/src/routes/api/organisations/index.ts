import { getOrganisation, updateOrganisation } from '@kraftsamling/db';
import { organisationParamsSchema, organisationSchema, updateOrganisationSchema } from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../error-responses';

const organisations: FastifyPluginAsyncZod = async (app) => {
  const tags = ['organisations'];

  app.get(
    '/:organisationId',
    {
      schema: {
        tags,
        summary: 'Read an organisation',
        params: organisationParamsSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => getOrganisation(app.db, request.params.organisationId),
  );

  app.patch(
    '/:organisationId',
    {
      schema: {
        tags,
        summary: 'Update an organisation (send the version you edited)',
        params: organisationParamsSchema,
        body: updateOrganisationSchema,
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { version, ...patch } = request.body;
      return updateOrganisation(app.db, request.params.organisationId, version, patch);
    },
  );
};

export default organisations;
