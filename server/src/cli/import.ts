import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { enqueueJob, refreshStatistics } from '@kraftsamling/db';
import { demoMobilisation } from '../demo/seed';
import { importProfiles } from '../imports/import-profiles';
import { parseProfileFile } from '../imports/profile-file';
import { learningJobFor } from '../plugins/app/learning';
import { matchJobs } from '../plugins/app/matching';
import { withCliDatabase } from './database';

export async function run(args: string[]): Promise<number> {
  // Survey exports (xlsx, csv) have their own reading, mapping and preview.
  if (args.some((a) => /\.(xlsx|xlsm|xls|csv|tsv)$/i.test(a)))
    return (await import('./import-survey')).run(args);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { mobilisation: { type: 'string' }, name: { type: 'string' } },
  });
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    process.stderr.write('usage: pnpm cli import <file.json> [--mobilisation <slug>] [--name <name>]\n');
    return 2;
  }
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const file = parseProfileFile(text, path);
  const slug = values.mobilisation ?? demoMobilisation.slug;
  const target =
    slug === demoMobilisation.slug
      ? { ...demoMobilisation, ...(values.name ? { name: values.name } : {}) }
      : { slug, name: values.name ?? slug };
  const summary = await withCliDatabase(async (db) => {
    const result = await importProfiles(db, file, target);
    // Fresh statistics for the imported rows (the embedded database has no autovacuum to gather them).
    await refreshStatistics(db, ['organisations', 'profiles', 'profile_items', 'projects']);
    // Matching runs in the server; the queued run is picked up by the next server that starts.
    if (result.created + result.updated > 0) {
      await enqueueJob(db, {
        kind: matchJobs.mobilisation,
        payload: { mobilisationId: result.mobilisationId },
        dedupeKey: `${matchJobs.mobilisation}:${result.mobilisationId}`,
      });
      // New texts teach the mobilisation's field; a model that changes re-matches it again.
      await enqueueJob(db, learningJobFor(result.mobilisationId));
    }
    return result;
  });
  process.stdout.write(
    `Imported ${file.organisations.length} organisations into "${slug}": ` +
      `${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged.\n`,
  );
  return 0;
}
