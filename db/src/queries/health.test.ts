import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseTarget } from '../connection';
import { connectDatabase, type Db } from '../kysely';
import { migrateToLatest } from '../migrate';
import { analyzeStaleTables, refreshStatistics, refreshStatisticsAfter, tablesNeverAnalysed } from './health';

let db: Db;
let close: () => Promise<void>;
// A cold PGlite takes seconds to open on a busy machine.
beforeAll(async () => {
  ({ db, close } = connectDatabase(await openDatabaseTarget({ dataDir: 'memory://' })));
  await migrateToLatest(db);
}, 120_000);
afterAll(async () => {
  await close();
});

const estimate = async (table: string) =>
  (await sql<{ n: number }>`select reltuples::int as n from pg_class where relname = ${table}`.execute(db))
    .rows[0]?.n;

describe('planner statistics on the embedded database', () => {
  it('are gathered after a bulk change, where no autovacuum would ever gather them', async () => {
    await db
      .insertInto('organisations')
      .values(
        Array.from({ length: 300 }, (_, i) => ({
          name: `Förening ${i}`,
          sector: 'civilsamhalle',
          county: 'Västernorrlands län',
        })),
      )
      .execute();
    expect(await estimate('organisations')).toBeLessThan(1);
    await refreshStatistics(db, ['organisations']);
    expect(await estimate('organisations')).toBe(300);
  });

  it('are refreshed after a write only when it changed enough rows to make them stale', async () => {
    const add = (n: number, from: number) =>
      db
        .insertInto('organisations')
        .values(
          Array.from({ length: n }, (_, i) => ({
            name: `Förening ${from + i}`,
            sector: 'civilsamhalle',
            county: 'Jämtlands län',
          })),
        )
        .execute();
    await refreshStatistics(db, ['organisations']);
    const counted = (await estimate('organisations')) ?? 0;
    await add(20, 1000);
    expect(await refreshStatisticsAfter(db, 'organisations', 20)).toBe(false);
    expect(await estimate('organisations')).toBe(counted);
    await add(100, 2000);
    expect(await refreshStatisticsAfter(db, 'organisations', 100)).toBe(true);
    expect(await estimate('organisations')).toBe(counted + 120);
  });

  it('are gathered for every table that changed enough, as autovacuum would, and no others', async () => {
    await db
      .insertInto('mobilisations')
      .values({ slug: 'statistik', name: 'Statistik', description: '' })
      .execute();
    // The change counters reach pg_stat_user_tables at most once a second.
    await new Promise((r) => setTimeout(r, 1200));
    await sql`select 1`.execute(db);
    const before = (await tablesNeverAnalysed(db)).map((t) => t.table);
    expect(before).toContain('mobilisations');
    const analysed = await analyzeStaleTables(db);
    expect(analysed).toEqual(expect.arrayContaining(before));
    expect(await tablesNeverAnalysed(db)).toEqual([]);
    expect(await estimate('mobilisations')).toBe(1);
    // Nothing changed since: the next pass analyses nothing.
    await new Promise((r) => setTimeout(r, 1200));
    await sql`select 1`.execute(db);
    expect(await analyzeStaleTables(db)).toEqual([]);
  });
});
