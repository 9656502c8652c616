import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg, { type PoolConfig } from 'pg';
import { serveBackups } from './backup';
import { EmbeddedDatabase } from './embedded';

export type DatabaseKind = 'embedded' | 'server';

/** Where the data lives and how to reach it; `poolConfig` goes to @fastify/postgres or a plain pg Pool. */
export type DatabaseTarget = {
  kind: DatabaseKind;
  /** Human-readable location for logs: a directory or a server address without credentials. */
  description: string;
  poolConfig: PoolConfig;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` (delivered when the notifying transaction commits), until
   * the returned function is called. Kept alive across lost connections; after a reconnect `onNotify` is
   * called once, since notifications sent meanwhile are lost.
   */
  listen: (channel: string, onNotify: () => void) => Promise<() => Promise<void>>;
  close: () => Promise<void>;
};

export type DatabaseOptions = {
  /** A PostgreSQL connection string. When set, the embedded database is not used. */
  databaseUrl?: string | undefined;
  /** Directory of the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
};

export class DatabaseLockedError extends Error {
  constructor(dir: string, holder: string) {
    super(
      `The embedded database in ${dir} is in use by another process (${holder}). ` +
        'Stop that process, or start this one with another DATA_DIR or a DATABASE_URL.',
    );
    this.name = 'DatabaseLockedError';
  }
}

// Extensions must be passed on every open of the same directory, or PGlite cannot load the catalogue.
export const embeddedExtensions = { pg_trgm, unaccent };

export async function openDatabaseTarget(options: DatabaseOptions): Promise<DatabaseTarget> {
  if (options.databaseUrl) {
    const url = new URL(options.databaseUrl);
    return {
      kind: 'server',
      description: `${url.hostname}:${url.port || 5432}${url.pathname}`,
      poolConfig: { connectionString: options.databaseUrl, max: 10 },
      listen: (channel, onNotify) => listenOnServer(options.databaseUrl as string, channel, onNotify),
      close: async () => {},
    };
  }
  const dataDir = options.dataDir ?? './data';
  if (dataDir === 'memory://') {
    return embeddedTarget(await EmbeddedDatabase.open(null), 'in memory');
  }
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const release = acquireDirectoryLock(dir);
  let database: EmbeddedDatabase | null = null;
  try {
    const opened = await EmbeddedDatabase.open(join(dir, 'pgdata'));
    database = opened;
    // `pnpm cli backup` asks the process that holds the database for a consistent copy (decision 012).
    const stopBackups = await serveBackups(() => opened.dump(), dir);
    return embeddedTarget(opened, dir, stopBackups, release);
  } catch (error) {
    await database?.close().catch(() => {});
    release();
    throw error;
  }
}

/** Closing: no more backups are asked for, then the database closes, then its directory is let go. */
function embeddedTarget(
  database: EmbeddedDatabase,
  description: string,
  stopBackups: () => Promise<void> = async () => {},
  release: () => void = () => {},
): DatabaseTarget {
  return {
    kind: 'embedded',
    description,
    poolConfig: database.poolConfig(),
    // One session: PGlite delivers its own notifications on commit, like a server.
    listen: (channel, onNotify) => database.listen(channel, onNotify),
    close: async () => {
      await stopBackups();
      await database.close();
      release();
    },
  };
}

const reconnectMs = 1000;

/** LISTEN on a connection of its own (a pooled one would be handed to queries), reconnecting when it drops. */
async function listenOnServer(
  connectionString: string,
  channel: string,
  onNotify: () => void,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  const retry = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void connect();
    }, reconnectMs);
    timer.unref();
  };
  const connect = async () => {
    const candidate = new pg.Client({ connectionString });
    candidate.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    // A server restart ends the connection with an error; without a listener it would end the process.
    candidate.on('error', () => {
      if (client === candidate) client = null;
      void candidate.end().catch(() => {});
      retry();
    });
    try {
      await candidate.connect();
      await candidate.query(`listen ${pg.escapeIdentifier(channel)}`);
      if (closed) {
        await candidate.end();
        return;
      }
      client = candidate;
      onNotify();
    } catch {
      await candidate.end().catch(() => {});
      retry();
    }
  };
  await connect();
  return async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    await client?.end().catch(() => {});
  };
}

type LockHolder = { pid: number; host: string };

/**
 * PGlite has no lock between processes, and two processes writing one directory lose data. A lock file
 * names the holder; a holder that is no longer running (after kill -9, say) is taken over.
 */
export function acquireDirectoryLock(dir: string): () => void {
  const file = join(dir, 'kraftsamling.lock');
  const me: LockHolder = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && holder.host === me.host && isRunning(holder.pid)) {
        throw new DatabaseLockedError(dir, `pid ${holder.pid}`);
      }
      if (holder && holder.host !== me.host) {
        throw new DatabaseLockedError(dir, `pid ${holder.pid} on ${holder.host}`);
      }
      // Stale lock of a process that is gone: take it over.
      rmSync(file, { force: true });
    }
  }
  throw new DatabaseLockedError(dir, 'unknown');
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (parsed && typeof parsed === 'object' && 'pid' in parsed && 'host' in parsed) {
      const { pid, host } = parsed as { pid: unknown; host: unknown };
      if (typeof pid === 'number' && typeof host === 'string') return { pid, host };
    }
  } catch {
    // An unreadable or half-written lock file is treated as stale.
  }
  return null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
