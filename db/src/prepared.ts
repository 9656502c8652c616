import { createHash } from 'node:crypto';
import type { CompiledQuery, QueryResult, RawBuilder } from 'kysely';
import type { Db } from './kysely';

/**
 * Statements a read page sends on every request, prepared once per connection (a named statement of
 * PostgreSQL's extended protocol) instead of parsed, analysed and planned anew each time: on later requests the
 * connection sends only Bind and Execute, and after five runs PostgreSQL may keep one generic plan for it. The
 * review page's statement took longer to plan (about 1.2 ms) than to run.
 *
 * Opt in per statement (`executePrepared`), never for all: each prepared text stays on every connection of the
 * pool (and in this process) for the connection's life, so only statements whose text comes from the code's
 * finite shapes belong here, not texts built from data (an `in` list as long as its input). The registry is
 * bounded for the same reason: past `limit` texts, a statement runs unprepared.
 */
const names = new Map<string, string>();
const limit = 500;

/** The prepared statement's name for `text`, if it is one (see executePrepared). */
export function preparedName(text: string): string | undefined {
  return names.get(text);
}

/** A name per text: pg refuses one name for two texts on a connection. */
export function statementName(text: string): string {
  return `ks_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

function register(text: string) {
  if (names.has(text) || names.size >= limit) return;
  names.set(text, statementName(text));
}

type Compilable<R> = { compile: () => CompiledQuery<R> } | RawBuilder<R>;

/**
 * Runs `query` as a prepared statement (see above), on `db` (the pool or a transaction), with the same
 * result as `execute()`. Works on the embedded database too: PGlite speaks the same protocol.
 */
export async function executePrepared<R>(db: Db, query: Compilable<R>): Promise<QueryResult<R>> {
  const compiled = 'isRawBuilder' in query ? query.compile(db) : query.compile();
  register(compiled.sql);
  return db.executeQuery(compiled);
}
