// A database handle of the CLI, tests and benchmarks (`connectDatabase`) outlives a connection the server ends
// while it is idle in the pool: a database dropped `with (force)`, a restart, an administrator's terminate.
import { connectDatabase, openDatabaseTarget } from '@kraftsamling/db';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminUrl, createServerDatabase } from '../support/database';

describe.skipIf(process.env.TEST_DATABASE !== 'postgres')('a database handle', () => {
  let database: { url: string; drop: () => Promise<void> };
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    database = await createServerDatabase();
    process.on('uncaughtException', onUncaught);
  });
  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    await database.drop();
  });

  it('drops an idle connection the server ended and opens another for the next statement', async () => {
    const { db, close } = connectDatabase(await openDatabaseTarget({ databaseUrl: database.url }));
    try {
      const backend = () =>
        db.selectNoFrom((eb) => eb.fn<number>('pg_backend_pid', []).as('pid')).executeTakeFirstOrThrow();
      const { pid } = await backend();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        const ended = await admin.query('select pg_terminate_backend($1) as ended', [pid]);
        expect(ended.rows[0]?.ended).toBe(true);
      } finally {
        await admin.end();
      }
      // The pool hears of the end when the idle client's socket closes.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await backend()).pid).not.toBe(pid);
      expect(uncaught).toEqual([]);
    } finally {
      await close();
    }
  });
});
