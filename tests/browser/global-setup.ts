import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { repoRoot } from '../support/process';
import { chromiumPath } from './support/browser';

/**
 * Browser journeys run the real server serving the real production build, in Debian's Chromium. The build
 * happens once per run, before any journey starts a server.
 */
export default async function setup(): Promise<void> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Browser tests need Chromium at ${chromiumPath}: apt-get install -y chromium (.ci/run does this). ` +
        'Test tools never download browsers of their own.',
    );
  }
  execFileSync(chromiumPath, ['--version'], { stdio: 'ignore' });
  // Vitest sets NODE_ENV=test, which would make React's development build; journeys test what people get.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: `${repoRoot}web`,
      mode: 'production',
      logLevel: 'warn',
      configFile: `${repoRoot}web/vite.config.ts`,
    });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
