import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createConnection, createServer, type Socket } from 'node:net';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { acquireDirectoryLock, DatabaseLockedError, embeddedExtensions } from './connection';

/**
 * Backups of both databases (decision 012). The embedded database belongs to one process at a time, so a
 * backup of it is taken by that process: the holder of the lock answers on a Unix socket inside DATA_DIR
 * (`kraftsamling.sock`, mode 0600), which nobody can reach who could not read the database files anyway,
 * and nothing new listens on the network. PGlite copies its data directory between two queries, which is
 * the state a crash at that moment would leave, so restoring it replays the log like a restart after
 * `kill -9`: every committed write is in it, and nothing half-done.
 */
export const backupSocketName = 'kraftsamling.sock';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * Starts answering backup requests for the embedded database this process holds (`dump` copies its data
 * directory, gzipped); returns the stopper.
 */
export async function serveBackups(
  dump: () => Promise<Uint8Array>,
  dir: string,
): Promise<() => Promise<void>> {
  const path = join(dir, backupSocketName);
  // This process holds the directory's lock, so a socket left there was left by a holder that died.
  rmSync(path, { force: true });
  const server = createServer((socket) => answerBackupRequest(dump, socket));
  const listening = await new Promise<boolean>((done) => {
    server.once('error', () => done(false));
    server.listen(path, () => done(true));
  });
  // A directory whose path is too long for a socket name is still usable; backups then need a stopped server.
  if (!listening) return async () => {};
  chmodSync(path, 0o600);
  // The socket never keeps a process (a CLI command, say) alive by itself.
  server.unref();
  return () =>
    new Promise<void>((done) => {
      server.close(() => done());
      rmSync(path, { force: true });
    });
}

function answerBackupRequest(dump: () => Promise<Uint8Array>, socket: Socket): void {
  let request = '';
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: Buffer) => {
    request += chunk.toString('utf8');
    if (!request.includes('\n')) {
      if (request.length > 100) socket.destroy();
      return;
    }
    socket.removeAllListeners('data');
    if (request.trim() !== 'backup') {
      socket.end(`${JSON.stringify({ ok: false, message: 'unknown request' })}\n`);
      return;
    }
    dump().then(
      (archive) => {
        const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.length);
        socket.write(`${JSON.stringify({ ok: true, bytes: bytes.length })}\n`);
        socket.end(bytes);
      },
      (error: unknown) => {
        socket.end(`${JSON.stringify({ ok: false, message: String(error) })}\n`);
      },
    );
  });
}

export type BackupResult = { bytes: number; takenBy: 'the running server' | 'this command' | 'pg_dump' };

/**
 * Writes a consistent copy of the database to `file`: with `databaseUrl` through pg_dump (custom format),
 * else of the embedded database in `dataDir`, by the process that holds it or, if none does, by this one.
 * The file appears only when complete.
 */
