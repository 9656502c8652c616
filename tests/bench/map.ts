// `pnpm bench:map`: how fast the collaboration map draws a large mobilisation, and what the browser loads for it.
// It writes a synthetic mobilisation of 2,000 organisations and 6,000 links straight into an embedded database
// in a temporary directory (with the app's own db functions and the server's own layout), builds the web app,
// starts the real server on that data, and opens the map page in headless Chromium: one warm-up and five
// measured visits, each in a fresh browser context. It prints the time from navigation start to the map's
// first drawn frame (`performance.mark('map:first-frame')`), and the gzipped size of the JavaScript and CSS the
// browser actually received on the start page and, additionally, on the map page. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  connectDatabase,
  createOrganisationInMobilisation,
  insertMobilisation,
  migrateToLatest,
  type OrganisationPair,
  openDatabaseTarget,
  writeMap,
} from '@kraftsamling/db';
import { countyNames, sectorIds } from '@kraftsamling/shared';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { layoutMap } from '../../server/src/map/layout';
import { launchBrowser } from '../browser/support/browser';
import { repoRoot, type ServerProcess, startServer, waitForExit } from '../support/process';

const ORGANISATIONS = 2_000;
const LINKS = 6_000;
const WARM_UP = 1;
const RUNS = 5;
const TARGET_FIRST_FRAME_MS = 1_500;
const TARGET_MAP_KB = 250;
const TARGET_FIRST_LOAD_KB = 200;

/** Small seedable PRNG (mulberry32): every run builds the same mobilisation. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CONCEPTS = [
  'eval',
  'mh-data',
  'mhfa',
  'suicide-prev',
  'peer-support',
  'premises',
  'volunteers',
  'carer-support',
  'andt',
  'parenting',
];
const GOALS = ['G1', 'G2', 'G3'];
const INITIATIVES_NOTE =
  'initiatives are left out: they come from the initiative list, not from the map tables';

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const log = (text: string) => process.stderr.write(`bench:map: ${text}\n`);

/** Writes the synthetic mobilisation; returns its id. Organisations link mostly to near neighbours (in index). */
async function seed(dataDir: string): Promise<string> {
  const rand = random(20_261_125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const target = await openDatabaseTarget({ dataDir });
  const { db, close } = connectDatabase(target);
  try {
    await migrateToLatest(db);
    const mobilisationId = await insertMobilisation(db, {
      slug: 'bench-map',
      name: 'Kraftsamling i stor skala',
      description: 'Syntetisk kraftsamling för kartans prestandamätning.',
      periodStart: null,
      periodEnd: null,
      publicAccess: 'profiles',
      goals: GOALS.map((code) => ({ code, sv: `Mål ${code}`, en: `Goal ${code}` })),
    });
    const ids: string[] = [];
    let started = process.hrtime.bigint();
    for (let i = 0; i < ORGANISATIONS; i++) {
      const joined = await createOrganisationInMobilisation(db, mobilisationId, {
        name: `Organisation ${String(i + 1).padStart(4, '0')} ${pick(['kommun', 'förening', 'region', 'institut'])}`,
        orgNumber: null,
        sector: pick(sectorIds),
        county: pick(countyNames),
        municipality: null,
        website: null,
      });
      ids.push(joined.organisation.id);
    }
    log(`${ORGANISATIONS} organisations written in ${Math.round(ms(started))} ms`);

    const links = new Map<string, OrganisationPair>();
    while (links.size < LINKS) {
      const a = Math.floor(rand() * ORGANISATIONS);
      // Mostly a neighbour within 40 places, sometimes anyone: communities with bridges between them.
      const b =
        rand() < 0.8 ? (a + 1 + Math.floor(rand() * 40)) % ORGANISATIONS : Math.floor(rand() * ORGANISATIONS);
      if (a === b) continue;
      const x = ids[a] as string;
      const y = ids[b] as string;
      const [lo, hi] = x < y ? [x, y] : [y, x];
      const key = `${lo}|${hi}`;
      if (links.has(key)) continue;
      const roll = rand();
      links.set(key, {
        a: lo,
        b: hi,
        status: roll < 0.85 ? 'proposed' : roll < 0.96 ? 'accepted' : 'mutual',
        weight: 1 + Math.floor(rand() * 3),
        concepts: [pick(CONCEPTS)],
        goals: [pick(GOALS)],
      });
    }
    started = process.hrtime.bigint();
    const positions = layoutMap({
      nodes: ids,
      links: [...links.values()].map((l) => ({ a: l.a, b: l.b, weight: l.weight })),
      previous: new Map(),
    });
    log(`ForceAtlas2 layout (the server's own) in ${Math.round(ms(started))} ms`);
    await writeMap(
      db,
      mobilisationId,
      ids.map((id) => ({
        organisationId: id,
        x: positions.get(id)?.x ?? 0,
        y: positions.get(id)?.y ?? 0,
        concepts: [pick(CONCEPTS), pick(CONCEPTS)].filter((c, i, all) => all.indexOf(c) === i).sort(),
        goals: [pick(GOALS)],
      })),
      [...links.values()],
    );
    return mobilisationId;
  } finally {
    await close();
  }
}

type Asset = { url: string; kind: 'js' | 'css'; raw: number; gzip: number; body: Buffer };

/** Every script and stylesheet the page receives, gzipped here (zlib level 9) the way a server would send it. */
function collectAssets(page: Page): Asset[] {
  const assets: Asset[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    try {
      const body = await response.body();
      assets.push({
        url: new URL(response.url()).pathname,
        kind: type === 'script' ? 'js' : 'css',
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        body,
      });
    } catch {
      // A response without a body (a redirect) carries no code.
    }
  });
  return assets;
}

