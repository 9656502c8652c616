import { restoreDatabase } from '@kraftsamling/db';
import { loadConfig } from '../config';

export async function run(args: string[]): Promise<number> {
  const replace = args.includes('--replace');
  const files = args.filter((arg) => arg !== '--replace');
  const [file] = files;
  if (!file || files.length > 1 || files.some((f) => f.startsWith('--'))) {
    process.stderr.write('usage: pnpm cli restore <file> [--replace]\n');
    return 2;
  }
  const config = loadConfig();
  const { kept } = await restoreDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, file, {
    replace,
  });
  const where = config.databaseUrl
    ? 'the database at DATABASE_URL'
    : `the embedded database in ${config.dataDir}`;
  process.stdout.write(
    `Restored ${file} into ${where}.${kept ? ` The database it replaced is kept in ${kept}.` : ''}\n`,
  );
  return 0;
}
