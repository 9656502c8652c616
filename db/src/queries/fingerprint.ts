import { sql } from 'kysely';
import type { Db } from '../kysely';
import type { Database } from '../schema';

const tables: (keyof Database)[] = [
  'mobilisations',
  'mobilisation_goals',
  'organisations',
  'profiles',
  'profile_revisions',
  'projects',
  'profile_items',
];

/**
 * A digest of every table's full contents. Two equal fingerprints mean nothing was written in between;
 * tests use it to prove that refused requests change nothing.
 */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const entries: [string, string][] = [];
  for (const table of tables) {
    const { rows } = await sql<{ digest: string | null; n: number }>`
      select md5(string_agg(t::text, '|' order by t::text)) as digest, count(*)::int as n
      from ${sql.table(table)} t`.execute(db);
    entries.push([table, `${rows[0]?.n ?? 0}:${rows[0]?.digest ?? ''}`]);
  }
  return Object.fromEntries(entries);
}
