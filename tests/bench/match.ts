// `pnpm bench:match`: how fast the matching engine is on synthetic mobilisations of 1,000 and 10,000
// organisations, recombined from the dev set's sentences with a fixed seed. For each size it prints the time of a
// full match (analysis, indexing, top 10 offers with reasons for every need), of re-matching after one
// organisation changes (upsert, then its needs' offers and its offers' needs), peak memory, and the wall time of
// `pnpm cli match` on the same data written to a file (spawned, parsing and printing included).
// Each size runs in a child process of its own so its peak memory is its own. Prints figures; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchIndex, type MatchOrganisation } from '@kraftsamling/matching';

type DevItem = { text: string; label?: { supportType: string } };
type DevOrg = { county?: string; answers: { supportNeeded: DevItem[]; supportOffered: DevItem[] } };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const datasetPath = resolve(root, '../shared/data/dev-profiles.json');
const SIZES = [1_000, 10_000];
const REMATCH_SAMPLES = 50;

/** Small, fast, seedable PRNG (mulberry32), so every run builds the same mobilisation. */
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

function loadDev(): DevOrg[] {
  try {
    return (JSON.parse(readFileSync(datasetPath, 'utf8')) as { organisations: DevOrg[] }).organisations;
  } catch (error) {
    process.stderr.write(`bench:match: cannot read ${datasetPath} (${(error as Error).message})\n`);
    process.exit(1);
  }
}

const PLACES = [
  'i Umeå',
  'i Malmö',
  'i Västerås',
  'på Gotland',
  'i glesbygden',
  'i våra stadsdelar',
  'i länet',
  'i Kiruna',
];
const EXTRAS = [
  'Gärna under hösten.',
  'Vi har begränsad budget.',
  'Kontakta oss gärna.',
  'Det gäller flera av våra orter.',
  'Vi har gjort det i tre år.',
  'Helst med start i vår.',
  '',
  '',
];

/**
 * A mobilisation of `size` organisations. Each item is a dev sentence of some support type, its clauses
 * recombined with another sentence of the same type, with a place and an extra sentence, so texts vary the way
 * real profiles do instead of repeating a few dozen strings.
 */
export function synthesise(size: number, seed = 20_251_125): MatchOrganisation[] {
  const dev = loadDev();
  const rand = random(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)] as T;
  const byType = (items: DevItem[]) => {
    const map = new Map<string, string[]>();
    for (const item of items) {
      const type = item.label?.supportType ?? 'other';
      map.set(type, [...(map.get(type) ?? []), item.text]);
    }
    return [...map.values()];
  };
  const needGroups = byType(dev.flatMap((o) => o.answers.supportNeeded));
  const offerGroups = byType(dev.flatMap((o) => o.answers.supportOffered));
  const counties = [...new Set(dev.map((o) => o.county).filter((c): c is string => Boolean(c)))];
  const sentence = (groups: string[][]) => {
    const group = pick(groups);
    const a = pick(group);
    const b = pick(group);
    const head = a.split(/(?<=[,.;–])\s/)[0] ?? a;
    const tail =
      a === b
        ? ''
        : (b
            .split(/(?<=[,.;–])\s/)
            .slice(1)
            .join(' ') ?? '');
    return [head.replace(/[.,;–]$/, ''), pick(PLACES), tail ? `– ${tail}` : '.', pick(EXTRAS)]
      .join(' ')
      .trim();
  };
  return Array.from({ length: size }, (_, i) => ({
    id: `org-${String(i + 1).padStart(6, '0')}`,
    county: pick(counties),
    needs: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ text: sentence(needGroups) })),
    offers: Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({ text: sentence(offerGroups) })),
  }));
}

type WorkerResult = {
  size: number;
  needs: number;
  offers: number;
  buildMs: number;
  matchMs: number;
  /** CPU time of the full match: close to the wall time on an idle machine, lower when others compete. */
  cpuMs: number;
  matches: number;
  rematchMeanMs: number;
  rematchMaxMs: number;
  peakRssMb: number;
  heapUsedMb: number;
};

