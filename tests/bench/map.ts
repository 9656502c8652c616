// `pnpm bench:map`: the collaboration map of mobilisations with real matches, through the product, on the
// PostgreSQL server at 127.0.0.1:5432 (or TEST_POSTGRES_URL). Sizes (`--sizes 60,2000,10000`): 60 is the demo
// mobilisation's real profiles; 2,000 and 10,000 are bench:match's synthetic organisations imported as profiles.
// Each is prepared once in a database of its own (kept for later runs: ks_bench_map_<size>_…): import, then a
// whole re-match and map layout through the API of the real server, exactly as a coordinator starts one.
// Then, with the real server as a process on that database, it measures:
// - req/s of the map route (as a browser asks: Brotli accepted), of its 304 path (If-None-Match), and of the
//   app's own session route (`GET /api/session`, the cheapest signed-in request) in the same run, 10 clients
//   at once, runs interleaved; p50 and p99 latency;
// - the map document's size (JSON, gzip, Brotli) and how many organisations and links it holds;
// - the map page in Debian's Chromium (SwiftShader WebGL, 1280×900): navigation → map document received →
//   first drawn frame (`performance.mark('map:first-frame')`) and the JS heap used right after it, each visit
//   in a fresh browser context, one warm-up visit.
// Every figure is the median of `--runs N` runs (default 5). Prints figures beside the targets; asserts nothing.
import { readFile } from 'node:fs/promises';
import { Agent, request as httpRequest } from 'node:http';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseProfileFile } from '@kraftsamling/server/imports/profile-file';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../browser/support/browser';
import { repoRoot } from '../support/process';
import {
  keptDatabase,
  logger,
  median,
  mobilisationIdOf,
  option,
  percentile,
  rematch,
  seedMobilisation,
  signedInAdmin,
  withDatabase,
  withServer,
} from './support';
import { syntheticProfileFile } from './synthetic-profiles';

const SIZES = (option('sizes') ?? '60,2000,10000').split(',').map(Number);
const RUNS = Number(option('runs') ?? 5);
const CLIENTS = 10;
const LOAD_MS = 3_000;
const VERSION = 'v1';
const TARGET_FIRST_FRAME: Record<number, number> = { 2000: 1_500, 10000: 3_000 };
const TARGET_HEAP_MB = 150;
const TARGET_SHARE = 25;
const SLUG = 'bench-map';
const ADMIN_EMAIL = 'bench-map@example.se';

const log = logger('map');

/** The organisations to import: the demo's real profiles at 60, bench:match's synthetic ones beyond. */
async function profileFile(size: number) {
  if (size === 60) {
    const text = await readFile(join(repoRoot, 'server/src/demo/kraftsamling-psykisk-halsa.json'), 'utf8');
    return parseProfileFile(text, 'demo');
  }
  return syntheticProfileFile(size);
}

/**
 * The database for a size, prepared once: import, then a whole re-match and the map layout through the real
 * server's API, waited for until no job is left.
 */
async function ensureDatabase(size: number): Promise<{ database: string; mobilisationId: string }> {
  const database = await keptDatabase({
    prefix: 'ks_bench_map',
    size,
    version: VERSION,
    perSchema: true,
    log,
    build: (building) =>
      withDatabase(building, async (db) => {
        const mobilisationId = await seedMobilisation(db, await profileFile(size), {
          slug: SLUG,
          adminEmail: ADMIN_EMAIL,
        });
        // Signed-out visitors may see it, as in a mobilisation that publishes its profiles.
        await db
          .updateTable('mobilisations')
          .set({ public_access: 'profiles' })
          .where('id', '=', mobilisationId)
          .execute();
        const admin = await signedInAdmin(db, ADMIN_EMAIL);
        await withServer(
          building,
          (server) =>
            rematch(db, server.url, admin, mobilisationId, {
              limitMs: Number.POSITIVE_INFINITY,
              pollMs: 1_000,
            }),
          120_000,
        );
      }),
  });
  return { database, mobilisationId: await withDatabase(database, (db) => mobilisationIdOf(db, SLUG)) };
}

type Load = { rps: number; p50: number; p99: number; errors: number };

/** The status of one request and when its body had fully arrived; the body is not decoded (nor is it by a proxy). */
function ask(agent: Agent, url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent, headers }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * `CLIENTS` clients on kept-alive connections asking back to back for `LOAD_MS`; throughput and latencies.
 * Bodies arrive as sent (compressed) and are not decoded, so the load generator spends its CPU on requests,
 * not on decompressing the answers of the route it measures.
 */
