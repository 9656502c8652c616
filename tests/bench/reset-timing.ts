// `pnpm bench:reset-timing`: does the answer time of `POST /api/password-resets` tell whether an email has an
// account? For each database (embedded, and the PostgreSQL server at TEST_POSTGRES_URL or 127.0.0.1:5432 when
// reachable) it starts the real server process, logging and running its job loop as in production, and sends
// rounds of three reset requests, one for an email with an account and two for emails without, in rotating
// order, each from an address of its own (through a trusted proxy, so that the attempt limits do not refuse
// them). It prints the medians of both paths side by side, the median difference within a round, and as the
// noise floor the median difference between the two requests of the same path. Asserts nothing.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectDatabase, insertUser, migrateToLatest, openDatabaseTarget } from '@kraftsamling/db';
import { hashPassword } from '@kraftsamling/server/auth/passwords';
import { createServerDatabase, createTestDatabase, type TestDatabaseKind } from '../support/database';
import { startServer, waitForExit } from '../support/process';

const ROUNDS = Number(process.env.ROUNDS ?? 400);
const WARM_UP = 50;

type Row = { database: string; path: string; median: number; p25: number; p75: number; n: number };

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (i - lo);
}

function summarise(database: string, path: string, ms: number[]): Row {
  const sorted = [...ms].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    database,
    path,
    median: r(quantile(sorted, 0.5)),
    p25: r(quantile(sorted, 0.25)),
    p75: r(quantile(sorted, 0.75)),
    n: ms.length,
  };
}

/** A database with the schema and `count` accounts, and the environment that points the server at it. */
async function prepare(kind: TestDatabaseKind, count: number) {
  let env: NodeJS.ProcessEnv;
  let drop: () => Promise<void>;
  if (kind === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'ks-reset-timing-'));
    env = { DATA_DIR: dir };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const server = await createServerDatabase();
    env = { DATABASE_URL: server.url };
    drop = server.drop;
  }
  const { db, close } = connectDatabase(
    await openDatabaseTarget({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR ?? '' }),
  );
  const accounts: string[] = [];
  try {
    await migrateToLatest(db);
    const passwordHash = await hashPassword('bench password 1234');
    for (let i = 0; i < count; i++) {
      const email = `konto-${i}-${randomUUID().slice(0, 8)}@example.se`;
      await insertUser(db, { email, name: `Konto ${i}`, passwordHash });
      accounts.push(email);
    }
  } finally {
    await close();
  }
  return { env, accounts, drop };
}

async function measure(kind: TestDatabaseKind): Promise<Row[]> {
  const { env, accounts, drop } = await prepare(kind, ROUNDS + WARM_UP);
  // The real server in a process of its own, logging at the default level, its job loop running; this
  // process is only the client. Every request comes "through" a trusted proxy from an address of its own.
  const server = await startServer({ ...env, LOG_LEVEL: 'info', TRUST_PROXY: '127.0.0.1' });
  try {
    const url = `${server.url}/api/password-resets`;
    let client = 0;
    const timeOne = async (email: string): Promise<number> => {
      client++;
      const started = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`,
        },
        body: JSON.stringify({ email }),
      });
      await res.arrayBuffer();
      const elapsed = performance.now() - started;
      if (res.status !== 202) throw new Error(`unexpected ${res.status}`);
      return elapsed;
    };

    // Each round sends one email with an account and two without, in a rotating order; the differences
    // within a round see the same load on the machine, so their medians are steadier than the raw times.
    const known: number[] = [];
    const unknown: number[] = [];
    const pairedDifference: number[] = [];
    const noiseDifference: number[] = [];
    for (let i = 0; i < ROUNDS + WARM_UP; i++) {
      const emails = [accounts[i] ?? '', `ingen-${i}-a@example.se`, `ingen-${i}-b@example.se`];
      const times: number[] = [0, 0, 0];
      for (let k = 0; k < 3; k++) {
        const which = (i + k) % 3;
        times[which] = await timeOne(emails[which] ?? '');
      }
      if (i < WARM_UP) continue;
      const [withAccount = 0, withoutA = 0, withoutB = 0] = times;
      known.push(withAccount);
      unknown.push(withoutA);
      pairedDifference.push(withAccount - withoutA);
      noiseDifference.push(withoutB - withoutA);
    }
    const mailed = (server.output().match(/mail \(no SMTP configured/g) ?? []).length;
    process.stdout.write(`${kind}: ${mailed} reset mails written for ${ROUNDS + WARM_UP} accounts\n`);

    return [
      summarise(kind, 'email with an account', known),
      summarise(kind, 'email without an account', unknown),
      summarise(kind, 'with − without, same round', pairedDifference),
      summarise(kind, 'without − without, same round (noise floor)', noiseDifference),
    ];
  } finally {
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
    await drop();
  }
}

async function postgresReachable(): Promise<boolean> {
  try {
    const db = await createTestDatabase('postgres');
    await db.target.close();
    await db.drop();
    return true;
  } catch {
    return false;
  }
}

const rows: Row[] = [...(await measure('embedded'))];
if (await postgresReachable()) rows.push(...(await measure('postgres')));
else process.stdout.write('PostgreSQL server not reachable: measured the embedded database only.\n');

process.stdout.write(`\nPOST /api/password-resets, ${ROUNDS} requests per path, milliseconds\n\n`);
process.stdout.write('| Database | Path | Median | p25 | p75 | n |\n| --- | --- | --- | --- | --- | --- |\n');
for (const r of rows) {
  process.stdout.write(`| ${r.database} | ${r.path} | ${r.median} | ${r.p25} | ${r.p75} | ${r.n} |\n`);
}