/** Runs inside the child process: one size, measured. */
function worker(size: number): WorkerResult {
  const organisations = synthesise(size);
  const needs = organisations.reduce((n, o) => n + o.needs.length, 0);
  const offers = organisations.reduce((n, o) => n + o.offers.length, 0);
  // The vocabulary is compiled once per process, at startup; it is not part of a match.
  new MatchIndex([]);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = new MatchIndex(organisations);
  const t1 = performance.now();
  let matches = 0;
  for (const { matches: list } of index.allMatches({ top: 10 })) matches += list.length;
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;

  const rand = random(7);
  const times: number[] = [];
  for (let k = 0; k < REMATCH_SAMPLES; k++) {
    const original = organisations[Math.floor(rand() * organisations.length)];
    if (!original) continue;
    const changed: MatchOrganisation = {
      ...original,
      needs: [
        ...original.needs.slice(1),
        { text: `${original.needs[0]?.text ?? ''} Vi behöver också hjälp att utvärdera.` },
      ],
    };
    const s = performance.now();
    index.upsert(changed);
    const result = index.matchesForOrganisation(changed.id, { top: 10 });
    times.push(performance.now() - s);
    if (result.needs.length === 0) throw new Error('re-match returned nothing');
  }
  return {
    size,
    needs,
    offers,
    buildMs: t1 - t0,
    matchMs: t2 - t1,
    cpuMs: (cpu.user + cpu.system) / 1000,
    matches,
    rematchMeanMs: times.reduce((a, b) => a + b, 0) / times.length,
    rematchMaxMs: Math.max(...times),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapUsedMb,
  };
}

function cliRun(
  size: number,
  dir: string,
): { ms: number; bytes: number; matches: number; exit: number | null } {
  const organisations = synthesise(size);
  const file = join(dir, `synthetic-${size}.json`);
  const out = join(dir, `matches-${size}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      organisations: organisations.map((o) => ({
        id: o.id,
        county: o.county,
        answers: { supportNeeded: o.needs.map((n) => n.text), supportOffered: o.offers.map((n) => n.text) },
      })),
    }),
  );
  const started = performance.now();
  const run = spawnSync('sh', ['-c', `pnpm --silent cli match "${file}" > "${out}"`], {
    cwd: root,
    stdio: 'inherit',
  });
  const ms = performance.now() - started;
  const text = readFileSync(out, 'utf8');
  const matches = (JSON.parse(text) as { matches: unknown[] }).matches.length;
  return { ms, bytes: statSync(out).size, matches, exit: run.status };
}

function runChild(size: number): Promise<WorkerResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), '--worker', String(size)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`worker for ${size} exited with ${code}`));
      else resolvePromise(JSON.parse(output) as WorkerResult);
    });
  });
}

async function main() {
  const workerFlag = process.argv.indexOf('--worker');
  if (workerFlag >= 0) {
    process.stdout.write(JSON.stringify(worker(Number(process.argv[workerFlag + 1]))));
    return;
  }
  const f = (x: number) => x.toFixed(x < 10 ? 2 : 0);
  console.log(
    `Synthetic mobilisations from ${datasetPath} (seeded), Node ${process.version}, ${cpus().length} cores.\n` +
      'Wall times depend on what else runs: each size shows the CPU time of the full match and the load average.\n',
  );
  const dir = mkdtempSync(join(tmpdir(), 'kraftsamling-bench-'));
  try {
    for (const size of SIZES) {
      const load = loadavg()[0] ?? 0;
      const r = await runChild(size);
      const cli = cliRun(size, dir);
      const lines = [
        `${size.toLocaleString('en')} organisations (${r.needs} needs, ${r.offers} offers; load average ${load.toFixed(1)}):`,
        `  full match            ${f(r.buildMs + r.matchMs)} ms wall, ${f(r.cpuMs)} ms CPU`,
        `                        (analyse + index ${f(r.buildMs)} ms; top 10 with reasons for every need, ${r.matches} matches, ${f(r.matchMs)} ms)`,
        `  re-match one org      ${f(r.rematchMeanMs)} ms mean, ${f(r.rematchMaxMs)} ms max over ${REMATCH_SAMPLES} changes`,
        `  peak memory           ${f(r.peakRssMb)} MB RSS (heap in use after the full match: ${f(r.heapUsedMb)} MB)`,
        `  CLI (spawned)         ${f(cli.ms)} ms wall, ${cli.matches} matches, ${f(cli.bytes / 2 ** 20)} MB of JSON, exit ${cli.exit}`,
      ];
      console.log(lines.join('\n'));
    }
    console.log(
      '\nTargets (10,000 organisations, 2 cores): full match ≤ 2000 ms, re-match ≤ 20 ms, peak ≤ 1024 MB, CLI ≤ 10000 ms.',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('match.ts'))
  main().catch((error: unknown) => {
    process.stderr.write(`bench:match: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
