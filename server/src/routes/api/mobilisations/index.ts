import {
  createOrganisationInMobilisation,
  getMobilisation,
  insertMobilisation,
  listMobilisations,
  listOrganisationsInMobilisation,
  updateMobilisation,
} from '@kraftsamling/db';
import {
  createMobilisationSchema,
  createOrganisationSchema,
  joinedOrganisationSchema,
  mobilisationListSchema,
  mobilisationParamsSchema,
  mobilisationSchema,
  organisationListQuerySchema,
  organisationListSchema,
  updateMobilisationSchema,
} from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../error-responses';

const mobilisations: FastifyPluginAsyncZod = async (app) => {
  const tags = ['mobilisations'];

  app.get(
    '/',
    { schema: { tags, summary: 'List mobilisations', response: { 200: mobilisationListSchema } } },
    async () => ({ items: await listMobilisations(app.db) }),
  );

  app.post(
    '/',
    {
      schema: {
        tags,
        summary: 'Create a mobilisation with its overall goals',
        body: createMobilisationSchema,
        response: { 201: mobilisationSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const id = await insertMobilisation(app.db, request.body);
      return reply.status(201).send(await getMobilisation(app.db, id));
    },
  );

  app.get(
    '/:mobilisationId',
    {
      schema: {
        tags,
        summary: 'Read a mobilisation',
        params: mobilisationParamsSchema,
        response: { 200: mobilisationSchema, ...errorResponses },
      },
    },
    async (request) => getMobilisation(app.db, request.params.mobilisationId),
  );

  app.patch(
    '/:mobilisationId',
    {
      schema: {
        tags,
        summary: 'Update a mobilisation (send the version you edited)',
        params: mobilisationParamsSchema,
        body: updateMobilisationSchema,
        response: { 200: mobilisationSchema, ...errorResponses },
      },
    },
    async (request) => {
      const { version, ...patch } = request.body;
      await updateMobilisation(app.db, request.params.mobilisationId, version, patch);
      return getMobilisation(app.db, request.params.mobilisationId);
    },
  );

  app.get(
    '/:mobilisationId/organisations',
    {
      schema: {
        tags,
        summary: "The mobilisation's organisations, searchable and filterable",
        params: mobilisationParamsSchema,
        querystring: organisationListQuerySchema,
        response: { 200: organisationListSchema, ...errorResponses },
      },
    },
    async (request) => {
      await getMobilisation(app.db, request.params.mobilisationId);
      return listOrganisationsInMobilisation(app.db, request.params.mobilisationId, request.query);
    },
  );

  app.post(
    '/:mobilisationId/organisations',
    {
      schema: {
        tags,
        summary: 'Register an organisation in the mobilisation, with an empty profile',
        params: mobilisationParamsSchema,
        body: createOrganisationSchema,
        response: { 201: joinedOrganisationSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createOrganisationInMobilisation(app.db, request.params.mobilisationId, request.body)),
  );
};

export default mobilisations;
