import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

const run = promisify(execFile);

const env = demoEnvironment('initiatives');

/** The demo mobilisation's id, and its review queue once the first matching run has filled it. */
async function demoMobilisation(page: Page): Promise<string> {
  const mobilisationId = await page.evaluate(async () => {
    type Session = { user: { memberships: { role: string; mobilisationId: string }[] } };
    const session = (await (await fetch('/api/session')).json()) as Session;
    return session.user.memberships.find((m) => m.role === 'coordinator')?.mobilisationId ?? '';
  });
  expect(mobilisationId).not.toBe('');
  await expect
    .poll(
      () =>
        page.evaluate(async (id) => {
          const res = await fetch(`/api/mobilisations/${id}/review?limit=1`);
          return res.ok ? ((await res.json()) as { total: number }).total : 0;
        }, mobilisationId),
      { timeout: 60_000, interval: 500 },
    )
    .toBeGreaterThan(5);
  return mobilisationId;
}

describe('the initiative list in a browser', () => {
  it('takes a coordinator from submitted profiles to an exported initiative list', async () => {
    const context = await env.browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'samordnare@demo.kraftsamling.se', 'demo-samordnare');
    const mobilisationId = await demoMobilisation(page);

    // Review: the queue, best first, through the main navigation.
    await page.goto(`${env.url}/m/${mobilisationId}`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Granska matchningar' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Granska matchningar');
    const pairs = page.getByRole('article');
    await pairs.first().waitFor();
    const total = async () =>
      Number(((await page.getByText(/förslag att granska$/).textContent()) ?? '').replace(/\D/g, ''));
    const before = await total();
    await screenshot(page, 'initiatives-review-queue');

    // Accept three pairs; each leaves the open queue, and focus moves on to the next.
    for (let i = 0; i < 3; i += 1) {
      const name = await pairs.first().getByRole('heading').textContent();
      await pairs
        .first()
        .getByRole('button', { name: /Godkänn/ })
        .click();
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /^Godkänd:/ })
            .count(),
        )
        .toBe(1);
      await expect
        .poll(async () => (await pairs.first().getByRole('heading').textContent()) !== name)
        .toBe(true);
    }
    await expect.poll(total).toBe(before - 3);

    // Reject one with a note; without the note the form says what is missing.
    const rejected = pairs.first();
    await rejected.getByRole('button', { name: /Avvisa…/ }).click();
    await rejected.getByRole('button', { name: 'Avvisa matchningen' }).click();
    await rejected.getByText('Skriv varför matchningen avvisas.').waitFor();
    await rejected
      .getByRole('textbox', { name: 'Varför avvisas matchningen?' })
      .fill('Erbjudandet riktar sig till en annan målgrupp än behovet.');
    await rejected.getByRole('button', { name: 'Avvisa matchningen' }).click();
    await expect.poll(total).toBe(before - 4);

    // The decided pairs are kept, with who decided and when.
    await page.getByLabel('Visa').selectOption('rejected');
    await page.getByText('Erbjudandet riktar sig till en annan målgrupp än behovet.').waitFor();
    await expect.poll(() => page.getByText(/Avvisad av Demo Samordnare/).count()).toBe(1);
    expect(page.url()).toContain('state=rejected');

    // Proposals: the platform groups the matches into initiatives.
    await page.getByRole('link', { name: 'Till förslagen på initiativ' }).click();
    await page.getByRole('button', { name: 'Låt plattformen föreslå initiativ' }).click();
    await page.getByText(/^Klart: \d+ nya förslag/).waitFor({ timeout: 30_000 });
    // The list is refetched after the run: read it once that has arrived.
    await page.waitForLoadState('networkidle');
    const first = page.getByRole('article').first();
    const title = ((await first.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(3);
    // Held by its title: the list may be refetched, and reordered, between reading the first one and clicking.
    const proposal = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
    await expect.poll(() => proposal.getByText('Därför föreslås initiativet').count()).toBe(1);
    await proposal.getByRole('button', { name: /Ta in i listan/ }).click();
    await page.getByText(`”${title}” är nu med i initiativlistan.`).waitFor();

    // Edit it: status, period by quarter and the lead organisation.
    await page.getByRole('link', { name: `Öppna ”${title}”` }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    await page.getByRole('button', { name: 'Redigera' }).click();
    const form = page.getByRole('region', { name: 'Redigera initiativet' });
    await form.getByLabel('Status').selectOption('beslutad');
    await form.getByLabel('Från och med').selectOption('2026-Q3');
    await form.getByLabel('Till och med').selectOption('2027-Q4');
    const lead = form.getByLabel('Ansvarig organisation');
    const leadName = ((await lead.locator('option').nth(2).textContent()) ?? '').trim();
    await lead.selectOption({ label: leadName });
    await form.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByText('Ändringarna är sparade.').waitFor();
    const details = page.locator('.initiative-details');
    await expect.poll(() => details.textContent()).toContain('Beslutad');
    await expect.poll(() => details.textContent()).toContain('kvartal 3 2026 – kvartal 4 2027');
    await expect.poll(() => details.textContent()).toContain(leadName);
    const history = page.getByRole('region', { name: 'Historik' });
    await history.getByText('Status: Förslag → Beslutad').waitFor();
    await history.getByText('Tog in initiativet i listan').waitFor();
    await screenshot(page, 'initiatives-initiative');

    // The list: the initiative under its status, with no accessibility violations.
    await page.getByRole('link', { name: 'Tillbaka till initiativlistan' }).click();
    const card = page.getByRole('article', { name: title });
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain(leadName);
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: /^Beslutad/ })
          .getByRole('article', { name: title })
          .count(),
      )
      .toBe(1);
    await screenshot(page, 'initiatives-list');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Export: the workbook, read back by LibreOffice, and the CSV.
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Ladda ner Excel/ }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/^initiativlista-.*\.xlsx$/);
    const exportDir = join(env.dir, 'export');
    const workbook = join(exportDir, 'lista.xlsx');
    await xlsx.saveAs(workbook);
    await run('soffice', [
      `-env:UserInstallation=file://${env.dir}/lo-profile`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      exportDir,
      workbook,
    ]);
    const sheets = readdirSync(exportDir).filter((f) => f.endsWith('.csv'));
    const initiativesSheet = readFileSync(join(exportDir, 'lista-Initiativ.csv'), 'utf8');
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    expect(initiativesSheet.split('\n')[0]).toContain('Titel');
    expect(initiativesSheet).toContain(title);
    expect(initiativesSheet).toContain('Beslutad');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Ladda ner CSV/ }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await csv.saveAs(join(env.dir, 'lista.csv'));
    expect(readFileSync(join(env.dir, 'lista.csv'), 'utf8')).toContain(title);

    // The overview: the decisions and the initiative show up in its numbers.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Lägesöversikt' })
      .click();
    const matches = page.getByRole('table', { name: 'Matchningar mellan behov och erbjudanden' });
    await matches.waitFor();
    const value = (table: typeof matches, label: string) =>
      table
        .getByRole('rowheader', { name: label, exact: true })
        .locator('xpath=..')
        .locator('.chart__value')
        .textContent();
    expect(await value(matches, 'Godkända')).toBe('3');
    expect(await value(matches, 'Avvisade')).toBe('1');
    const statuses = page.getByRole('table', { name: /Initiativ i listan per status/ });
    expect(await value(statuses, 'Beslutad')).toBe('1');
    const profiles = page.getByRole('table', { name: /Profilernas status/ });
    expect((await value(profiles, 'Inlämnade'))?.replace(/\s/g, ' ')).toBe('60 (100 %)');
    await screenshot(page, 'initiatives-overview');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The print page: the list as paper, without the site around it.
    await page.goto(`${env.url}/m/${mobilisationId}/initiatives/print`);
    await page.getByRole('heading', { level: 2, name: `1. ${title}` }).waitFor();
    await page.getByRole('button', { name: 'Skriv ut' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(false);
    await screenshot(page, 'initiatives-print');
    await page.emulateMedia({ media: 'screen' });
    await context.close();
  });
});