const kb = (bytes: number) => bytes / 1024;
const sum = (assets: Asset[], field: 'raw' | 'gzip') => assets.reduce((total, a) => total + a[field], 0);

/**
 * Besides the page's own mark (sigma has drawn its first frame), the frame after it: by then the browser has
 * composited the drawing, which on a software GPU includes reading the WebGL canvases back.
 */
const nextFrameScript = `new PerformanceObserver((list) => {
  if (list.getEntries().some((e) => e.name === 'map:first-frame'))
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench:next-frame')));
}).observe({ type: 'mark', buffered: true });`;

type Timings = { drawn: number; next: number; requested: number; received: number };

async function firstFrame(browser: Browser, url: string): Promise<Timings> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(nextFrameScript);
    await page.goto(url);
    await page.waitForSelector('[data-first-frame="true"]', { timeout: 60_000 });
    await page.waitForFunction(() => performance.getEntriesByName('bench:next-frame').length > 0);
    const [drawn, next, requested, received] = await page.evaluate(() => {
      const data = performance
        .getEntriesByType('resource')
        .find((e) => /\/api\/mobilisations\/[^/]+\/map$/.test(new URL(e.name).pathname)) as
        | { startTime: number; responseEnd: number }
        | undefined;
      return [
        performance.getEntriesByName('map:first-frame')[0]?.startTime ?? null,
        performance.getEntriesByName('bench:next-frame')[0]?.startTime ?? null,
        data?.startTime ?? null,
        data?.responseEnd ?? null,
      ];
    });
    if (drawn == null || next == null)
      throw new Error('the map page set data-first-frame but no map:first-frame mark');
    return { drawn, next, requested: requested ?? Number.NaN, received: received ?? Number.NaN };
  } finally {
    await context.close();
  }
}

async function loadedAssets(browser: Browser, url: string, ready: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const assets = collectAssets(page);
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState('networkidle');
    return assets;
  } finally {
    await context.close();
  }
}

