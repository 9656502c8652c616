// `pnpm bench:api`: the read routes through the product, on the PostgreSQL server at 127.0.0.1:5432 (or
// TEST_POSTGRES_URL). For synthetic mobilisations of 60, 2,000 and 10,000 organisations (bench:match's texts,
// imported as profiles, matched through the API, with the platform's initiative proposals; each copy measured
// is VACUUM ANALYZEd, as a server's autovacuum would have done) it
// starts the real server as a process on a fresh copy of the data, and a bare Fastify 5 answering a 20-item
// list as a process beside it. Then, in rounds, each target in turn gets `CLIENTS` clients asking back to back
// for `--seconds` (default 3): the bare list, the app's `GET /api/session`, and every main read route. It
// prints req/s, p50/p99, errors, the share of the session route's req/s (the goal: ≥ 25 % at 2,000
// organisations, ≥ 15 % at 10,000), the server's CPU time per answered request (from /proc, so it holds
// however loaded the machine is, where req/s swings with the other work on it) and the server's peak RSS. Figures are medians of the rounds (`--rounds`,
// default 3). Sizes: `--sizes 60,2000,10000`; `BENCH_API_QUICK=1` (or `--quick`) runs 60 and 2,000 only.
// `--only review,initiative` measures only the targets whose names contain one of the words (the bare list
// and the session route always); `--cpu-prof <dir>` runs the server under Node's CPU profiler and leaves its
// profiles (`.cpuprofile`, for Chrome's DevTools or speedscope) in that directory when it stops;
// `--node-args '<flags>'` gives the server's Node more flags (`--heap-prof --heap-prof-dir=<dir>`, or an
// `--import` of a module that logs each thread's `process.memoryUsage()`, which is how its memory was read).
// `--database embedded` runs the same on the embedded database (PGlite in a thread of the server process, a
// DATA_DIR built the same way through the product, whose own ANALYZE after imports and re-matches is all the
// statistics it gets), `--database both` both side by side, each route on the server then on the embedded database in turn,
// and prints each route's req/s on the embedded database as a share of the server's.
// Templates (ks_bench_api_<size>_… on the server, directories of the same name under BENCH_DATA_DIR, default
// $TMPDIR/kraftsamling-bench) are kept for later runs; each copy is migrated to the checkout's schema. Prints
// figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  type Db,
  migrateToLatest,
  openDatabaseTarget,
  refreshStatistics,
  tablesNeverAnalysed,
} from '@kraftsamling/db';
import { buildApp } from '@kraftsamling/server/app';
import pg from 'pg';
import { repoRoot, waitForExit } from '../support/process';
import {
  api,
  copyDatabase,
  dropDatabase,
  flag,
  idle,
  keptDatabase,
  keptDirectory,
  keptDirectoryRoot,
  logger,
  median,
  mobilisationIdOf,
  option,
  percentile,
  rematch,
  seedMobilisation,
  signedInAdmin,
  sleep,
  urlOf,
  vacuumAnalyze,
  withDatabase,
  withEmbeddedDatabase,
  withEmbeddedServer,
  withServer,
} from './support';
import { syntheticProfileFile } from './synthetic-profiles';

const QUICK = process.env.BENCH_API_QUICK === '1' || flag('quick');
const SIZES = (option('sizes') ?? (QUICK ? '60,2000' : '60,2000,10000')).split(',').map(Number);
const ROUNDS = Number(option('rounds') ?? 3);
const SECONDS = Number(option('seconds') ?? 3);
const ONLY = option('only')?.split(',');
const CPU_PROF = option('cpu-prof');
const NODE_ARGS = option('node-args');
const DATABASE = option('database') ?? 'server';
if (!['server', 'embedded', 'both'].includes(DATABASE)) {
  throw new Error(`--database ${DATABASE}: expected server, embedded or both`);
}
type Side = 'server' | 'embedded';
const SIDES: Side[] = DATABASE === 'both' ? ['server', 'embedded'] : [DATABASE as Side];
const CLIENTS = 10;
/** A request still unanswered after this long counts as an error (and is abandoned). */
const TIMEOUT_MS = 10_000;
const TEMPLATE_VERSION = 'v1';

