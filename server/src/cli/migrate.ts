import { withCliDatabase } from './database';

export async function run(_args: string[]): Promise<number> {
  await withCliDatabase(async () => {});
  process.stdout.write('The database schema is up to date.\n');
  return 0;
}
