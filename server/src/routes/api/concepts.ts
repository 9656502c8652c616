import { listConcepts } from '@kraftsamling/matching';
import { conceptListSchema } from '@kraftsamling/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const concepts: FastifyPluginAsyncZod = async (app) => {
  const items = listConcepts().map((c) => ({ id: c.id, kind: c.kind, sv: c.short.sv, en: c.short.en }));
  app.get(
    '/concepts',
    {
      config: { access: 'public' },
      schema: {
        tags: ['matching'],
        summary: "The matching vocabulary's support types and target groups, with Swedish and English names",
        response: { 200: conceptListSchema },
      },
    },
    async () => ({ items }),
  );
};

export default concepts;
