import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { findMobilisationIdBySlug, recordAudit, saveImportMapping } from '@kraftsamling/db';
import { type ImportMapping, importMappingSchema, sectorSchema } from '@kraftsamling/shared';
import { importSurvey, prepareSurvey, previewSurvey } from '../imports/survey-import';
import { withCliDatabase } from './database';

const usage =
  'usage: pnpm cli import <file.xlsx|file.csv> --mobilisation <slug> [--mapping <mapping.json>] [--sheet <name>] [--dry-run] [--drafts] [--skip-errors] [--default-sector <id>]\n';

async function readMapping(path: string): Promise<ImportMapping> {
  const text = await readFile(path, 'utf8');
  const parsed = importMappingSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path} is not a mapping: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** `pnpm cli import` for survey exports (xlsx, csv): the same reading, checks and transaction as the web page. */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      mobilisation: { type: 'string' },
      mapping: { type: 'string' },
      sheet: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      drafts: { type: 'boolean', default: false },
      'skip-errors': { type: 'boolean', default: false },
      'default-sector': { type: 'string' },
    },
  });
  const [path] = positionals;
  if (!path || positionals.length > 1 || !values.mobilisation) {
    process.stderr.write(usage);
    return 2;
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`Cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const mapping = values.mapping ? await readMapping(values.mapping) : undefined;
  const defaultSector = values['default-sector'] ? sectorSchema.parse(values['default-sector']) : undefined;
  const slug = values.mobilisation;
  const out = (text: string) => process.stdout.write(text);
  return withCliDatabase(async (db) => {
    const mobilisationId = await findMobilisationIdBySlug(db, slug);
    if (!mobilisationId) throw new Error(`There is no mobilisation "${slug}".`);
    const survey = await prepareSurvey(db, mobilisationId, {
      name: path,
      bytes: new Uint8Array(bytes),
      sheet: values.sheet,
      mapping,
      defaultSector,
      asDrafts: values.drafts,
    });
    if (survey.table.sheets.length > 0) {
      out(`Sheet "${survey.table.sheet}" of: ${survey.table.sheets.join(', ')}\n`);
    }
    if (!mapping) {
      out(
        `The ${survey.mappingSource} mapping (save it to a file, edit it and pass it with --mapping to change it):\n`,
      );
      out(`${JSON.stringify(survey.mapping, null, 2)}\n`);
    }
    const preview = await previewSurvey(db, mobilisationId, survey);
    const c = preview.counts;
    out(
      `${c.rows} rows: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.withErrors} with errors.\n`,
    );
    for (const p of preview.problems) {
      out(
        `  ${p.row === null ? 'file' : `row ${p.row}`}${p.column ? `, column "${p.column}"` : ''}: ${p.en}\n`,
      );
    }
    if (values['dry-run']) {
      out('Dry run: nothing was written.\n');
      return 0;
    }
    const outcome = await importSurvey(db, mobilisationId, survey, {
      dryRun: false,
      skipRowsWithErrors: values['skip-errors'],
      afterImport: async (trx, result) => {
        await saveImportMapping(trx, mobilisationId, survey.mapping, null);
        await recordAudit(trx, {
          mobilisationId,
          actor: null,
          action: 'profiles.imported',
          entityType: 'mobilisation',
          entityId: mobilisationId,
          details: { file: path, via: 'cli', ...result.counts, skipped: result.skipped },
        });
      },
    });
    out(
      `Imported into "${slug}": ${outcome.counts.new} new, ${outcome.counts.updated} updated, ` +
        `${outcome.counts.unchanged} unchanged, ${outcome.skipped} rows skipped` +
        `${outcome.rematchQueued ? '; a re-match is queued' : ''}.\n`,
    );
    return 0;
  });
}
