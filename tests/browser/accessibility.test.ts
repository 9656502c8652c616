import type { MobilisationList, OrganisationList } from '@kraftsamling/shared';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../support/process';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

/**
 * The pages issue 6 names, checked against WCAG 2.1 A/AA with axe in Chromium, each photographed into
 * build-output/screenshots for a person to look at.
 */
const env = demoEnvironment('a11y');
let mobilisationId: string;
let profileId: string;
beforeAll(async () => {
  mobilisationId = (await call<MobilisationList>(env.url, 'GET', '/api/mobilisations')).items[0]?.id ?? '';
  const list = await call<OrganisationList>(
    env.url,
    'GET',
    `/api/mobilisations/${mobilisationId}/organisations?q=${encodeURIComponent('Ung Puls')}`,
  );
  profileId = list.items[0]?.profileId ?? '';
});

async function check(context: BrowserContext, path: string, name: string, ready: string) {
  const page = await context.newPage();
  await page.goto(`${env.url}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  // Let lazy data settle so axe sees the page a person sees.
  await page.waitForLoadState('networkidle');
  await screenshot(page, `a11y-${name}`);
  expect(await accessibilityViolations(page), `${name} (${path})`).toEqual([]);
  await page.close();
}

describe('accessibility of the main pages (WCAG 2.1 AA)', () => {
  it('has no violations on the start page, an organisation page, the map and its list view, and the initiative list', async () => {
    const context = await env.browser.newContext();
    await check(context, '/', 'start', 'main h1');
    const nav = await (async () => {
      const page = await context.newPage();
      await page.goto(`${env.url}/`);
      await page.locator('main h1').waitFor();
      // The mobilisation's links come with the list of mobilisations, which may answer after the heading.
      await page.locator('nav a[href$="/initiatives"]').first().waitFor({ timeout: 30_000 });
      const hrefs = await page
        .locator('nav a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      await page.close();
      return hrefs;
    })();
    // The start page's navigation leads to the organisations, the map and the initiative list.
    expect(nav.some((h) => /\/organisations$/.test(h))).toBe(true);
    expect(nav.some((h) => /\/map$/.test(h))).toBe(true);
    expect(nav.some((h) => /\/initiatives$/.test(h))).toBe(true);
    await check(context, `/profiles/${profileId}`, 'organisation', 'main h1');
    await check(context, `/m/${mobilisationId}/map`, 'map', '[data-first-frame="true"]');
    await check(context, `/m/${mobilisationId}/map/list`, 'map-list', 'main h1');
    await check(context, `/m/${mobilisationId}/initiatives`, 'initiatives', 'main h1');
    await context.close();
  });

  it('has no violations on the four-point form of a signed-in member', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'medlem@demo.kraftsamling.se', 'demo-medlem-2026');
    await page.close();
    await check(context, `/profiles/${profileId}/edit`, 'profile-form', 'textarea');
    await check(context, `/profiles/${profileId}`, 'organisation-member', 'main h1');
    await context.close();
  });

  it('brings a member to their own organisation on signing in, a page with no violations in either language', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.url}/sign-in`);
    await page.getByLabel('E-postadress').fill('medlem@demo.kraftsamling.se');
    await page.getByLabel('Lösenord', { exact: true }).fill('demo-medlem-2026');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.waitForURL(/\/m\/[^/]+\/our-organisation$/);
    await page.getByRole('heading', { level: 2, name: 'Initiativ ni är med i' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Er profil' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'a11y-our-organisation');
    expect(await accessibilityViolations(page), 'our organisation').toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Initiatives you take part in' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await accessibilityViolations(page), 'our organisation in English').toEqual([]);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await context.close();
  });
});
