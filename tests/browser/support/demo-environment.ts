import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ServerProcess, startServer, waitForExit } from '../../support/process';
import { launchBrowser } from './browser';

export type DemoEnvironment = {
  readonly browser: Browser;
  /** The server's address, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** A scratch folder of the test file's own (it also holds the embedded database). */
  readonly dir: string;
};

/**
 * What a browser journey starts from: Chromium, and the server on a fresh embedded database seeded with the
 * demo mobilisation, as a newcomer's `pnpm start` would give. Registers the file's beforeAll/afterAll.
 */
export function demoEnvironment(name: string): DemoEnvironment {
  let dir: string | undefined;
  let browser: Browser | undefined;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `kraftsamling-${name}-`));
    browser = await launchBrowser();
    server = await startServer({ DATA_DIR: join(dir, 'data'), DATABASE_URL: '', SEED_DEMO: 'true' });
  });
  afterAll(async () => {
    await browser?.close();
    if (server) {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not ready (used before beforeAll?)`);
    return value;
  };
  return {
    get browser() {
      return ready(browser, 'browser');
    },
    get url() {
      return ready(server, 'server').url;
    },
    get dir() {
      return ready(dir, 'scratch folder');
    },
  };
}
