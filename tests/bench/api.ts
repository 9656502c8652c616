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
// profiles (`.cpuprofile`, for Chrome's DevTools or speedscope) in that directory when it stops.
// Templates (ks_bench_api_<size>_…) are kept for later runs; each copy is migrated to the checkout's schema. Prints figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { migrateToLatest } from '@kraftsamling/db';
import pg from 'pg';
import { repoRoot, waitForExit } from '../support/process';
import {
  api,
  copyDatabase,
  dropDatabase,
  flag,
  idle,
  keptDatabase,
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
  withServer,
} from './support';
import { syntheticProfileFile } from './synthetic-profiles';

const QUICK = process.env.BENCH_API_QUICK === '1' || flag('quick');
const SIZES = (option('sizes') ?? (QUICK ? '60,2000' : '60,2000,10000')).split(',').map(Number);
const ROUNDS = Number(option('rounds') ?? 3);
const SECONDS = Number(option('seconds') ?? 3);
const ONLY = option('only')?.split(',');
const CPU_PROF = option('cpu-prof');
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
const ensureTemplate = (size: number) =>
  keptDatabase({
    prefix: 'ks_bench_api',
    size,
    version: TEMPLATE_VERSION,
    perSchema: false,
    log,
    build: (building) =>
      withDatabase(building, async (db) => {
        const mobilisationId = await seedMobilisation(
          db,
          syntheticProfileFile(
            size,
            (i) =>
              `${['Föreningen', 'Region', 'Stiftelsen', 'Ängelholms', 'Örebro'][i % 5]} ${String(i + 1).padStart(5, '0')}`,
          ),
          { slug: 'bench' },
        );
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

type Target = { name: string; url: string; cookie?: string };
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

type Row = { name: string; samples: Sample[] };
type SizeResult = { size: number; rows: Row[]; peakRss: number; loadAverage: number };

async function measure(size: number, bareUrl: string): Promise<SizeResult> {
  const template = await ensureTemplate(size);
  const copy = `ks_bench_api_run_${process.pid}`;
  await copyDatabase(template, copy);
  try {
    return await withDatabase(copy, async (db) => {
      await migrateToLatest(db);
      // A running server's autovacuum would have cleared the import's dead rows by now (see vacuumAnalyze).
      await vacuumAnalyze(copy);
      const actor = await signedInAdmin(db);
      const m = await mobilisationIdOf(db, 'bench');
      // A profile with needs and offers, from the middle of the list.
      const profile = await db
        .selectFrom('profiles')
        .select('id')
        .where('mobilisation_id', '=', m)
        .orderBy('id')
        .offset(Math.floor(size / 2))
        .limit(1)
        .executeTakeFirstOrThrow();
      return withServer(
        copy,
        async (server) => {
          const base = server.url.replace('localhost', '127.0.0.1');
          const signedIn = (name: string, path: string): Target => ({
            name,
            url: `${base}${path}`,
            cookie: actor.cookie,
          });
          const allTargets: Target[] = [
            { name: 'bare Fastify 5, a 20-item list', url: `${bareUrl}/list` },
            signedIn('GET /api/session', '/api/session'),
            signedIn('organisations list', `/api/mobilisations/${m}/organisations`),
            signedIn("a profile's matches", `/api/profiles/${profile.id}/matches?perItem=10`),
            signedIn('initiative list (proposals)', `/api/mobilisations/${m}/initiatives?state=proposed`),
            signedIn('review queue', `/api/mobilisations/${m}/review`),
            signedIn('overview', `/api/mobilisations/${m}/overview`),
            signedIn('map', `/api/mobilisations/${m}/map`),
            signedIn('search "utvärdering"', `/api/mobilisations/${m}/search?q=utv%C3%A4rdering`),
          ];
          const targets = allTargets.filter(
            (t, i) => i < 2 || !ONLY || ONLY.some((word) => t.name.includes(word)),
          );
          // Every target once, unmeasured: the first requests compile schemas and warm caches.
          for (const target of targets) {
            const res = await fetch(target.url, { headers: target.cookie ? { cookie: target.cookie } : {} });
            if (!res.ok) throw new Error(`${target.name}: ${res.status} ${await res.text()}`);
            await res.arrayBuffer();
          }
          const rows: Row[] = targets.map((t) => ({ name: t.name, samples: [] }));
          let peakRss = rssOf(server.child.pid);
          const sampler = setInterval(() => {
            peakRss = Math.max(peakRss, rssOf(server.child.pid));
          }, 100);
          try {
            for (let round = 1; round <= ROUNDS; round++) {
              for (const [i, target] of targets.entries()) {
                // The server's CPU time per answered request does not depend on what else the machine runs, as
                // req/s does; the bare Fastify process is not the server, so its figure is left out.
                const cpuBefore = cpuMsOf(server.child.pid);
                const backends = await backendsOf(copy);
                const dbCpuBefore = backendCpuMs(backends);
                const sample = await load(target);
                if (i > 0 && sample.answered > 0) {
                  sample.cpuMs = (cpuMsOf(server.child.pid) - cpuBefore) / sample.answered;
                  // Backends the pool opened during the window are not counted: a lower bound.
                  sample.dbCpuMs = (backendCpuMs(backends) - dbCpuBefore) / sample.answered;
                }
                rows[i]?.samples.push(sample);
                // Abandoned requests (a route too slow for the window) may still be computing: the next target
                // starts when the session route answers promptly again, so it is not measured beside them.
                if (sample.errors > 0) await settle(`${base}/api/session`, actor.cookie);
                log(
                  `${size} round ${round}: ${target.name}: ${sample.rps.toFixed(0)} req/s, p50 ${sample.p50.toFixed(1)} ms, ` +
                    `p99 ${sample.p99.toFixed(1)} ms, ${sample.errors} errors, ${sample.bytes} bytes` +
                    (sample.cpuMs
                      ? `, CPU per request: server ${sample.cpuMs.toFixed(2)} ms, database ${sample.dbCpuMs.toFixed(2)} ms`
                      : ''),
                );
              }
            }
          } finally {
            clearInterval(sampler);
          }
          return { size, rows, peakRss, loadAverage: loadavg()[0] ?? 0 };
        },
        undefined,
        CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [],
      );
    });
  } finally {
    await dropDatabase(copy);
  }
}

function report(results: SizeResult[]) {
  const cell = (text: string) => text.padStart(40);
  const row = (label: string, cells: string[]) => `${label.padEnd(32)}${cells.map(cell).join('')}`;
  const lines = [
    '',
    `Read routes through the product: PostgreSQL server, Node ${process.version}, ${cpus().length} cores, ` +
      `${Math.round(totalmem() / 2 ** 30)} GB, ${CLIENTS} clients, ${SECONDS} s per target, medians of ${ROUNDS} rounds`,
    'Each cell: req/s (share of GET /api/session) p50/p99 ms [errors]',
    '',
    row(
      '',
      results.map((r) => `${r.size.toLocaleString('en')} organisations`),
    ),
  ];
  const names = results[0]?.rows.map((r) => r.name) ?? [];
  for (const [i, name] of names.entries()) {
    lines.push(
      row(
        name,
        results.map((r) => {
          const samples = r.rows[i]?.samples ?? [];
          const session = median(r.rows[1]?.samples.map((s) => s.rps) ?? []);
          const rps = median(samples.map((s) => s.rps));
          const errors = samples.reduce((sum, s) => sum + s.errors, 0);
          const share = i === 1 ? '' : ` (${((rps / session) * 100).toFixed(i === 0 ? 0 : 1)} %)`;
          return (
            `${rps.toFixed(0)}${share} ${median(samples.map((s) => s.p50)).toFixed(1)}/` +
            `${median(samples.map((s) => s.p99)).toFixed(0)}` +
            (errors ? ` [${errors}]` : '')
          );
        }),
      ),
    );
  }
  // Server CPU per request: the session route's as a share of each route's is what the req/s share would be
  // if the server's event loop were all that limited both, whatever else the machine runs at the time.
  lines.push(
    '',
    "Server CPU ms per answered request (the session route's as a share of it), medians of the rounds",
  );
  for (const [i, name] of names.entries()) {
    if (i === 0) continue;
    lines.push(
      row(
        name,
        results.map((r) => {
          const cpu = median(r.rows[i]?.samples.map((s) => s.cpuMs) ?? []);
          const session = median(r.rows[1]?.samples.map((s) => s.cpuMs) ?? []);
          return i === 1 || !cpu
            ? cpu.toFixed(2)
            : `${cpu.toFixed(2)} (${((session / cpu) * 100).toFixed(1)} %)`;
        }),
      ),
    );
  }
  lines.push(
    row(
      'server peak RSS under load',
      results.map((r) => `${Math.round(r.peakRss / 2 ** 20)} MB`),
    ),
    row(
      'load average after',
      results.map((r) => r.loadAverage.toFixed(1)),
    ),
    '',
    'Goals: every read route ≥ 25 % of the session route at 2,000 organisations, ≥ 15 % at 10,000, no errors;',
    'server RSS ≤ 1 GB at 10,000.',
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
