// `pnpm bench:import`: the survey import of 2,000 organisations on the PostgreSQL server at 127.0.0.1:5432
// (or TEST_POSTGRES_URL), through the product's routes (app.inject on the real app, a fresh database per
// round). It times the preview (read + check + the import's writes rolled back) and the import (queued as a
// job above the row threshold: from the request to the run's end, one transaction), and the peak RSS and JS
// heap while each runs, beside references measured in the same round on the same machine: reading the xlsx
// alone (the floor of a preview) and a plain multi-row INSERT of the same organisations and drafts in one
// transaction (the floor of an import). The machine is shared: figures are medians of `--rounds` (default
// 3), and the ratios to the references say more than the seconds. Targets: preview ≤ 5 s, import ≤ 30 s.
// Prints figures; asserts nothing.
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { ImportRun } from '@kraftsamling/shared';
import { readSpreadsheet } from '../../server/src/imports/spreadsheet';
import { sheetXlsx, surveySheet } from '../support/survey-sheet';

process.env.TEST_DATABASE = 'postgres';
const { createTestApp } = await import('../support/app');
const { createMobilisation } = await import('../support/fixtures');

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const ROUNDS = option('rounds', 3);
const SIZE = option('size', 2000);
const BROKEN = 6;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const mb = (bytes: number) => bytes / 2 ** 20;

/** Runs `work`, sampling RSS and heap every 20 ms: wall time and the peaks while it ran. */
async function measure<T>(work: () => Promise<T>) {
  const start = process.memoryUsage();
  let rss = start.rss;
  let heap = start.heapUsed;
  const sample = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  }, 20);
  const began = performance.now();
  try {
    const value = await work();
    const now = process.memoryUsage();
    return {
      value,
      seconds: (performance.now() - began) / 1000,
      peakRss: mb(Math.max(rss, now.rss)),
      heapGrowth: mb(Math.max(heap, now.heapUsed) - start.heapUsed),
    };
  } finally {
    clearInterval(sample);
  }
}

type Round = Record<
  'read' | 'preview' | 'insert' | 'import',
  { seconds: number; peakRss: number; heapGrowth: number }
>;

const sheet = surveySheet(SIZE, BROKEN);
const xlsx = await sheetXlsx(sheet);
const file = { name: 'enkat-2000.xlsx', data: xlsx.toString('base64') };

async function round(): Promise<Round> {
  const t = await createTestApp();
  // The re-match the import queues is bench:match's to measure; here it is taken off the queue unrun, so
  // that it neither competes with the next phase nor holds the app open at the end of the round.
  t.app.jobs.handle('match-mobilisation', async () => {});
  try {
    const m = await createMobilisation(t);
    const read = await measure(() => readSpreadsheet(file.name, new Uint8Array(xlsx)));
    const preview = await measure(async () => {
      const res = await t.request({
        method: 'POST',
        url: `/api/mobilisations/${m.id}/imports/preview`,
        payload: { file },
      });
      if (res.statusCode !== 200) throw new Error(`preview: ${res.statusCode} ${res.body}`);
      return res.json();
    });
    process.stdout.write(`  preview ${preview.seconds.toFixed(2)} s\n`);
    if (preview.value.counts.new !== SIZE - BROKEN)
      throw new Error(`preview counted ${JSON.stringify(preview.value.counts)}`);

    // The floor: the same organisations and their drafts in one plain multi-row INSERT, rolled back.
    const rows = read.value.rows;
    const insert = await measure(async () => {
      const client = await t.app.pg.pool.connect();
      try {
        await client.query('begin');
        await client.query(
          'create temporary table bench_orgs (name text, county text, sector text, draft jsonb) on commit drop',
        );
        for (let i = 0; i < rows.length; i += 500) {
          const chunk = rows.slice(i, i + 500);
          const values = chunk.flatMap((r) => [
            r.cells[1] ?? '',
            r.cells[4] ?? '',
            r.cells[3] ?? '',
            JSON.stringify({
              goals: r.cells[7],
              projects: r.cells[8],
              needs: r.cells[9],
              offers: r.cells[10],
            }),
          ]);
          const placeholders = chunk.map(
            (_, k) => `($${4 * k + 1}, $${4 * k + 2}, $${4 * k + 3}, $${4 * k + 4}::jsonb)`,
          );
          await client.query(
            `insert into bench_orgs (name, county, sector, draft) values ${placeholders.join(', ')}`,
            values,
          );
        }
        await client.query('commit');
      } finally {
        client.release();
      }
    });

    // The import: queued as a job (2,000 rows is above the threshold), timed until its run has ended.
    const imported = await measure(async () => {
      const res = await t.request({
        method: 'POST',
        url: `/api/mobilisations/${m.id}/imports`,
        payload: { file, skipRowsWithErrors: true },
      });
      if (res.statusCode !== 202) throw new Error(`import: ${res.statusCode} ${res.body}`);
      const runId = (res.json().run as ImportRun).id;
      const draining = t.app.jobs.drain();
      for (;;) {
        const run = (
          await t.request({ method: 'GET', url: `/api/mobilisations/${m.id}/imports/runs/${runId}` })
        ).json().run as ImportRun;
        if (run.status === 'done') return { run, draining };
        if (run.status === 'failed') throw new Error(`import failed: ${run.error?.en}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    await imported.value.draining;
    process.stdout.write(`  import ${imported.seconds.toFixed(2)} s\n`);
    if (imported.value.run.result?.counts.new !== SIZE - BROKEN)
      throw new Error('the import did not import every good row');
    return { read, preview, insert, import: imported };
  } finally {
    await t.close();
  }
}

const rounds: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  rounds.push(await round());
  process.stdout.write(`round ${r + 1}/${ROUNDS} done\n`);
}
const m = (key: keyof Round, field: 'seconds' | 'peakRss' | 'heapGrowth') =>
  median(rounds.map((r) => r[key][field]));
const line = (label: string, key: keyof Round, target?: number) =>
  `${label.padEnd(44)} ${m(key, 'seconds').toFixed(2).padStart(7)} s` +
  `  peak RSS ${m(key, 'peakRss').toFixed(0).padStart(5)} MB  heap +${m(key, 'heapGrowth').toFixed(0).padStart(4)} MB` +
  (target ? `  (target ≤ ${target} s)` : '');
console.log(
  `\nbench:import — ${SIZE} organisations (${BROKEN} broken rows skipped), xlsx ${(xlsx.length / 1024).toFixed(0)} kB; ` +
    `PostgreSQL server; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()[0]?.toFixed(1)}; medians of ${ROUNDS} rounds`,
);
console.log(line('reference: read the xlsx', 'read'));
console.log(line('preview (read, check, writes rolled back)', 'preview', 5));
console.log(line('reference: plain multi-row INSERT', 'insert'));
console.log(line('import (job, one transaction)', 'import', 30));
console.log(
  `ratios (medians of per-round ratios): preview / read ${median(rounds.map((r) => r.preview.seconds / r.read.seconds)).toFixed(1)}×, ` +
    `import / INSERT ${median(rounds.map((r) => r.import.seconds / r.insert.seconds)).toFixed(0)}×, import / preview ${median(rounds.map((r) => r.import.seconds / r.preview.seconds)).toFixed(2)}×`,
);
process.exit(0);
