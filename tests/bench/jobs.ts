// `pnpm bench:jobs`: background work through the product, on the PostgreSQL server at 127.0.0.1:5432 (or
// TEST_POSTGRES_URL). For synthetic mobilisations of 2,000 and 10,000 organisations (bench:match's, imported as
// profiles) it starts the real server as a process on a fresh copy of the data, and measures:
// - a whole-mobilisation re-match through the API (POST match-runs → the run reported done, all lists stored),
//   first on a cold server with no stored lists, then again with the lists in place, beside the bare engine
//   (bench:match's full match, in a child process of its own, in the same run);
// - the session route (`GET /api/session`, 10 clients at once) quiet, and while the first re-match runs;
// - at 2,000 organisations, submit → the profile's new matches readable (`pending` false), several times.
// Each run also logs the CPU time the server (all its threads) and its database backends spent on it, the
// phases of the whole run as the server logs them (at info), and the jobs so far with when each was queued,
// started and finished: on a shared machine the CPU time is the figure that load does not inflate.
// Each figure is the median of the runs (`--runs N`, default 3); sizes with `--sizes 2000,10000`. The data is
// imported once into a template database (kept for later runs: ks_bench_jobs_<size>_v1) and copied for each
// run (`--template <database>` copies a database prepared otherwise). Prints figures; asserts nothing.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Db } from '@kraftsamling/db';
import type { ServerProcess } from '../support/process';
import {
  type Actor,
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
  seedMobilisation,
  signedInAdmin,
  sleep,
  withAdmin,
  withDatabase,
  withServer,
} from './support';
import { syntheticProfileFile } from './synthetic-profiles';

const SIZES = (option('sizes') ?? '2000,10000').split(',').map(Number);
const RUNS = Number(option('runs') ?? 3);
const SUBMITS = 7;
const CLIENTS = 10;
const QUIET_MS = 4000;
const TEMPLATE_VERSION = 'v1';
/** An existing template database to copy instead of importing (one size only). */
const GIVEN_TEMPLATE = option('template');

const log = logger('jobs');

/** A template database with the mobilisation imported (a template per data set and schema). */
const ensureTemplate = (size: number) =>
  keptDatabase({
    prefix: 'ks_bench_jobs',
    size,
    version: TEMPLATE_VERSION,
    perSchema: true,
    log,
    build: (building) =>
      withDatabase(building, async (db) => {
        await seedMobilisation(db, syntheticProfileFile(size), { slug: 'bench' });
      }),
  });