const log = logger('api');

/** Background jobs are waited for up to ten minutes; what still runs then is measured beside. */
const patience = { limitMs: 600_000, pollMs: 250 };
const warnIfBusy = ({ done }: { done: boolean }) => {
  if (!done) log('jobs still running after the wait; measuring beside them');
};

/**
 * A template database per size (per data set, not per schema: each copy is migrated to the checkout's schema
 * before it is measured): imported, matched through the API, with the platform's initiative proposals and the
 * map laid out, then ANALYZE.
 */
const benchFile = (size: number) =>
  syntheticProfileFile(
    size,
    (i) =>
      `${['Föreningen', 'Region', 'Stiftelsen', 'Ängelholms', 'Örebro'][i % 5]} ${String(i + 1).padStart(5, '0')}`,
  );

const ensureTemplate = (size: number) =>
  keptDatabase({
    prefix: 'ks_bench_api',
    size,
    version: TEMPLATE_VERSION,
    perSchema: false,
    log,
    build: (building) =>
      withDatabase(building, async (db) => {
        const mobilisationId = await seedMobilisation(db, benchFile(size), { slug: 'bench' });
        const actor = await signedInAdmin(db);
        await withServer(building, async (server) => {
          warnIfBusy(await idle(db, patience));
          warnIfBusy(await rematch(db, server.url, actor, mobilisationId, patience));
          await api(server.url, actor, 'POST', `/api/mobilisations/${mobilisationId}/initiative-proposals`);
          warnIfBusy(await idle(db, patience));
        });
        await db.deleteFrom('sessions').execute();
      }),
  });

/**
 * The same data set on the embedded database: the app in this process (PGlite allows one), seeded as the server
 * template is, then matched and given its initiative proposals through the API. No ANALYZE of the bench's own
 * beyond the one an import runs (the seeding writes the import's rows without the import's last step): the
 * re-match's statistics are the product's.
 */
const ensureEmbeddedTemplate = (size: number) =>
  keptDirectory({
    prefix: 'ks_bench_api',
    size,
    version: TEMPLATE_VERSION,
    perSchema: false,
    log,
    build: async (dir) => {
      const app = await buildApp({
        database: await openDatabaseTarget({ dataDir: dir }),
        webDist: null,
        checkResponses: false,
      });
      try {
        const db = app.db;
        const mobilisationId = await seedMobilisation(db, benchFile(size), { slug: 'bench' });
        await refreshStatistics(db, ['organisations', 'profiles', 'profile_items', 'projects']);
        const actor = await signedInAdmin(db);
        const url = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
        warnIfBusy(await idle(db, patience));
        warnIfBusy(await rematch(db, url, actor, mobilisationId, patience));
        await api(url, actor, 'POST', `/api/mobilisations/${mobilisationId}/initiative-proposals`);
        warnIfBusy(await idle(db, patience));
        await db.deleteFrom('sessions').execute();
      } finally {
        await app.close();
      }
    },
  });

/** The bare Fastify process; resolves with its base URL. */
function startBare(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./bare-fastify.ts', import.meta.url))],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`bare Fastify exited with ${code}`)));
  });
}

const rssOf = (pid: number | undefined) => {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
};

