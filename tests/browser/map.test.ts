import {
  type CollaborationMap,
  decodeMapDocument,
  filterMap,
  type MapDocument,
  type Session,
} from '@kraftsamling/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, signIn } from '../support/process';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

const env = demoEnvironment('map');

const baseUrl = () => env.url;

/** The map as the API serves it, once the first computation after the demo seed has finished. */
async function computedMap(mobilisationId: string): Promise<CollaborationMap> {
  let map: CollaborationMap | null = null;
  await expect
    .poll(
      async () => {
        map = decodeMapDocument(
          await call<MapDocument>(baseUrl(), 'GET', `/api/mobilisations/${mobilisationId}/map`),
        );
        return map.computedAt !== null && !map.pending && map.links.length > 0;
      },
      { timeout: 90_000, interval: 1_000 },
    )
    .toBe(true);
  if (!map) throw new Error('no map');
  return map;
}

async function sessionOf(page: Page): Promise<Session> {
  return page.evaluate(async () => (await (await fetch('/api/session')).json()) as Session);
}

describe('the collaboration map in a browser', () => {
  it('filters, finds an organisation, sends interest, and shows the mutual link to the other side', async () => {
    // The demo member (Föreningen Ung Puls) opens the map.
    const memberContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await memberContext.newPage();
    await page.goto(`${baseUrl()}/`);
    await signInThroughPage(page, 'medlem@demo.kraftsamling.se', 'demo-medlem-2026');
    const own = (await sessionOf(page)).user?.memberships.find((m) => m.role === 'member');
    if (!own?.organisationId || !own.organisationName) throw new Error('the demo member has no organisation');
    const mobilisationId = own.mobilisationId;
    const map = await computedMap(mobilisationId);

    // The partner: an organisation the engine proposes for Ung Puls.
    const link = map.links.find((l) => l.source === own.organisationId || l.target === own.organisationId);
    if (!link) throw new Error('Ung Puls has no proposed link on the demo map');
    const partnerId = link.source === own.organisationId ? link.target : link.source;
    const partner = map.nodes.find((n) => n.id === partnerId);
    if (!partner) throw new Error('the partner is not on the map');

    const mapUrl = `${baseUrl()}/m/${mobilisationId}/map`;
    await page.goto(mapUrl);
    await page.waitForSelector('[data-first-frame="true"]', { timeout: 30_000 });
    expect(await page.evaluate(() => performance.getEntriesByName('map:first-frame').length)).toBe(1);
    await expect
      .poll(() =>
        page.getByRole('img', { name: /^Samverkanskarta: \d+ organisationer och \d+ länkar$/ }).count(),
      )
      .toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'map');

    // Filter by the partner's sector: the address keeps it, and the count says how many remain.
    const sectorLabel = await page
      .getByRole('combobox', { name: 'Sektor' })
      .locator(`option[value="${partner.sector}"]`)
      .textContent();
    await page.getByRole('combobox', { name: 'Sektor' }).selectOption(partner.sector);
    await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe(partner.sector);
    const inSector = map.nodes.filter((n) => n.sector === partner.sector).length;
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^Visar/ })
          .textContent(),
      )
      .toContain(`Visar ${inSector} organisation`);
    expect(sectorLabel).toBeTruthy();

    // Find the partner by name and open its panel.
    await page.getByRole('searchbox', { name: 'Hitta organisation' }).fill(partner.name.slice(0, 12));
    await page.getByRole('button', { name: new RegExp(`^${literal(partner.name)}`) }).click();
    const panel = page.getByRole('region', { name: partner.name });
    await panel.waitFor();
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).evaluate((h) => h.matches(':focus')))
      .toBe(true);
    await panel.getByRole('heading', { name: 'Profilen' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'map-panel');

    // "Vi är intresserade", from Ung Puls.
    await panel.getByRole('button', { name: 'Vi är intresserade' }).click();
    await panel.getByText(`Från organisation: ${own.organisationName}`).waitFor();
    await panel
      .getByRole('textbox', { name: /Meddelande/ })
      .fill('Hej! Vi skulle gärna samarbeta kring unga i Sundsvall.');
    await panel.getByRole('button', { name: 'Skicka intresse' }).click();
    await panel.getByText(`Intresset är skickat till ${partner.name}.`).waitFor();
    await screenshot(page, 'map-interest-sent');

    // A person of the partner organisation joins: the platform admin invites them as a member.
    const admin = await signIn(baseUrl(), 'admin@demo.kraftsamling.se', 'demo-admin-2026');
    const email = 'partner.kontakt@example.se';
    await call(
      baseUrl(),
      'POST',
      `/api/mobilisations/${mobilisationId}/invitations`,
      {
        email,
        name: 'Parisa Partner',
        role: 'member',
        organisationId: partner.id,
      },
      admin,
    );
    const outbox = await call<{ items: { to: string; text: string }[] }>(
      baseUrl(),
      'GET',
      '/api/admin/outbox',
      undefined,
      admin,
    );
    const token = outbox.items
      .filter((m) => m.to === email)
      .map((m) => /\/invitation\/([A-Za-z0-9_-]+)/.exec(m.text)?.[1])
      .find(Boolean);
    if (!token) throw new Error('no invitation mail in the outbox');

    const partnerContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await partnerContext.newPage();
    await other.goto(`${baseUrl()}/`);
    const accepted = await other.evaluate(
      async ([t]) => {
        const res = await fetch(`/api/invitations/${t}/accept`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Parisa Partner', password: 'ett-långt-lösenord-för-partnern' }),
        });
        return res.status;
      },
      [token] as const,
    );
    expect(accepted).toBe(200);

    // The partner sees Ung Puls's interest on the map and answers it.
    await other.goto(`${mapUrl}?org=${own.organisationId}`);
    const pulsPanel = other.getByRole('region', { name: own.organisationName });
    await pulsPanel
      .getByText(`${own.organisationName} har visat intresse för er.`)
      .waitFor({ timeout: 30_000 });
    await pulsPanel.getByText('Hej! Vi skulle gärna samarbeta kring unga i Sundsvall.').waitFor();
    await pulsPanel.getByRole('button', { name: 'Vi är också intresserade' }).click();
    await pulsPanel.getByRole('textbox', { name: /Meddelande/ }).fill('Gärna! Vi hör av oss.');
    await pulsPanel.getByRole('button', { name: 'Skicka intresse' }).click();
    await pulsPanel
      .getByText(`Ni och ${own.organisationName} är intresserade av varandra.`, { exact: false })
      .waitFor();

    // Ung Puls is told in the app: the header counts the notice, and the notices page says who answered.
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: /^Aviseringar\s+1\s+oläst$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Aviseringar' }).waitFor();
    const notice = page.getByRole('article').filter({
      has: page.getByRole('heading', {
        level: 2,
        name: `${partner.name} är intresserade av er organisation – ni är ömsesidigt intresserade`,
      }),
    });
    await notice.getByText('Gärna! Vi hör av oss.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'notifications');
    await notice.getByRole('button', { name: 'Markera som läst' }).click();
    await page.getByText('Alla aviseringar är lästa.').waitFor();
    await page.getByRole('link', { name: 'Aviseringar' }).waitFor();

    // The mutual link appears in the partner's list view once the map has been recomputed.
    await other.goto(`${baseUrl()}/m/${mobilisationId}/map/list?linkStatus=mutual`);
    const entry = other
      .getByRole('listitem')
      .filter({ has: other.getByRole('heading', { level: 3, name: partner.name }) });
    await entry.getByText(`Ömsesidigt intresse med ${own.organisationName}`).waitFor({ timeout: 60_000 });
    expect(await accessibilityViolations(other)).toEqual([]);
    await screenshot(other, 'map-list-mutual');

    // …and in the map data, for both sides.
    const mutual = filterMap(
      decodeMapDocument(
        await call<MapDocument>(baseUrl(), 'GET', `/api/mobilisations/${mobilisationId}/map`),
      ),
      { linkStatus: 'mutual' },
    );
    expect(
      mutual.links.some(
        (l) =>
          l.status === 'mutual' &&
          [l.source, l.target].sort().join() === [own.organisationId, partner.id].sort().join(),
      ),
    ).toBe(true);
    await page.goto(`${mapUrl}?linkStatus=mutual&org=${partner.id}`);
    const partnerPanel = page.getByRole('region', { name: partner.name });
    await partnerPanel
      .getByText(`Ömsesidigt intresse med ${own.organisationName}`)
      .waitFor({ timeout: 30_000 });
    await page.waitForSelector('[data-first-frame="true"]');
    await screenshot(page, 'map-mutual');

    await memberContext.close();
    await partnerContext.close();
  });

  it('finds partners by the words of their needs and offers, with the matched words marked', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await signInThroughPage(page, 'medlem@demo.kraftsamling.se', 'demo-medlem-2026');
    const mobilisationId = (await sessionOf(page)).user?.memberships[0]?.mobilisationId ?? '';

    await page.goto(`${baseUrl()}/m/${mobilisationId}/search`);
    await page.getByRole('searchbox', { name: 'Vad söker ni?' }).fill('utvärdering');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText(/träffar? för ”utvärdering”/).waitFor();
    const marks = await page.locator('.search-hit mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // Marked: the word's own forms and the words and phrases that show evaluation ("bedöma om", "forskare"),
    // never a little word on its own.
    expect(marks.some((m) => /^utvärder/i.test(m))).toBe(true);
    expect(marks.filter((m) => /^(och|att|om|i|på|för|som)$/i.test(m))).toEqual([]);
    expect(await page.getByRole('button', { name: 'Vi är intresserade' }).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'search');

    // The same need in English finds the Swedish texts by their meaning.
    await page.getByRole('searchbox', { name: 'Vad söker ni?' }).fill('evaluation');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByText(/träffar? för ”evaluation”/).waitFor();
    const englishMarks = await page.locator('.search-hit mark').allTextContents();
    expect(englishMarks.some((m) => /^utvärder/i.test(m))).toBe(true);

    // The list view of the whole map, for the record and for axe.
    await page.goto(`${baseUrl()}/m/${mobilisationId}/map/list`);
    await page.getByRole('heading', { level: 2, name: /^Organisationer/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'map-list');
    await context.close();
  });
});

/** A name as a literal inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
