import { backupDatabase } from '@kraftsamling/db';
import { loadConfig } from '../config';

export async function run(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    process.stderr.write('usage: pnpm cli backup <file>\n');
    return 2;
  }
  const config = loadConfig();
  const { bytes, takenBy } = await backupDatabase(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
    file,
  );
  process.stdout.write(`Backup written to ${file} (${bytes} bytes, taken by ${takenBy}).\n`);
  return 0;
}