/** CPU time (user + system) the process has used so far, in ms; 0 when unknown. */
const cpuMsOf = (pid: number | undefined) => {
  if (!pid) return 0;
  try {
    // Fields 14 and 15 of /proc/<pid>/stat (after the command's closing parenthesis): utime and stime, in ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
};

/** The PostgreSQL backends serving `database` (the server's pool), when the server runs on this machine. */
async function backendsOf(database: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

/** CPU time of the backends that served both before and after, in ms. */
const backendCpuMs = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);

type Sample = {
  rps: number;
  answered: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
  cpuMs: number;
  dbCpuMs: number;
};

/**
 * `CLIENTS` keep-alive clients asking for `url` back to back for `SECONDS`; requests answered in the window
 * count. A request still unanswered at the end is abandoned (its client goes away) and counts as an error.
 */
async function load(target: Target): Promise<Sample> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  const until = performance.now() + SECONDS * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const request = http.get(
        target.url,
        {
          agent,
          headers: { ...(target.cookie ? { cookie: target.cookie } : {}), 'accept-encoding': 'gzip' },
        },
        (res) => {
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
          });
          res.on('end', () => {
            if (res.statusCode !== 200) errors++;
            else {
              latencies.push(performance.now() - started);
              bytes = size;
            }
            resolve();
          });
          res.on('error', () => {
            errors++;
            resolve();
          });
        },
      );
      const left = Math.min(TIMEOUT_MS, until + TIMEOUT_MS - performance.now());
      request.setTimeout(Math.max(1, left), () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        errors++;
        resolve();
      });
    });
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) await once();
    }),
  );
  const elapsed = (performance.now() - startedAt) / 1000;
  agent.destroy();
  return {
    rps: latencies.length / elapsed,
    answered: latencies.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    bytes,
    cpuMs: 0,
    dbCpuMs: 0,
  };
}

/** Waits (up to two minutes) until `url` answers within a second. */
async function settle(url: string, cookie: string) {
  const until = performance.now() + 120_000;
  while (performance.now() < until) {
    const started = performance.now();
    const ok = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(5000) })
      .then(async (res) => {
        await res.arrayBuffer();
        return res.ok;
      })
      .catch(() => false);
    if (ok && performance.now() - started < 1000) return;
    await sleep(500);
  }
  log('the server did not settle within two minutes');
}

/** A database with the app's server process running on it, ready to be measured. */
type Running = {
  side: Side;
  base: string;
  pid: number | undefined;
  cookie: string;
  mobilisationId: string;
  profileId: string;
  /** The server's database, whose backends' CPU is counted; null for the embedded one (it is the server's). */
  database: string | null;
};

/** Tables with rows and no statistics (see tablesNeverAnalysed), as `name (rows)`. */
const neverAnalysedIn = async (db: Db) =>
  (await tablesNeverAnalysed(db)).map((t) => `${t.table} (${t.rows})`);

/** What each run needs from the data: the mobilisation, a profile from the middle of the list, a session. */
async function prepare(db: Db, size: number) {
  await migrateToLatest(db);
  const actor = await signedInAdmin(db);
  const mobilisationId = await mobilisationIdOf(db, 'bench');
  const profile = await db
    .selectFrom('profiles')
    .select('id')
    .where('mobilisation_id', '=', mobilisationId)
    .orderBy('id')
    .offset(Math.floor(size / 2))
    .limit(1)
    .executeTakeFirstOrThrow();
  return { cookie: actor.cookie, mobilisationId, profileId: profile.id };
}

/**
 * Per size and side, the tables with rows and no statistics once the server stopped: what the product's own
 * ANALYZE (after imports, re-matches, and on the embedded database once a minute) left without.
 */
const neverAnalysedAfter = new Map<string, string[]>();

const serverArgs = () => [
  ...(CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : []),
  ...(NODE_ARGS?.split(' ').filter(Boolean) ?? []),
];

