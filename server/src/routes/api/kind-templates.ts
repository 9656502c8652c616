import { kindTemplateListSchema } from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { kindTemplates } from '../../kinds/kinds';

/** The templates a new mobilisation's kinds of support start from (the mental-health one, the general core). */
const kindTemplateRoutes: FastifyPluginAsyncZod = async (app) => {
  const templates = kindTemplates();
  app.get(
    '/kind-templates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['kinds'],
        summary: "The templates a mobilisation's kinds of support can start from",
        response: { 200: kindTemplateListSchema },
      },
    },
    async () => templates,
  );
};

export default kindTemplateRoutes;
