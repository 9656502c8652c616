import {
  getOrganisation,
  listContacts,
  listInterestsOfOrganisation,
  replaceContacts,
  updateOrganisation,
  withTransaction,
} from '@kraftsamling/db';
import {
  AppError,
  contactListInputSchema,
  contactListSchema,
  idSchema,
  interestListSchema,
  organisationParamsSchema,
  organisationSchema,
  updateOrganisationSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../../audit/record';
import { errorResponses } from '../error-responses';

const organisations: FastifyPluginAsyncZod = async (app) => {
  const tags = ['organisations'];

  app.get(
    '/:organisationId',
    {
      config: { access: 'published' },
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
      config: { access: 'member' },
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
      return withTransaction(app.db, async (trx) => {
        const updated = await updateOrganisation(trx, request.params.organisationId, version, patch);
        await audit(trx, request, {
          action: 'organisation.updated',
          entityType: 'organisation',
          entityId: updated.id,
          details: { fields: Object.keys(patch), version: updated.version },
        });
        return updated;
      });
    },
  );

  app.get(
    '/:organisationId/contacts',
    {
      config: { access: 'participant' },
      schema: {
        tags,
        summary: "The organisation's contact persons (participants of its mobilisations only)",
        params: organisationParamsSchema,
        response: { 200: contactListSchema, ...errorResponses },
      },
    },
    async (request) => ({ contacts: await listContacts(app.db, request.params.organisationId) }),
  );

  app.put(
    '/:organisationId/contacts',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: "Replace the organisation's contact persons",
        params: organisationParamsSchema,
        body: contactListInputSchema,
        response: { 200: contactListSchema, ...errorResponses },
      },
    },
    async (request) => {
      await withTransaction(app.db, async (trx) => {
        await replaceContacts(trx, request.params.organisationId, request.body.contacts);
        await audit(trx, request, {
          action: 'organisation.contacts_updated',
          entityType: 'organisation',
          entityId: request.params.organisationId,
          details: { count: request.body.contacts.length },
        });
      });
      return { contacts: await listContacts(app.db, request.params.organisationId) };
    },
  );

  app.get(
    '/:organisationId/interests',
    {
      config: { access: 'member' },
      schema: {
        tags: ['map'],
        summary: 'Interest the organisation has shown and received in a mobilisation',
        params: organisationParamsSchema,
        querystring: z.object({ mobilisationId: idSchema }),
        response: { 200: interestListSchema, ...errorResponses },
      },
    },
    async (request) => {
      if (!request.scope.mobilisations.some((m) => m.id === request.query.mobilisationId)) {
        throw new AppError('NOT_FOUND', 'The organisation does not take part in that mobilisation.');
      }
      return listInterestsOfOrganisation(app.db, request.query.mobilisationId, request.params.organisationId);
    },
  );
};

export default organisations;