async function load(url: string, headers: Record<string, string>, expect: number): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + LOAD_MS;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (performance.now() < until) {
          const at = performance.now();
          // A refused or reset connection counts as an error, as a wrong status does.
          const status = await ask(agent, url, headers).catch(() => 0);
          if (status !== expect) errors++;
          latencies.push(performance.now() - at);
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}

type Visit = { drawn: number; received: number; heapMb: number };

/**
 * One visit in a fresh context: navigation → first drawn frame, of which navigation → map document received,
 * and the JS heap used right after the first frame.
 */
async function visit(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    await page.waitForSelector('[data-first-frame="true"]', { timeout: 120_000 });
    const [drawn, received] = await page.evaluate(() => {
      const data = performance
        .getEntriesByType('resource')
        .find((e) => /\/api\/mobilisations\/[^/]+\/map$/.test(new URL(e.name).pathname)) as
        | { responseEnd: number }
        | undefined;
      return [
        performance.getEntriesByName('map:first-frame')[0]?.startTime ?? null,
        data?.responseEnd ?? Number.NaN,
      ];
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    if (drawn === null || drawn === undefined)
      throw new Error('the page set data-first-frame but no map:first-frame mark');
    return { drawn, received: received ?? Number.NaN, heapMb: heap / 1024 / 1024 };
  } finally {
    await context.close();
  }
}

type SizeResult = {
  size: number;
  organisations: number;
  links: number;
  bytes: { json: number; gzip: number; brotli: number };
  session: Load;
  map: Load;
  notModified: Load;
  firstFrame: number[];
  received: number[];
  heap: number[];
};

async function measure(size: number, browser: Browser): Promise<SizeResult> {
  const { database, mobilisationId } = await ensureDatabase(size);
  const admin = await withDatabase(database, (db) => signedInAdmin(db, ADMIN_EMAIL));
  return withServer(
    database,
    async (server) => {
      const mapUrl = `${server.url}/api/mobilisations/${mobilisationId}/map`;
      const browserLike = { cookie: admin.cookie, 'accept-encoding': 'br, gzip' };
      const first = await fetch(mapUrl, { headers: browserLike });
      const etag = first.headers.get('etag') ?? '';
      await first.arrayBuffer();
      // fetch decodes what it can; ask for each encoding on its own and count the bytes on the wire.
      const raw = await (
        await fetch(mapUrl, { headers: { cookie: admin.cookie, 'accept-encoding': 'identity' } })
      ).text();
      const gzipBytes = await wireBytes(mapUrl, { cookie: admin.cookie, 'accept-encoding': 'gzip' });
      const brotliBytes = await wireBytes(mapUrl, browserLike);
      const document = JSON.parse(raw) as { nodes: unknown[]; links: { source: unknown[] } };

      const result: SizeResult = {
        size,
        organisations: document.nodes.length,
        links: document.links.source.length,
        bytes: { json: Buffer.byteLength(raw), gzip: gzipBytes, brotli: brotliBytes },
        session: { rps: 0, p50: 0, p99: 0, errors: 0 },
        map: { rps: 0, p50: 0, p99: 0, errors: 0 },
        notModified: { rps: 0, p50: 0, p99: 0, errors: 0 },
        firstFrame: [],
        received: [],
        heap: [],
      };
      const runs: { session: Load[]; map: Load[]; notModified: Load[] } = {
        session: [],
        map: [],
        notModified: [],
      };
      await load(`${server.url}/api/session`, { cookie: admin.cookie }, 200); // warm-up
      for (let run = 0; run < RUNS; run++) {
        runs.session.push(await load(`${server.url}/api/session`, { cookie: admin.cookie }, 200));
        runs.map.push(await load(mapUrl, browserLike, 200));
        runs.notModified.push(await load(mapUrl, { ...browserLike, 'if-none-match': etag }, 304));
        log(
          `${size}: run ${run + 1}: session ${Math.round(runs.session.at(-1)?.rps ?? 0)} req/s, map ${Math.round(runs.map.at(-1)?.rps ?? 0)}, 304 ${Math.round(runs.notModified.at(-1)?.rps ?? 0)}`,
        );
      }
      const summarise = (loads: Load[]): Load => ({
        rps: median(loads.map((l) => l.rps)),
        p50: median(loads.map((l) => l.p50)),
        p99: median(loads.map((l) => l.p99)),
        errors: loads.reduce((n, l) => n + l.errors, 0),
      });
      result.session = summarise(runs.session);
      result.map = summarise(runs.map);
      result.notModified = summarise(runs.notModified);

      const pageUrl = `${server.url}/m/${mobilisationId}/map`;
      for (let run = 0; run < RUNS + 1; run++) {
        const at = await visit(browser, pageUrl);
        log(
          `${size}: ${run === 0 ? 'warm-up' : `visit ${run}`}: document received at ${Math.round(at.received)} ms, first frame at ${Math.round(at.drawn)} ms, heap ${at.heapMb.toFixed(1)} MB`,
        );
        if (run > 0) {
          result.firstFrame.push(at.drawn);
          result.received.push(at.received);
          result.heap.push(at.heapMb);
        }
      }
      return result;
    },
    120_000,
  );
}

/** The size of a response body as sent (fetch would decode it): through node's http, undecoded. */
async function wireBytes(url: string, headers: Record<string, string>): Promise<number> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve(bytes));
    });
    req.on('error', reject);
    req.end();
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

