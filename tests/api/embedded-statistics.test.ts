// The embedded database has no autovacuum: the app gathers its planner's statistics itself (decision 045).
// A database written while the app was not running (an older version, a crash before a pass) has rows and no
// statistics; the app's start analyses it before the first request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, migrateToLatest, openDatabaseTarget, tablesNeverAnalysed } from '@kraftsamling/db';
import { buildApp } from '@kraftsamling/server/app';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.env.TEST_DATABASE !== 'embedded')('statistics of the embedded database', () => {
  it('are gathered when the app starts, for every table that holds rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kraftsamling-statistics-'));
    dirs.push(dir);
    const written = connectDatabase(await openDatabaseTarget({ dataDir: dir }));
    await migrateToLatest(written.db);
    await written.db
      .insertInto('organisations')
      .values(
        Array.from({ length: 500 }, (_, i) => ({
          name: `Förening ${i}`,
          sector: 'civilsamhalle',
          county: 'Gävleborgs län',
        })),
      )
      .execute();
    const before = (await tablesNeverAnalysed(written.db)).map((t) => t.table);
    expect(before).toContain('organisations');
    await written.close();

    const app = await buildApp({ database: await openDatabaseTarget({ dataDir: dir }), webDist: null });
    try {
      // Every table that held rows at the start; what the app's own start writes (its jobs, its secret) waits
      // for the next pass, a minute later.
      const after = (await tablesNeverAnalysed(app.db)).map((t) => t.table);
      expect(after.filter((t) => before.includes(t))).toEqual([]);
      const { rows } = await app.pg.pool.query<{ n: number }>(
        "select reltuples::int as n from pg_class where relname = 'organisations'",
      );
      expect(rows[0]?.n).toBe(500);
    } finally {
      await app.close();
    }
  });
});
