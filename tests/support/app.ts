import { buildApp } from '@kraftsamling/server/app';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createTestDatabase } from './database';

export type TestApp = {
  app: FastifyInstance;
  close: () => Promise<void>;
  /** JSON request through app.inject; the body is sent as JSON unless `payload` is given as a string. */
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
};

/** The real app on a database of its own, without the web build and without demo data. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({ database: database.target, webDist: null });
  return {
    app,
    request: (options) => app.inject(options),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
