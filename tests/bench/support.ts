// What the benches that run the product on the PostgreSQL server share: their flags and statistics, kept
// databases built once per data set, a mobilisation of synthetic organisations, a signed-in administrator, the
// real server as a process, and waiting for its background jobs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  connectDatabase,
  createImportedOrganisations,
  type Db,
  getProfileDrafts,
  insertMobilisation,
  insertSession,
  insertUser,
  migrateToLatest,
  openDatabaseTarget,
  saveDrafts,
  submitProfiles,
  withTransaction,
} from '@kraftsamling/db';
import { hashToken, newToken } from '@kraftsamling/server/auth/tokens';
import { contentOf } from '@kraftsamling/server/imports';
import type { ProfileFile } from '@kraftsamling/server/imports/profile-file';
import pg from 'pg';
import { adminUrl } from '../support/database';
import { type ServerProcess, startServer, waitForExit } from '../support/process';
import { synthesise } from './match';

const args = process.argv.slice(2);
/** The value after `--name` on the command line. */
export const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
export const flag = (name: string) => args.includes(`--${name}`);

export const logger = (bench: string) => (text: string) => process.stderr.write(`bench:${bench}: ${text}\n`);
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
export const median = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? Number.NaN;
export const percentile = (values: number[], p: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? Number.NaN;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const urlOf = (database: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

export async function withDatabase<T>(database: string, work: (db: Db) => Promise<T>): Promise<T> {
  const { db, close } = connectDatabase(await openDatabaseTarget({ databaseUrl: urlOf(database) }));
  try {
    return await work(db);
  } finally {
    await close();
  }
}

/**
 * `VACUUM ANALYZE`: what autovacuum does on a PostgreSQL server soon after a bulk load. A fresh copy of a kept
 * database has neither (autovacuum is off on the shared test server): its tables hold the dead row versions of
 * their import and matching, about three per live one in `profiles`, and no visibility map, so every read
 * scans them — the state of a server right after a bulk load with autovacuum off, not a running one's.
 */
export async function vacuumAnalyze(database: string) {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}

/** Statistics, as a server that has run a while has them. */
export async function analyze(database: string) {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

/** A fresh copy of a kept database, to measure on without changing it. */
export async function copyDatabase(template: string, copy: string) {
  await withAdmin(async (c) => {
    await c.query(`drop database if exists ${copy} with (force)`);
    await c.query(`create database ${copy} template ${template}`);
  });
}

export const dropDatabase = (database: string) =>
  withAdmin((c) => c.query(`drop database if exists ${database} with (force)`));

type Kept = {
  /** `ks_bench_<bench>`: the name's prefix. */
  prefix: string;
  size: number;
  version: string;
  /** A database per schema too (a checkout with other migrations gets its own); else the copies are migrated. */
  perSchema: boolean;
  /** Fills the empty database; it is analysed afterwards. */
  build: (database: string) => Promise<void>;
  log: (text: string) => void;
};

/** The name of a kept data set: its prefix, size and version, and a fingerprint of the data (and schema). */
export function keptName({ prefix, size, version, perSchema }: Omit<Kept, 'build' | 'log'>): string {
  const data = synthesise(Math.min(size, 50));
  const schema = readdirSync(fileURLToPath(new URL('../../db/src/migrations', import.meta.url))).sort();
  const fingerprint = createHash('sha1')
    .update(JSON.stringify(perSchema ? [data, schema] : data))
    .digest('hex');
  return `${prefix}_${size}_${version}_${fingerprint.slice(0, 8)}`;
}

const databaseExists = (name: string) =>
  withAdmin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount);

/**
 * Whether another process is building `building` right now (it has connections): several agents share the
 * machine's PostgreSQL, and dropping a build under way would fail theirs.
 */
const buildUnderWay = (building: string) =>
  withAdmin(
    async (c) =>
      ((await c.query('select 1 from pg_stat_activity where datname = $1', [building])).rowCount ?? 0) > 0,
  );

/**
 * A database kept for later runs, named for its data set: built once under a temporary name and renamed when
 * complete, so that an interrupted build is never taken for a finished one. When another process is building
 * it, waits for that build (up to an hour) instead of starting over. Returns its name.
 */
export async function keptDatabase({ prefix, size, version, perSchema, build, log }: Kept): Promise<string> {
  const name = keptName({ prefix, size, version, perSchema });
  const building = `${name}_building`;
  const waitUntil = performance.now() + 3600_000;
  let said = false;
  while (!(await databaseExists(name)) && (await buildUnderWay(building))) {
    if (performance.now() > waitUntil) throw new Error(`${building} has been under way for over an hour`);
    if (!said) log(`${size} organisations: another process is building ${name}; waiting for it`);
    said = true;
    await sleep(5000);
  }
  if (await databaseExists(name)) return name;
  await withAdmin(async (c) => {
    await c.query(`drop database if exists ${building} with (force)`);
    await c.query(`create database ${building}`);
  });
  const started = performance.now();
  await build(building);
  await analyze(building);
  await withAdmin((c) => c.query(`alter database ${building} rename to ${name}`));
  log(`${size} organisations: ${name} built in ${Math.round((performance.now() - started) / 1000)} s`);
  return name;
}

/** Where kept embedded databases (PGlite data directories) live; `BENCH_DATA_DIR` moves it. */
export const keptDirectoryRoot = process.env.BENCH_DATA_DIR ?? join(tmpdir(), 'kraftsamling-bench');

/**
 * An embedded database (a DATA_DIR) kept for later runs, as `keptDatabase` keeps one on the server: built under
 * a temporary name and renamed when complete. `build` gets the empty directory. Returns its path.
 */
export async function keptDirectory({ prefix, size, version, perSchema, build, log }: Kept): Promise<string> {
  const dir = join(keptDirectoryRoot, keptName({ prefix, size, version, perSchema }));
  if (existsSync(dir)) return dir;
  const building = `${dir}_building_${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const started = performance.now();
  try {
    await build(building);
    renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  log(`${size} organisations: ${dir} built in ${Math.round((performance.now() - started) / 1000)} s`);
  return dir;
}

export const mobilisationName = 'Kraftsamling i stor skala';
export const benchAdminEmail = 'bench-admin@example.se';

/** Organisations written together: a few statements per chunk, as the survey import writes its rows. */
const organisationsPerChunk = 1000;

/**
 * The schema, a mobilisation of the organisations in `file` (a parsed profile file), each with its profile
 * submitted, and a platform administrator to act as; returns the mobilisation's id. Written set-based through
 * the db package's import functions (the survey import's path: create, save drafts, submit, a chunk at a time),
 * not organisation by organisation as `importProfiles` does — that took 22 minutes at 10,000 on a busy machine.
 */
export async function seedMobilisation(
  db: Db,
  file: ProfileFile,
  { slug, adminEmail = benchAdminEmail }: { slug: string; adminEmail?: string },
): Promise<string> {
  await migrateToLatest(db);
  const goals = file.goals ?? [];
  const mobilisationId = await insertMobilisation(db, {
    slug,
    name: mobilisationName,
    description: '',
    periodStart: null,
    periodEnd: null,
    goals,
  });
  for (let at = 0; at < file.organisations.length; at += organisationsPerChunk) {
    const chunk = file.organisations.slice(at, at + organisationsPerChunk);
    await withTransaction(db, async (trx) => {
      const created = await createImportedOrganisations(
        trx,
        mobilisationId,
        chunk.map((org) => org.organisation),
      );
      const profileIds = created.map((c) => c.profileId);
      const drafts = await getProfileDrafts(trx, profileIds);
      const versions = await saveDrafts(
        trx,
        chunk.map((org, index) => {
          const profileId = profileIds[index] as string;
          return {
            profileId,
            expectedVersion: drafts.get(profileId)?.version ?? 0,
            content: contentOf(mobilisationId, org),
          };
        }),
      );
      await submitProfiles(
        trx,
        profileIds.map((profileId, index) => ({ profileId, expectedVersion: versions[index] as number })),
      );
    });
  }
  await insertUser(db, { email: adminEmail, name: 'Bench Admin', passwordHash: null, platformAdmin: true });
  return mobilisationId;
}

export async function mobilisationIdOf(db: Db, slug: string) {
  return (
    await db.selectFrom('mobilisations').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()
  ).id;
}

export type Actor = { cookie: string; csrf: string };

/** A signed-in administrator: the session is written straight into the database, before the server starts. */
export async function signedInAdmin(db: Db, email = benchAdminEmail, validMs = 6 * 3600_000): Promise<Actor> {
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  const token = newToken();
  const csrf = newToken();
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken: csrf,
    expiresAt: new Date(Date.now() + validMs),
  });
  return { cookie: `ks_session=${token}`, csrf };
}

/** JSON from the product's API as `actor`; throws with the body on a non-2xx answer. */
export async function api<T>(
  base: string,
  actor: Actor,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: actor.cookie,
      'x-csrf-token': actor.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Runs `work` with the real server as a process on `database`, and stops the server afterwards. `nodeArgs` go to
 * Node itself (`--cpu-prof`).
 */
export function withServer<T>(
  database: string,
  work: (server: ServerProcess) => Promise<T>,
  timeoutMs?: number,
  nodeArgs: string[] = [],
  env: Record<string, string> = {},
): Promise<T> {
  return withServerProcess({ ...env, DATABASE_URL: urlOf(database) }, work, timeoutMs, nodeArgs);
}

async function withServerProcess<T>(
  database: Record<string, string | undefined>,
  work: (server: ServerProcess) => Promise<T>,
  timeoutMs: number | undefined,
  nodeArgs: string[],
): Promise<T> {
  const server = await startServer(
    { LOG_LEVEL: 'warn', ...database, SEED_DEMO: 'false' },
    timeoutMs,
    nodeArgs,
  );
  try {
    return await work(server);
  } finally {
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
  }
}

/** `withDatabase` on an embedded database (a DATA_DIR); no server may hold it at the same time. */
export async function withEmbeddedDatabase<T>(dataDir: string, work: (db: Db) => Promise<T>): Promise<T> {
  const { db, close } = connectDatabase(await openDatabaseTarget({ dataDir }));
  try {
    return await work(db);
  } finally {
    await close();
  }
}

/** `withServer` on an embedded database: the server process opens the DATA_DIR itself, as `pnpm start` does. */
export function withEmbeddedServer<T>(
  dataDir: string,
  work: (server: ServerProcess) => Promise<T>,
  timeoutMs?: number,
  nodeArgs: string[] = [],
): Promise<T> {
  // An unset DATABASE_URL (spawn leaves out undefined values) is what selects the embedded database.
  return withServerProcess({ DATABASE_URL: undefined, DATA_DIR: dataDir }, work, timeoutMs, nodeArgs);
}

type Idle = {
  /** A LIKE pattern: wait only for jobs of these kinds. */
  kinds?: string;
  /** Bounded: on a busy machine a large map layout can take minutes; the caller may go on beside it. */
  limitMs?: number;
  pollMs?: number;
};

/**
 * Waits until no job that is due waits or runs (matching, then the map layout); whether it got there, and how
 * long it took. Jobs queued for later (the daily currency sweep) do not count: they would never let it end.
 */
export async function idle(db: Db, { kinds = '%', limitMs = 180_000, pollMs = 200 }: Idle = {}) {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    const busy = await db
      .selectFrom('jobs')
      .select('id')
      .where('status', 'in', ['queued', 'running'])
      .where('kind', 'like', kinds)
      .where('run_after', '<=', new Date())
      .limit(1)
      .execute();
    if (busy.length === 0) return { done: true, ms: performance.now() - started };
    await sleep(pollMs);
  }
  return { done: false, ms: performance.now() - started };
}

/** A whole re-match through the API, as a coordinator starts one, waited for with the map layout after it. */
export async function rematch(db: Db, base: string, actor: Actor, mobilisationId: string, wait?: Idle) {
  await api(base, actor, 'POST', `/api/mobilisations/${mobilisationId}/match-runs`);
  return idle(db, wait);
}
