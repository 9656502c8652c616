import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, testDatabaseKind } from '../support/database';
import { call, type ServerProcess, startServer, waitForExit } from '../support/process';

// The embedded database allows one process at a time; several instances are a PostgreSQL setup.
describe.runIf(testDatabaseKind === 'postgres')('two instances started together on an empty database', () => {
  let database: { url: string; drop: () => Promise<void> };
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    database = await createServerDatabase();
  });
  afterAll(async () => {
    for (const server of servers) {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
    await database.drop();
  });

  it('both start; the schema and the demo mobilisation are created once', async () => {
    const env = { DATABASE_URL: database.url, SEED_DEMO: 'true' };
    const started = await Promise.allSettled([startServer(env, 180_000), startServer(env, 180_000)]);
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    expect(
      started.map((r) => (r.status === 'rejected' ? String(r.reason).slice(0, 2000) : 'started')),
    ).toEqual(['started', 'started']);
    for (const server of servers) {
      const list = await call<{ items: { slug: string; organisationCount: number }[] }>(
        server.url,
        'GET',
        '/api/mobilisations',
      );
      expect(list.items).toEqual([
        expect.objectContaining({ slug: 'kraftsamling-psykisk-halsa', organisationCount: 60 }),
      ]);
    }
  }, 240_000);
});