async function main() {
  log(`building the web app`);
  process.env.NODE_ENV = 'production';
  await build({
    root: `${repoRoot}web`,
    mode: 'production',
    logLevel: 'warn',
    configFile: `${repoRoot}web/vite.config.ts`,
  });
  const browser = await launchBrowser();
  const results: SizeResult[] = [];
  try {
    for (const size of SIZES) results.push(await measure(size, browser));
  } finally {
    await browser.close();
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
  const lines = [
    '',
    `Collaboration map with real matches, PostgreSQL server, ${CLIENTS} clients, ${LOAD_MS / 1000} s per load run, medians of ${RUNS} runs`,
    `Machine: ${machine}; ${new Date().toISOString()}`,
    '',
    `${'organisations (links)'.padEnd(24)}${'session req/s'.padStart(15)}${'map req/s'.padStart(12)}${'map share'.padStart(11)}${'map p50/p99 ms'.padStart(17)}${'304 req/s'.padStart(12)}${'304 share'.padStart(11)}${'errors'.padStart(8)}`,
    ...results.map((r) => {
      const share = (100 * r.map.rps) / r.session.rps;
      const share304 = (100 * r.notModified.rps) / r.session.rps;
      return `${`${r.organisations.toLocaleString('en')} (${r.links.toLocaleString('en')})`.padEnd(24)}${r.session.rps.toFixed(0).padStart(15)}${r.map.rps.toFixed(0).padStart(12)}${`${share.toFixed(0)} %`.padStart(11)}${`${r.map.p50.toFixed(0)}/${r.map.p99.toFixed(0)}`.padStart(17)}${r.notModified.rps.toFixed(0).padStart(12)}${`${share304.toFixed(0)} %`.padStart(11)}${String(r.map.errors + r.notModified.errors + r.session.errors).padStart(8)}`;
    }),
    `  (target: map ≥ ${TARGET_SHARE} % of the session route at 2,000, ≥ 15 % at 10,000)`,
    '',
    `${'organisations'.padEnd(16)}${'document JSON'.padStart(15)}${'gzip'.padStart(10)}${'Brotli'.padStart(10)}${'document at ms'.padStart(16)}${'first frame ms'.padStart(16)}${'(max)'.padStart(8)}${'JS heap MB'.padStart(12)}   targets`,
    ...results.map((r) => {
      const frame = median(r.firstFrame);
      const heap = median(r.heap);
      const target = TARGET_FIRST_FRAME[r.size];
      const verdicts = target
        ? `≤ ${target} ms ${verdict(frame <= target)}, ≤ ${TARGET_HEAP_MB} MB ${verdict(heap <= TARGET_HEAP_MB)}`
        : '(info)';
      return `${r.organisations.toLocaleString('en').padEnd(16)}${kb(r.bytes.json).padStart(15)}${kb(r.bytes.gzip).padStart(10)}${kb(r.bytes.brotli).padStart(10)}${median(r.received).toFixed(0).padStart(16)}${frame.toFixed(0).padStart(16)}${Math.max(
        ...r.firstFrame,
      )
        .toFixed(0)
        .padStart(8)}${heap.toFixed(1).padStart(12)}   ${verdicts}`;
    }),
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:map failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
