// A whole re-match in-process on a copy of a bench:jobs template, cold then again, with the time of each phase
// (index, rank, stage, replace, analyze): `pnpm bench:rematch-phases --template <db> [--runs 2]`.
import { openDatabaseTarget } from '@kraftsamling/db';
import { buildApp } from '@kraftsamling/server/app';
import { rematchMobilisation } from '@kraftsamling/server/matching/rematch';
import { copyDatabase, dropDatabase, mobilisationIdOf, option, urlOf } from './support';

const template = option('template') ?? '';
const runs = Number(option('runs') ?? 2);
const copy = option('copy') ?? `ks_bench_rematch_phases_${process.pid}`;

async function main() {
  await copyDatabase(template, copy);
  try {
    const app = await buildApp({
      database: await openDatabaseTarget({ databaseUrl: urlOf(copy) }),
      jobs: { autoStart: false },
      logger: false,
      webDist: null,
    });
    try {
      const mobilisationId = await mobilisationIdOf(app.db, 'bench');
      for (let run = 0; run < runs; run++) {
        const phases: string[] = [];
        const t0 = performance.now();
        await rematchMobilisation(app.db, app.workers, mobilisationId, async () => {}, {
          phase: (name, ms) => phases.push(`${name} ${Math.round(ms)}`),
        });
        process.stderr.write(`run ${run}: ${Math.round(performance.now() - t0)} ms — ${phases.join(', ')}\n`);
      }
    } finally {
      await app.close();
    }
  } finally {
    if (!process.argv.includes('--keep')) await dropDatabase(copy);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