/** Runs `work` with the server process on a fresh copy of the size's data on `side`; removes the copy after. */
async function onSide<T>(side: Side, size: number, work: (running: Running) => Promise<T>): Promise<T> {
  if (side === 'server') {
    const template = await ensureTemplate(size);
    const copy = `ks_bench_api_run_${process.pid}`;
    await copyDatabase(template, copy);
    try {
      const prepared = await withDatabase(copy, async (db) => {
        await migrateToLatest(db);
        // A running server's autovacuum would have cleared the import's dead rows by now (see vacuumAnalyze).
        await vacuumAnalyze(copy);
        return prepare(db, size);
      });
      const result = await withServer(
        copy,
        async (server) => {
          // What the server queues at start-up (the search terms of a reading whose version changed since the
          // template was built) runs before the measuring, not beside it, and autovacuum's work after it too.
          warnIfBusy(await withDatabase(copy, (db) => idle(db, patience)));
          await vacuumAnalyze(copy);
          return work({
            side,
            base: server.url.replace('localhost', '127.0.0.1'),
            pid: server.child.pid,
            database: copy,
            ...prepared,
          });
        },
        undefined,
        serverArgs(),
      );
      neverAnalysedAfter.set(`${size} ${side}`, await withDatabase(copy, neverAnalysedIn));
      return result;
    } finally {
      await dropDatabase(copy);
    }
  }
  const template = await ensureEmbeddedTemplate(size);
  const copy = `${keptDirectoryRoot}/run_${process.pid}`;
  rmSync(copy, { recursive: true, force: true });
  cpSync(template, copy, { recursive: true });
  try {
    const prepared = await withEmbeddedDatabase(copy, (db) => prepare(db, size));
    const result = await withEmbeddedServer(
      copy,
      (server) =>
        work({
          side,
          base: server.url.replace('localhost', '127.0.0.1'),
          pid: server.child.pid,
          database: null,
          ...prepared,
        }),
      120_000,
      serverArgs(),
    );
    neverAnalysedAfter.set(`${size} ${side}`, await withEmbeddedDatabase(copy, neverAnalysedIn));
    return result;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Every side of `SIDES` running at once (the server process of each), for `work`. */
function onSides<T>(
  size: number,
  work: (running: Running[]) => Promise<T>,
  sides = SIDES,
  ready: Running[] = [],
) {
  const [first, ...rest] = sides;
  if (!first) return work(ready);
  return onSide(first, size, (running): Promise<T> => onSides(size, work, rest, [...ready, running]));
}

type Target = { name: string; url: string; cookie?: string; running?: Running };
type Row = { name: string; side: Side | null; samples: Sample[] };
type SizeResult = {
  size: number;
  rows: Row[];
  peakRss: Partial<Record<Side, number>>;
  loadAverage: number[];
};

/**
 * The main read routes of one running server, each asked for the page the web app's screen asks for (the
 * organisation search's, review queue's and partner search's 20, the profile page's 5 matches per item, the
 * initiative list's 25), not the API's larger defaults: what a person's click costs.
 */
function routesOf(r: Running): Target[] {
  const m = r.mobilisationId;
  const signedIn = (name: string, path: string): Target => ({
    name,
    url: `${r.base}${path}`,
    cookie: r.cookie,
    running: r,
  });
  return [
    signedIn('GET /api/session', '/api/session'),
    signedIn('organisations list', `/api/mobilisations/${m}/organisations?limit=20`),
    signedIn("a profile's matches", `/api/profiles/${r.profileId}/matches?perItem=5`),
    signedIn('initiative list (proposals)', `/api/mobilisations/${m}/initiatives?state=proposed`),
    signedIn('review queue', `/api/mobilisations/${m}/review?limit=20`),
    signedIn('overview', `/api/mobilisations/${m}/overview`),
    signedIn('map', `/api/mobilisations/${m}/map`),
    signedIn('search "utvärdering"', `/api/mobilisations/${m}/search?q=utv%C3%A4rdering&limit=20`),
  ].filter((t, i) => i === 0 || !ONLY || ONLY.some((word) => t.name.includes(word)));
}

async function measure(size: number, bareUrl: string): Promise<SizeResult> {
  return onSides(size, async (running) => {
    // Each route on every side in turn (the server's database, then the embedded one), so that both meet the
    // same moment of a shared machine.
    const perSide = running.map(routesOf);
    const targets: Target[] = [{ name: 'bare Fastify 5, a 20-item list', url: `${bareUrl}/list` }];
    for (const [i] of (perSide[0] ?? []).entries()) {
      for (const routes of perSide) if (routes[i]) targets.push(routes[i]);
    }
    // Every target once, unmeasured: the first requests compile schemas and warm caches.
    for (const target of targets) {
      const res = await fetch(target.url, { headers: target.cookie ? { cookie: target.cookie } : {} });
      if (!res.ok) throw new Error(`${target.name}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }
    const rows: Row[] = targets.map((t) => ({ name: t.name, side: t.running?.side ?? null, samples: [] }));
    const peakRss: Partial<Record<Side, number>> = {};
    const samplePeaks = () => {
      for (const r of running) peakRss[r.side] = Math.max(peakRss[r.side] ?? 0, rssOf(r.pid));
    };
    samplePeaks();
    const sampler = setInterval(samplePeaks, 100);
    const loads: number[] = [];
    try {
      for (let round = 1; round <= ROUNDS; round++) {
        for (const [i, target] of targets.entries()) {
          const r = target.running;
          // The server's CPU time per answered request does not depend on what else the machine runs, as
          // req/s does; the bare Fastify process is not the server, so its figure is left out. On the embedded
          // database the server's CPU is the database's too.
          const cpuBefore = cpuMsOf(r?.pid);
          const backends = r?.database ? await backendsOf(r.database) : [];
          const dbCpuBefore = backendCpuMs(backends);
          const sample = await load(target);
          if (r && sample.answered > 0) {
            sample.cpuMs = (cpuMsOf(r.pid) - cpuBefore) / sample.answered;
            // Backends the pool opened during the window are not counted: a lower bound.
            sample.dbCpuMs = (backendCpuMs(backends) - dbCpuBefore) / sample.answered;
          }
          rows[i]?.samples.push(sample);
          // Abandoned requests (a route too slow for the window) may still be computing: the next target
          // starts when the session route answers promptly again, so it is not measured beside them.
          if (r && sample.errors > 0) await settle(`${r.base}/api/session`, r.cookie);
          log(
            `${size} round ${round}: ${target.name}${r && SIDES.length > 1 ? ` (${r.side})` : ''}: ` +
              `${sample.rps.toFixed(0)} req/s, p50 ${sample.p50.toFixed(1)} ms, ` +
              `p99 ${sample.p99.toFixed(1)} ms, ${sample.errors} errors, ${sample.bytes} bytes` +
              (sample.cpuMs
                ? `, CPU per request: server ${sample.cpuMs.toFixed(2)} ms, database ${sample.dbCpuMs.toFixed(2)} ms`
                : ''),
          );
        }
        loads.push(loadavg()[0] ?? 0);
      }
    } finally {
      clearInterval(sampler);
    }
    return { size, rows, peakRss, loadAverage: loads };
  });
}

const rpsOf = (row: Row | undefined) => median(row?.samples.map((s) => s.rps) ?? []);
const shareText = (part: number, whole: number, digits = 1) => `${((part / whole) * 100).toFixed(digits)} %`;

/**
 * Each route's req/s on the embedded database as a share of the same route's on the server, taken per round
 * (both met the same moment of the machine), median of the rounds.
 */
function embeddedShare(server: Row | undefined, embedded: Row | undefined): number {
  const shares = (server?.samples ?? []).flatMap((s, round) => {
    const e = embedded?.samples[round];
    return e && s.rps > 0 ? [e.rps / s.rps] : [];
  });
  return median(shares);
}

function report(results: SizeResult[]) {
  const cell = (text: string) => text.padStart(34);
  const row = (label: string, cells: string[]) => `${label.padEnd(32)}${cells.map(cell).join('')}`;
  const lines = [
    '',
    `Read routes through the product: ${SIDES.map((s) => (s === 'server' ? 'PostgreSQL server' : 'embedded database (PGlite)')).join(' and ')}, ` +
      `Node ${process.version}, ${cpus().length} cores, ` +
      `${Math.round(totalmem() / 2 ** 30)} GB, ${CLIENTS} clients, ${SECONDS} s per target, medians of ${ROUNDS} rounds`,
    "Each cell: req/s (share of the same database's GET /api/session) p50/p99 ms [errors]",
  ];
  for (const result of results) {
    const sessionOf = (side: Side | null) =>
      rpsOf(result.rows.find((r) => r.side === side && r.name === 'GET /api/session'));
    const names = [...new Set(result.rows.map((r) => r.name))];
    const columns = SIDES.length > 1 ? [...SIDES, 'embedded / server'] : SIDES;
    lines.push('', row(`${result.size.toLocaleString('en')} organisations`, columns));
    for (const name of names) {
      const rowsOf = (side: Side) =>
        result.rows.find((r) => r.name === name && (r.side === side || r.side === null));
      const cells = SIDES.map((side) => {
        const r = rowsOf(side);
        if (!r || (r.side === null && side !== SIDES[0])) return '';
        const rps = rpsOf(r);
        const errors = r.samples.reduce((sum, s) => sum + s.errors, 0);
        const session = sessionOf(r.side ?? side);
        const share = name === 'GET /api/session' ? '' : ` (${shareText(rps, session, r.side ? 1 : 0)})`;
        return (
          `${rps.toFixed(0)}${share} ${median(r.samples.map((s) => s.p50)).toFixed(1)}/` +
          `${median(r.samples.map((s) => s.p99)).toFixed(0)}` +
          (errors ? ` [${errors}]` : '')
        );
      });
      if (SIDES.length > 1) {
        const server = result.rows.find((r) => r.name === name && r.side === 'server');
        const embedded = result.rows.find((r) => r.name === name && r.side === 'embedded');
        cells.push(server && embedded ? `${(embeddedShare(server, embedded) * 100).toFixed(0)} %` : '');
      }
      lines.push(row(name, cells));
    }
    // Server CPU per request: the session route's as a share of each route's is what the req/s share would be
    // if the server's event loop were all that limited both, whatever else the machine runs at the time.
    lines.push(
      '',
      "Server CPU ms per answered request (the session route's as a share of it); database backends' CPU after +",
    );
    for (const name of names.slice(1)) {
      lines.push(
        row(
          name,
          SIDES.map((side) => {
            const r = result.rows.find((x) => x.name === name && x.side === side);
            const s = result.rows.find((x) => x.name === 'GET /api/session' && x.side === side);
            const cpu = median(r?.samples.map((x) => x.cpuMs) ?? []);
            const db = median(r?.samples.map((x) => x.dbCpuMs) ?? []);
            const session = median(s?.samples.map((x) => x.cpuMs) ?? []);
            const base =
              name === 'GET /api/session' || !cpu
                ? cpu.toFixed(2)
                : `${cpu.toFixed(2)} (${shareText(session, cpu)})`;
            return side === 'server' ? `${base} + ${db.toFixed(2)}` : base;
          }),
        ),
      );
    }
    lines.push(
      row(
        'server peak RSS under load',
        SIDES.map((side) => `${Math.round((result.peakRss[side] ?? 0) / 2 ** 20)} MB`),
      ),
      ...SIDES.map(
        (side) =>
          `tables with rows never analysed (${side}): ${neverAnalysedAfter.get(`${result.size} ${side}`)?.join(', ') || 'none'}`,
      ),
      `load average (1 min) after each round: ${result.loadAverage.map((l) => l.toFixed(1)).join(', ')}`,
    );
  }
  lines.push(
    '',
    'Goals: every read route ≥ 25 % of the session route at 2,000 organisations, ≥ 15 % at 10,000, no errors;',
    "server RSS ≤ 1 GB at 10,000; the embedded database's reads ≥ 50 % of the server's.",
    '',
  );
  process.stdout.write(lines.join('\n'));
}

async function main() {
  const bare = await startBare();
  try {
    const results: SizeResult[] = [];
    for (const size of SIZES) results.push(await measure(size, bare.url));
    report(results);
  } finally {
    bare.child.kill('SIGTERM');
    await waitForExit(bare.child);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
