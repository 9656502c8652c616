import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// One process, not tsx's wrapper plus a child: a SIGKILL must hit the server itself.
const node = process.execPath;
const loader = ['--import', 'tsx'];

export type ServerProcess = { child: ChildProcess; url: string; output: () => string };

/**
 * Starts the real server entry point as its own process and waits until it prints its address. `nodeArgs`
 * go to Node itself (a benchmark's `--cpu-prof`, which NODE_OPTIONS does not take).
 */
export function startServer(
  env: NodeJS.ProcessEnv,
  // A quiet machine starts it in seconds; a loaded two-core one (tests of every project at once) can take a
  // minute and more to compile and seed, within the browser project's three-minute hook.
  timeoutMs = 150_000,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(node, [...nodeArgs, ...loader, 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before it started:\n${output}`));
    });
  });
}

/** Runs a command of `pnpm cli` as its own process; resolves with its exit code and output. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(node, [...loader, 'server/src/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

export type HttpActor = { cookie: string; csrf: string };

/**
 * Bootstraps an administrator the way an operator would: `pnpm cli create-admin` prints a link, and the
 * password is chosen through it. Run before the server starts (the embedded database allows one process).
 */
export async function createAdminLink(env: NodeJS.ProcessEnv, email = 'admin@example.se'): Promise<string> {
  const result = await runCli(['create-admin', email, '--name', 'Test Admin'], env);
  const token = /reset-password\/([A-Za-z0-9_-]+)/.exec(result.stdout)?.[1];
  if (result.code !== 0 || !token) throw new Error(`create-admin failed: ${result.stdout}${result.stderr}`);
  return token;
}

export async function completeReset(baseUrl: string, token: string, password: string): Promise<HttpActor> {
  const res = await fetch(`${baseUrl}/api/password-resets/complete`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password }),
  });
  if (!res.ok) throw new Error(`reset failed: ${res.status} ${await res.text()}`);
  return actorFrom(res);
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<HttpActor> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  return actorFrom(res);
}

async function actorFrom(res: Response): Promise<HttpActor> {
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('ks_session='))
    ?.split(';')[0];
  const body = (await res.json()) as { csrfToken: string | null };
  if (!cookie || !body.csrfToken) throw new Error('no session in the response');
  return { cookie, csrf: body.csrfToken };
}

/** JSON over HTTP as a signed-in person (or anonymously); throws with the body on a non-2xx answer. */
export async function call<T>(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
  actor?: HttpActor,
): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (actor) {
    headers.cookie = actor.cookie;
    headers['x-csrf-token'] = actor.csrf;
  }
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