/** `CLIENTS` clients asking for the session route back to back until `stop` resolves; their latencies. */
async function sessionLoad(base: string, actor: Actor, stop: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let done = false;
  void stop.finally(() => {
    done = true;
  });
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (!done) {
        const started = performance.now();
        const res = await fetch(`${base}/api/session`, { headers: { cookie: actor.cookie } });
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`GET /api/session: ${res.status}`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

type Run = { id: string; status: string; progress: number; total: number };

/** CPU time (user + system, all threads) a process has used so far, in ms; 0 when it is gone. */
function cpuMsOf(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** The server's CPU time and its database's (every backend connected to it), in ms so far. */
async function cpuMs(serverPid: number | undefined, database: string) {
  const backends = await withAdmin((c) =>
    c.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database]),
  );
  return {
    server: serverPid ? cpuMsOf(serverPid) : 0,
    database: backends.rows.reduce((sum, b) => sum + cpuMsOf(b.pid), 0),
  };
}

/** POST match-runs, then the run's status until done; with `load`, the session route is loaded meanwhile. */
async function fullRun(
  server: ServerProcess,
  database: string,
  actor: Actor,
  mobilisationId: string,
  load: boolean,
) {
  const base = server.url;
  const cpuBefore = await cpuMs(server.child.pid, database);
  const started = performance.now();
  const { run } = await api<{ run: Run }>(
    base,
    actor,
    'POST',
    `/api/mobilisations/${mobilisationId}/match-runs`,
  );
  const finished = (async () => {
    for (;;) {
      const latest = await api<{ run: Run }>(
        base,
        actor,
        'GET',
        `/api/mobilisations/${mobilisationId}/match-runs/latest`,
      );
      if (latest.run.id === run.id && latest.run.status === 'done') return performance.now() - started;
      if (latest.run.status === 'failed') throw new Error(`the run failed: ${JSON.stringify(latest.run)}`);
      await sleep(50);
    }
  })();
  const [ms, latencies] = await Promise.all([finished, load ? sessionLoad(base, actor, finished) : []]);
  const cpuAfter = await cpuMs(server.child.pid, database);
  return {
    ms,
    latencies,
    cpu: { server: cpuAfter.server - cpuBefore.server, database: cpuAfter.database - cpuBefore.database },
    phases: lastPhases(server),
  };
}

/** The phases of the server's last whole run, as it logged them ('whole re-match done'). */
function lastPhases(server: ServerProcess): string {
  const line = server
    .output()
    .split('\n')
    .filter((l) => l.includes('whole re-match done'))
    .at(-1);
  if (!line) return '';
  const { ms, phases } = JSON.parse(line) as { ms: number; phases: Record<string, number> };
  return `handler ${ms}: ${Object.entries(phases)
    .map(([name, t]) => `${name} ${t}`)
    .join(', ')}`;
}

type Draft = {
  version: number;
  content: { offers: { id: string; text: string }[] } & Record<string, unknown>;
};

/** Every job so far with when it was queued, started and finished, in ms from the first one queued. */
async function jobTimeline(db: Db): Promise<string> {
  const jobs = await db
    .selectFrom('jobs')
    .select(['kind', 'status', 'created_at', 'started_at', 'finished_at'])
    .orderBy('created_at')
    .execute();
  const origin = jobs[0]?.created_at.getTime() ?? 0;
  const at = (d: Date | null) => (d ? String(d.getTime() - origin) : '–');
  return jobs
    .map((j) => `${j.kind} ${j.status} ${at(j.created_at)}/${at(j.started_at)}/${at(j.finished_at)}`)
    .join('; ');
}

/** Submit → that profile's matches no longer pending, for a few profiles one after another. */
async function submitLatencies(base: string, actor: Actor, db: Db, mobilisationId: string) {
  const profiles = await db
    .selectFrom('profiles')
    .select('id')
    .where('mobilisation_id', '=', mobilisationId)
    .orderBy('id')
    .limit(SUBMITS)
    .execute();
  const latencies: number[] = [];
  for (const [i, { id }] of profiles.entries()) {
    const profile = await api<{ draft: Draft }>(base, actor, 'GET', `/api/profiles/${id}`);
    const content = {
      ...profile.draft.content,
      offers: [
        ...profile.draft.content.offers,
        {
          id: randomUUID(),
          text: `Vi erbjuder följeforskning och hjälp att mäta effekter av insatser för unga (${i + 1}).`,
          themes: [],
          targetGroups: [],
        },
      ],
    };
    const saved = await api<{ draft: Draft }>(base, actor, 'PUT', `/api/profiles/${id}/draft`, {
      version: profile.draft.version,
      content,
    });
    await api(base, actor, 'POST', `/api/profiles/${id}/submit`, { version: saved.draft.version });
    const submitted = performance.now();
    for (;;) {
      const matches = await api<{ pending: boolean }>(
        base,
        actor,
        'GET',
        `/api/profiles/${id}/matches?perItem=10`,
      );
      if (!matches.pending) break;
      await sleep(5);
    }
    latencies.push(performance.now() - submitted);
    // The next submission starts when this one's matching is through (the map may still be laid out).
    await idle(db, { kinds: 'match-%' });
  }
  return latencies;
}

/** bench:match's full match of the same organisations (analyse, index, top 10 for every need), alone. */
function bareEngine(size: number): Promise<{ ms: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, fileURLToPath(new URL('./match.ts', import.meta.url)), '--worker', String(size)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench:match worker exited with ${code}`));
      const r = JSON.parse(output) as { buildMs: number; matchMs: number; cpuMs: number };
      resolve({ ms: r.buildMs + r.matchMs, cpuMs: r.cpuMs });
    });
  });
}

type SizeResult = {
  size: number;
  engine: number[];
  first: number[];
  /** CPU time of the server process (all its threads) and of its database backends during the first run. */
  firstCpu: { server: number; database: number }[];
  again: number[];
  quiet: { p50: number; p99: number }[];
  during: { p50: number; p99: number }[];
  submits: number[];
};

async function measure(size: number): Promise<SizeResult> {
  const template = GIVEN_TEMPLATE ?? (await ensureTemplate(size));
  const result: SizeResult = {
    size,
    engine: [],
    first: [],
    firstCpu: [],
    again: [],
    quiet: [],
    during: [],
    submits: [],
  };
  for (let run = 1; run <= RUNS; run++) {
    // `--skip-engine`: no reference run of the bare engine (on a loaded machine it takes minutes).
    if (!flag('skip-engine')) result.engine.push((await bareEngine(size)).ms);
    const copy = `ks_bench_jobs_run_${process.pid}`;
    await copyDatabase(template, copy);
    try {
      await withDatabase(copy, async (db) => {
        const actor = await signedInAdmin(db);
        const mobilisationId = await mobilisationIdOf(db, 'bench');
        await withServer(
          copy,
          async (server) => {
            const base = server.url;
            const quiet = await sessionLoad(base, actor, sleep(QUIET_MS));
            // The time of a run alone; then the session route while a run works (its time is given too).
            const first = await fullRun(server, copy, actor, mobilisationId, false);
            log(
              `${size} run ${run}: first ${Math.round(first.ms)} ms, CPU server ${first.cpu.server} ms, database ${first.cpu.database} ms; ${first.phases}`,
            );
            log(`jobs so far: ${await jobTimeline(db)}`);
            const mapMs = (await idle(db)).ms;
            const again = await fullRun(server, copy, actor, mobilisationId, true);
            log(
              `${size} run ${run}: again ${Math.round(again.ms)} ms, CPU server ${again.cpu.server} ms, database ${again.cpu.database} ms; ${again.phases}`,
            );
            await idle(db);
            const submits = size <= 2000 ? await submitLatencies(base, actor, db, mobilisationId) : [];
            const stats = (l: number[]) => ({ p50: percentile(l, 50), p99: percentile(l, 99) });
            result.first.push(first.ms);
            result.firstCpu.push(first.cpu);
            result.again.push(again.ms);
            result.quiet.push(stats(quiet));
            result.during.push(stats(again.latencies));
            result.submits.push(...submits);
            log(
              `${size} run ${run}: engine ${Math.round(result.engine.at(-1) ?? 0)} ms; full re-match ${Math.round(first.ms)} ms ` +
                `(then map layout ${Math.round(mapMs)} ms), again ${Math.round(again.ms)} ms; session p50/p99 quiet ` +
                `${stats(quiet).p50.toFixed(1)}/${stats(quiet).p99.toFixed(1)} ms (${quiet.length} requests), during ` +
                `${stats(again.latencies).p50.toFixed(1)}/${stats(again.latencies).p99.toFixed(1)} ms (${again.latencies.length})` +
                (submits.length
                  ? `; submit → readable ${submits.map((s) => Math.round(s)).join(', ')} ms`
                  : '') +
                `; load average ${(loadavg()[0] ?? 0).toFixed(1)}`,
            );
          },
          undefined,
          [],
          // At info the server logs each whole run's phases (requests are logged at debug only).
          { LOG_LEVEL: 'info' },
        );
      });
    } finally {
      await dropDatabase(copy);
    }
  }
  return result;
}

async function main() {
  const results: SizeResult[] = [];
  for (const size of SIZES) results.push(await measure(size));
  const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
  const cell = (text: string) => text.padStart(22);
  const row = (label: string, cells: string[]) => `${label.padEnd(58)}${cells.map(cell).join('')}`;
  const p = (list: { p50: number; p99: number }[], key: 'p50' | 'p99') => median(list.map((x) => x[key]));
  const lines = [
    '',
    `Background work through the product: PostgreSQL server, Node ${process.version}, ${cpus().length} cores, ` +
      `medians of ${RUNS} runs (load average at the end ${(loadavg()[0] ?? 0).toFixed(1)})`,
    '',
    row(
      '',
      results.map((r) => `${r.size.toLocaleString('en')} organisations`),
    ),
    row(
      'Engine alone: analyse, index, top 10 for every need',
      results.map((r) => (r.engine.length ? ms(median(r.engine)) : '–')),
    ),
    row(
      'Full re-match via the API, cold server, no stored lists',
      results.map((r) => ms(median(r.first))),
    ),
    row(
      '  CPU time meanwhile: server (all threads) / database',
      results.map(
        (r) =>
          `${ms(median(r.firstCpu.map((c) => c.server)))} / ${ms(median(r.firstCpu.map((c) => c.database)))}`,
      ),
    ),
    row(
      'Full re-match again, lists stored, under session load',
      results.map((r) => ms(median(r.again))),
    ),
    row(
      'GET /api/session p50 / p99, quiet',
      results.map((r) => `${p(r.quiet, 'p50').toFixed(1)} / ${p(r.quiet, 'p99').toFixed(1)} ms`),
    ),
    row(
      'GET /api/session p50 / p99, during that second re-match',
      results.map((r) => `${p(r.during, 'p50').toFixed(1)} / ${p(r.during, 'p99').toFixed(1)} ms`),
    ),
    row(
      '  p99 during / p99 quiet (goal ≤ 3)',
      results.map((r) => (p(r.during, 'p99') / p(r.quiet, 'p99')).toFixed(2)),
    ),
    row(
      `Submit → new matches readable, median of ${SUBMITS}×${RUNS} (goal ≤ 300 ms)`,
      results.map((r) => (r.submits.length ? ms(median(r.submits)) : '–')),
    ),
    row(
      '  slowest',
      results.map((r) => (r.submits.length ? ms(Math.max(...r.submits)) : '–')),
    ),
    '',
    `Goal: a full re-match of 10,000 organisations ≤ 10,000 ms. Session route: ${CLIENTS} clients at once.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:jobs failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
