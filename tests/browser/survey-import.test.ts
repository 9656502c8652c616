import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CollaborationMap,
  decodeMapDocument,
  type MapDocument,
  type Session,
} from '@kraftsamling/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sheetXlsx, surveySheet } from '../support/survey-sheet';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

/**
 * A coordinator imports a 160-organisation survey sheet with four broken rows: upload → the proposed mapping
 * → the preview naming the broken rows → refused (in Swedish) until the broken rows are skipped → a job with
 * progress → the organisations in the list → the organisations on the map, in its list view and its panel.
 * Each page passes axe at each step.
 */
const env = demoEnvironment('survey-import');

/** The map as the page's own session reads it from the API, once it has been computed with `names` on it. */
async function mapWith(page: Page, mobilisationId: string, names: string[]): Promise<CollaborationMap> {
  let map: CollaborationMap | null = null;
  // The import queues a re-match, and the map is laid out again after it: on a busy machine that takes a while.
  await expect
    .poll(
      async () => {
        const document = await page.evaluate(
          async (url) => (await (await fetch(url)).json()) as MapDocument,
          `/api/mobilisations/${mobilisationId}/map`,
        );
        map = decodeMapDocument(document);
        const onIt = new Set(map.nodes.map((n) => n.name));
        return !map.pending && map.computedAt !== null && names.every((name) => onIt.has(name));
      },
      { timeout: 300_000, interval: 2_000 },
    )
    .toBe(true);
  if (!map) throw new Error('no map');
  return map;
}

describe('importing a survey sheet in a browser', () => {
  it('imports 160 organisations from xlsx, skipping the broken rows, lists them and shows them on the map', async () => {
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
    // Why, in the reader's language (the server gives both).
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('4 av 160 rader har fel');
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

    // …and on the map, once it has been computed again: in its accessible list view, filtered to where the
    // first imported organisation is (sector and county), and in the map's own panel.
    const imported = [sheet.names[0], sheet.names[80], sheet.names.at(-1)].filter(
      (name): name is string => name !== undefined,
    );
    const map = await mapWith(page, mobilisationId, imported);
    for (const name of imported) {
      const node = map.nodes.find((n) => n.name === name);
      if (!node) throw new Error(`${name} is not on the map`);
      const filter = new URLSearchParams({ sector: node.sector, county: node.county });
      await page.goto(`${env.url}/m/${mobilisationId}/map/list?${filter}`);
      await page.getByRole('heading', { level: 3, name }).waitFor({ timeout: 60_000 });
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'survey-import-map-list');
    const first = map.nodes.find((n) => n.name === imported[0]);
    await page.goto(`${env.url}/m/${mobilisationId}/map?org=${first?.id}`);
    await page.getByRole('region', { name: imported[0] }).waitFor({ timeout: 60_000 });
    await page.waitForSelector('[data-first-frame="true"]', { timeout: 60_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'survey-import-map');
    await context.close();
  }, 600_000);
});
