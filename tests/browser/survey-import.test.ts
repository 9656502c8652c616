import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '@kraftsamling/shared';
import { describe, expect, it } from 'vitest';
import { sheetXlsx, surveySheet } from '../support/survey-sheet';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

/**
 * A coordinator imports a 160-organisation survey sheet with four broken rows: upload → the proposed mapping
 * → the preview naming the broken rows → refused until the broken rows are skipped → a job with progress →
 * the organisations in the list. The import page passes axe at each step.
 */
const env = demoEnvironment('survey-import');

describe('importing a survey sheet in a browser', () => {
  it('imports 160 organisations from xlsx, skipping the broken rows, and lists them', async () => {
    const sheet = surveySheet(160, 4);
    const path = join(env.dir, 'enkat.xlsx');
    writeFileSync(path, await sheetXlsx(sheet));

    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'samordnare@demo.kraftsamling.se', 'demo-samordnare');
    const session = await page.evaluate(async () => (await (await fetch('/api/session')).json()) as Session);
    const mobilisationId = session.user?.memberships.find((m) => m.role === 'coordinator')?.mobilisationId;
    if (!mobilisationId) throw new Error('the demo coordinator coordinates no mobilisation');

    await page.goto(`${env.url}/m/${mobilisationId}`);
    await page.getByRole('link', { name: 'Importera enkätsvar' }).click();
    await page.getByRole('heading', { level: 1, name: /Importera enkätsvar/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Fil (xlsx eller csv)').setInputFiles(path);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await page
      .getByText('160 rader: 156 nya organisationer, 0 uppdaterade, 0 oförändrade, 4 med fel.')
      .waitFor({ timeout: 60_000 });
    // The survey's questions were mapped from their words.
    expect(await page.getByLabel('Kolumn ”Organisation”').inputValue()).toBe('name');
    expect(await page.getByLabel('Kolumn ”Vad skulle ni behöva stöd eller hjälp med?”').inputValue()).toBe(
      'needs',
    );
    expect(await page.getByLabel('Kolumn ”Tidstämpel”').inputValue()).toBe('ignore');
    // Every broken row is listed by its row and column.
    const problems = page.getByRole('list', { name: 'Problem i filen' }).getByRole('listitem');
    expect(await problems.count()).toBe(4);
    const texts = await problems.allTextContents();
    for (const broken of sheet.broken) {
      expect(texts.some((text) => text.startsWith(`Rad ${broken.row}`))).toBe(true);
    }
    expect(texts.join('\n')).toContain('Okänt län: "Atlantis län".');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'survey-import-preview');

    // Not without skipping the broken rows.
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('4 of 160 rows have errors');
    await page.getByLabel('Hoppa över raderna med fel och importera resten').check();
    await page.getByRole('button', { name: 'Importera', exact: true }).click();

    // A file this large is imported by a job; the page follows it to its result.
    await page.getByRole('heading', { name: 'Import av enkat.xlsx' }).waitFor();
    expect(await page.getByRole('progressbar', { name: 'Importens förlopp' }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page
      .getByText('Importen är klar: 156 nya, 0 uppdaterade, 0 oförändrade, 4 rader överhoppade.')
      .waitFor({ timeout: 90_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'survey-import-done');

    // The organisations are in the mobilisation's list.
    for (const name of [sheet.names[0], sheet.names[80], sheet.names.at(-1)]) {
      if (!name) throw new Error('no name');
      await page.goto(`${env.url}/m/${mobilisationId}/organisations?q=${encodeURIComponent(name)}`);
      await page.getByRole('link', { name }).first().waitFor();
    }
    await context.close();
  });
});