function row(label: string, figure: string, target: string, ok?: boolean) {
  const verdict = ok === undefined ? '' : ok ? '  ok' : '  OVER';
  return `${label.padEnd(52)} ${figure.padStart(12)}   ${target.padEnd(10)}${verdict}`;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kraftsamling-bench-map-'));
  let server: ServerProcess | null = null;
  let browser: Browser | null = null;
  try {
    let started = process.hrtime.bigint();
    const mobilisationId = await seed(dir);
    log(`database ready in ${Math.round(ms(started))} ms (${INITIATIVES_NOTE})`);

    started = process.hrtime.bigint();
    // The production bundle, whatever NODE_ENV this process was started with (under vitest it is "test").
    process.env.NODE_ENV = 'production';
    await build({
      root: `${repoRoot}web`,
      mode: 'production',
      logLevel: 'warn',
      configFile: `${repoRoot}web/vite.config.ts`,
    });
    log(`web built in ${Math.round(ms(started))} ms`);

    server = await startServer({ DATA_DIR: dir, DATABASE_URL: '', SEED_DEMO: 'false' });
    const mapUrl = `${server.url}/m/${mobilisationId}/map`;
    const check = (await (await fetch(`${server.url}/api/mobilisations/${mobilisationId}/map`)).json()) as {
      nodes: unknown[];
      links: unknown[];
    };
    log(
      `server at ${server.url}; the map API answers ${check.nodes.length} organisations, ${check.links.length} links`,
    );

    browser = await launchBrowser();
    const times: number[] = [];
    const nextFrames: number[] = [];
    const requested: number[] = [];
    const received: number[] = [];
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const at = await firstFrame(browser, mapUrl);
      log(
        `${run < WARM_UP ? 'warm-up' : `run ${run - WARM_UP + 1}`}: map data asked for at ${Math.round(at.requested)} ms, received at ${Math.round(at.received)} ms; first frame drawn at ${Math.round(at.drawn)} ms, the next frame at ${Math.round(at.next)} ms`,
      );
      if (run >= WARM_UP) {
        times.push(at.drawn);
        nextFrames.push(at.next);
        requested.push(at.requested);
        received.push(at.received);
      }
    }
    const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
    const medianOf = (values: number[]) => sorted(values)[Math.floor(values.length / 2)] ?? Number.NaN;
    const median = medianOf(times);
    const max = Math.max(...times);

    const start = await loadedAssets(browser, `${server.url}/`, async (page) => {
      await page.getByRole('heading', { level: 1 }).waitFor();
    });
    const onMap = await loadedAssets(browser, mapUrl, async (page) => {
      await page.waitForSelector('[data-first-frame="true"]', { timeout: 60_000 });
    });
    const startUrls = new Set(start.map((a) => a.url));
    const extra = onMap.filter((a) => !startUrls.has(a.url));
    const sigmaOnStart = start.some((a) => a.body.includes('Sigma: Container has no width'));
    const sigmaOnMap = extra.some((a) => a.body.includes('Sigma: Container has no width'));
    const firstLoad = kb(sum(start, 'gzip'));
    const mapExtra = kb(sum(extra, 'gzip'));

    const lines = [
      '',
      `Collaboration map: ${ORGANISATIONS.toLocaleString('en')} organisations, ${LINKS.toLocaleString('en')} links, headless Chromium (SwiftShader WebGL), viewport 1280×900`,
      '',
      row('', 'figure', 'target'),
      row(
        `Navigation → first drawn frame, median of ${RUNS}`,
        `${Math.round(median)} ms`,
        `≤ ${TARGET_FIRST_FRAME_MS} ms`,
        median <= TARGET_FIRST_FRAME_MS,
      ),
      row(
        `Navigation → first drawn frame, max of ${RUNS}`,
        `${Math.round(max)} ms`,
        `≤ ${TARGET_FIRST_FRAME_MS} ms`,
        max <= TARGET_FIRST_FRAME_MS,
      ),
      row(
        '  of which: navigation → map data asked for, median',
        `${Math.round(medianOf(requested))} ms`,
        '(info)',
      ),
      row(
        '  of which: map data asked for → received, median',
        `${Math.round(medianOf(received.map((r, i) => r - (requested[i] ?? 0))))} ms`,
        '(info)',
      ),
      row(
        '  of which: map data received → first frame, median',
        `${Math.round(medianOf(times.map((t, i) => t - (received[i] ?? 0))))} ms`,
        '(info)',
      ),
      row(
        'Navigation → the frame after it (composited), median',
        `${Math.round(medianOf(nextFrames))} ms`,
        '(info)',
      ),
      row(
        'Start page: JS + CSS received (gzip)',
        `${firstLoad.toFixed(1)} kB`,
        `≤ ${TARGET_FIRST_LOAD_KB} kB`,
        firstLoad <= TARGET_FIRST_LOAD_KB,
      ),
      row(
        'Map page, additionally: JS + CSS received (gzip)',
        `${mapExtra.toFixed(1)} kB`,
        `≤ ${TARGET_MAP_KB} kB`,
        mapExtra <= TARGET_MAP_KB,
      ),
      row('sigma.js among the start page’s files', sigmaOnStart ? 'yes' : 'no', 'no', !sigmaOnStart),
      row('sigma.js among the map page’s additional files', sigmaOnMap ? 'yes' : 'no', 'yes', sigmaOnMap),
      '',
      'Start page files (gzip):',
      ...start.map(
        (a) =>
          `  ${a.url.padEnd(50)} ${kb(a.gzip).toFixed(1).padStart(7)} kB  (${kb(a.raw).toFixed(1)} kB raw)`,
      ),
      'Map page, additional files (gzip):',
      ...extra.map(
        (a) =>
          `  ${a.url.padEnd(50)} ${kb(a.gzip).toFixed(1).padStart(7)} kB  (${kb(a.raw).toFixed(1)} kB raw)`,
      ),
      '',
      `First frame drawn, runs (ms, sorted): ${sorted(times)
        .map((t) => Math.round(t))
        .join(', ')}`,
      `The frame after it, runs (ms, sorted): ${sorted(nextFrames)
        .map((t) => Math.round(t))
        .join(', ')}`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  } finally {
    await browser?.close();
    if (server) {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:map failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
