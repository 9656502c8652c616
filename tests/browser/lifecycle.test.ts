import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

const env = demoEnvironment('lifecycle');

type Hit = { kind: string; itemId: string; profileId: string; organisation: { id: string; name: string } };

/** The demo mobilisation's id, for anyone signed in with a role in it. */
async function demoMobilisation(page: Page): Promise<string> {
  const id = await page.evaluate(async () => {
    type Session = { user: { memberships: { mobilisationId: string }[] } };
    const session = (await (await fetch('/api/session')).json()) as Session;
    return session.user.memberships[0]?.mobilisationId ?? '';
  });
  expect(id).not.toBe('');
  return id;
}

/** A call to the API from inside the page, with the session's CSRF token, as the app makes it. */
async function apiCall<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ([m, p, b]) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string | null };
      const res = await fetch(p, {
        method: m,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken ?? '' },
        ...(b === undefined ? {} : { body: JSON.stringify(b) }),
      });
      if (!res.ok) throw new Error(`${m} ${p}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    [method, path, body] as const,
  );
}

describe('keeping the picture true, in a browser', () => {
  it('takes an interest to an organisation without members to the coordinators, who pass it on', async () => {
    const member = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await member.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'medlem@demo.kraftsamling.se', 'demo-medlem-2026');
    const mobilisationId = await demoMobilisation(page);

    await page.goto(`${env.url}/m/${mobilisationId}/search?q=utv%C3%A4rdering&kind=offer`);
    const first = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Vi är intresserade' }) })
      .first();
    await first.waitFor({ timeout: 60_000 });
    const name = (await first.getByRole('heading', { level: 3 }).textContent()) ?? '';
    // Found by its name from here on: once sent, its button is gone.
    const hit = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });
    await hit.getByRole('button', { name: 'Vi är intresserade' }).click();
    // Before the click that sends it: said plainly that it reaches the coordinators only.
    await hit.getByText(`Intresset når inte ${name} direkt`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'interest-reaches-coordinators');
    await hit.getByRole('textbox', { name: /Meddelande/ }).fill('Vi vill gärna utvärdera tillsammans.');
    await hit.getByRole('button', { name: 'Skicka intresse' }).click();
    await hit.getByText('Samordnarna får det och för det vidare.').waitFor();

    // The member's own interests page shows it sent, and how it went.
    await page.goto(`${env.url}/m/${mobilisationId}/interests`);
    const sent = page.getByRole('region', { name: /^Skickat/ });
    await sent.getByText(name).waitFor();
    await sent.getByText('Gick till samordnarna, som för det vidare.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await member.close();

    const coordinator = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const other = await coordinator.newPage();
    await other.goto(`${env.url}/`);
    await signInThroughPage(other, 'samordnare@demo.kraftsamling.se', 'demo-samordnare');
    await other.goto(`${env.url}/m/${mobilisationId}/interests`);
    const toPassOn = other.getByRole('region', { name: 'Att föra vidare' });
    await toPassOn.getByText('Vi vill gärna utvärdera tillsammans.').waitFor();
    expect(await accessibilityViolations(other)).toEqual([]);
    await screenshot(other, 'interests-to-pass-on');
    await toPassOn.getByRole('button', { name: /^Markera som vidarebefordrat:/ }).click();
    await toPassOn.getByText('Vidarebefordrat', { exact: true }).waitFor();
    await coordinator.close();
  });

  it('lets a coordinator mark a need met through an initiative, which the dashboard counts', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'samordnare@demo.kraftsamling.se', 'demo-samordnare');
    const mobilisationId = await demoMobilisation(page);

    const needs = await apiCall<{ items: Hit[] }>(
      page,
      'GET',
      `/api/mobilisations/${mobilisationId}/search?q=utv%C3%A4rdering&kind=need&limit=1`,
    );
    const need = needs.items[0];
    if (!need) throw new Error('no need about evaluation in the demo');
    const initiative = await apiCall<{ id: string; title: string }>(
      page,
      'POST',
      `/api/mobilisations/${mobilisationId}/initiatives`,
      {
        title: 'Utvärdering tillsammans',
        participants: [{ organisationId: need.organisation.id }],
        links: { needs: [need.itemId], offers: [], projects: [] },
      },
    );

    const metLabel = 'behov mötta sedan start; 1 via initiativ';
    await page.goto(`${env.url}/m/${mobilisationId}/overview`);
    await page.getByText('behov mötta sedan start; 0 via initiativ').waitFor();

    await page.goto(`${env.url}/initiatives/${initiative.id}`);
    await page.getByRole('button', { name: /^Markera som mött genom initiativet:/ }).click();
    await page.getByText('mött genom initiativet', { exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'initiative-need-met');

    await page.goto(`${env.url}/m/${mobilisationId}/overview`);
    const stat = page.locator('.stats__item').filter({ hasText: metLabel });
    await stat.waitFor();
    expect((await stat.locator('dd').textContent())?.trim()).toBe('1');
    await screenshot(page, 'overview-needs-met');

    // The organisation's page keeps the need, marked met through the initiative, with a way to open it again.
    await page.goto(`${env.url}/profiles/${need.profileId}`);
    const needs3 = page.getByRole('region', { name: 'Behov av stöd' });
    await needs3.getByText('Mött', { exact: true }).waitFor();
    await needs3.getByRole('link', { name: 'Utvärdering tillsammans' }).waitFor();
    await needs3.getByRole('button', { name: /^Öppna igen:/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'profile-need-met');
    await context.close();
  });
});
