import { connectDatabase, type Db, migrateToLatest, openDatabaseTarget } from '@kraftsamling/db';
import { loadConfig } from '../config';

/** Opens the same database the server would (DATABASE_URL, else the embedded one in DATA_DIR), migrated. */
export async function withCliDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { db, close } = connectDatabase(
    await openDatabaseTarget({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }),
  );
  try {
    await migrateToLatest(db);
    return await work(db);
  } finally {
    await close();
  }
}
