import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer, waitForExit } from '../support/process';
import { launchBrowser, screenshot, signInThroughPage } from './support/browser';

let dir: string;
let browser: Browser;
let server: ServerProcess | null = null;
const env = () => ({ DATA_DIR: dir, DATABASE_URL: '', SEED_DEMO: 'true' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kraftsamling-browser-'));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (server) {
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the four-point form in a browser', () => {
  it('keeps what a member typed across a reload and a kill -9 of the server', async () => {
    server = await startServer(env());
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await signInThroughPage(page, 'medlem@demo.kraftsamling.se', 'demo-medlem-2026');
    const profileId = await page.evaluate(async () => {
      type Session = { user: { memberships: { role: string; mobilisationId: string }[] } };
      const session = (await (await fetch('/api/session')).json()) as Session;
      const membership = session.user.memberships.find((m) => m.role === 'member');
      if (!membership) throw new Error('the demo member has no membership');
      const list = (await (
        await fetch(
          `/api/mobilisations/${membership.mobilisationId}/organisations?q=${encodeURIComponent('Ung Puls')}`,
        )
      ).json()) as { items: { profileId: string }[] };
      return list.items[0]?.profileId ?? '';
    });

    await page.goto(`${server.url}/profiles/${profileId}/edit`);
    const goals = page.getByLabel('Vilka mål ser ni att vi måste nå?');
    await goals.fill('Alla unga i Sundsvall ska ha en vuxen att prata med – skrivet i webbläsaren.');
    await page.getByRole('button', { name: 'Lägg till behov' }).click();
    const needs = page.getByLabel('Beskriv behovet');
    await needs
      .last()
      .fill('Vi behöver handledning för våra unga ledare, gärna från någon med erfarenhet av MHFA.');
    await page
      .getByRole('status')
      .filter({ hasText: /^Sparat \d/ })
      .waitFor({ timeout: 15_000 });
    await screenshot(page, 'profile-form-saved');

    await page.reload();
    await expect
      .poll(() => page.getByLabel('Vilka mål ser ni att vi måste nå?').inputValue(), { timeout: 15_000 })
      .toContain('skrivet i webbläsaren');

    // The server dies without a chance to flush anything.
    server.child.kill('SIGKILL');
    await waitForExit(server.child);
    server = await startServer(env());

    // A new port is a new origin: nothing can come from this browser's local storage, only from the server.
    await page.goto(`${server.url}/profiles/${profileId}/edit`);
    await expect
      .poll(() => page.getByLabel('Vilka mål ser ni att vi måste nå?').inputValue(), { timeout: 15_000 })
      .toContain('skrivet i webbläsaren');
    await expect
      .poll(async () => (await page.getByLabel('Beskriv behovet').last().inputValue()).includes('MHFA'))
      .toBe(true);
    await context.close();
  });
});