export async function backupDatabase(
  target: { databaseUrl?: string | undefined; dataDir: string },
  file: string,
): Promise<BackupResult> {
  const partial = `${file}.partial`;
  try {
    let result: BackupResult;
    if (target.databaseUrl) {
      await runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${partial}`, target.databaseUrl]);
      result = { bytes: readFileSync(partial).length, takenBy: 'pg_dump' };
    } else {
      result = await backupEmbedded(resolve(target.dataDir), partial);
    }
    renameSync(partial, file);
    return result;
  } finally {
    rmSync(partial, { force: true });
  }
}

async function backupEmbedded(dir: string, file: string): Promise<BackupResult> {
  if (!existsSync(join(dir, 'pgdata', 'PG_VERSION')))
    throw new BackupError(`There is no embedded database in ${dir} (DATA_DIR).`);
  let release: () => void;
  try {
    release = acquireDirectoryLock(dir);
  } catch (error) {
    if (!(error instanceof DatabaseLockedError)) throw error;
    const bytes = await requestBackup(join(dir, backupSocketName), error.message);
    writeFileSync(file, bytes);
    return { bytes: bytes.length, takenBy: 'the running server' };
  }
  try {
    const pglite = await PGlite.create(join(dir, 'pgdata'), { extensions: embeddedExtensions });
    try {
      const bytes = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
      writeFileSync(file, bytes);
      return { bytes: bytes.length, takenBy: 'this command' };
    } finally {
      await pglite.close();
    }
  } finally {
    release();
  }
}

function requestBackup(path: string, lockedMessage: string): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    const socket = createConnection(path, () => socket.write('backup\n'));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () =>
      fail(
        new BackupError(
          `${lockedMessage.split('. ')[0]}, and it does not answer backup requests on ${path}. ` +
            'Stop it and run the backup again (it then reads the directory itself).',
        ),
      ),
    );
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(10);
      let header: { ok?: boolean; bytes?: number; message?: string } = {};
      try {
        header = JSON.parse(all.subarray(0, newline).toString('utf8')) as typeof header;
      } catch {
        // Handled below as an incomplete answer.
      }
      const body = all.subarray(newline + 1);
      if (header.ok && body.length === header.bytes) done(body);
      else
        fail(
          new BackupError(
            `The running server could not take the backup: ${header.message ?? 'incomplete answer'}`,
          ),
        );
    });
  });
}

/**
 * Restores a backup made by `backupDatabase`. The embedded database must not be in use; one that already
 * holds data is kept beside it (`pgdata.replaced-<time>`) when `replace` is set, and refused otherwise.
 */
export async function restoreDatabase(
  target: { databaseUrl?: string | undefined; dataDir: string },
  file: string,
  options: { replace: boolean },
): Promise<{ kept?: string }> {
  if (!existsSync(file)) throw new BackupError(`There is no backup file ${file}.`);
  if (target.databaseUrl) {
    await restoreServer(target.databaseUrl, file, options.replace);
    return {};
  }
  const dir = resolve(target.dataDir);
  const data = join(dir, 'pgdata');
  mkdirSync(dir, { recursive: true });
  const release = acquireDirectoryLock(dir);
  try {
    let kept: string | undefined;
    if (existsSync(data) && readdirSync(data).length > 0) {
      if (!options.replace)
        throw new BackupError(
          `${dir} already holds a database. Restore into an empty DATA_DIR, or pass --replace ` +
            '(the present one is kept beside it).',
        );
      kept = `${data}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(data, kept);
    }
    const archive = new Blob([readFileSync(file)], { type: 'application/x-gzip' });
    try {
      const pglite = await PGlite.create(data, { extensions: embeddedExtensions, loadDataDir: archive });
      // Opening replays the copied log; a query proves the result is a working database.
      await pglite.query('select 1');
      await pglite.close();
    } catch (error) {
      rmSync(data, { recursive: true, force: true });
      if (kept) renameSync(kept, data);
      throw new BackupError(
        `${file} is not a backup of the embedded database (${error instanceof Error ? error.message : String(error)}); nothing was changed.`,
      );
    }
    return kept ? { kept } : {};
  } finally {
    release();
  }
}

async function restoreServer(databaseUrl: string, file: string, replace: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let tables: number;
  try {
    const result = await client.query<{ count: string }>(
      "select count(*) from information_schema.tables where table_schema = 'public'",
    );
    tables = Number(result.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
  if (tables > 0 && !replace)
    throw new BackupError(
      'The database at DATABASE_URL already holds tables. Restore into an empty database, or pass --replace ' +
        '(which drops what the backup contains first).',
    );
  await runTool('pg_restore', [
    '--no-owner',
    '--exit-on-error',
    '--single-transaction',
    ...(replace ? ['--clean', '--if-exists'] : []),
    `--dbname=${databaseUrl}`,
    file,
  ]);
}

function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      fail(
        new BackupError(
          error.code === 'ENOENT'
            ? `${command} is not installed; it comes with PostgreSQL's client tools (Debian: postgresql-client).`
            : `${command} could not start: ${error.message}`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0
        ? done()
        : fail(new BackupError(`${command} failed: ${stderr.trim() || `exit code ${code}`}`)),
    );
  });
}
