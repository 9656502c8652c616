import type { OutboxMessage } from '@kraftsamling/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

const env = demoEnvironment('currency');

const memberEmail = 'medlem@demo.kraftsamling.se';

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

/** The reminder mail to the member, as the coordinators' outbox holds it (no SMTP on a fresh machine). */
async function reminderMail(page: Page, mobilisationId: string): Promise<OutboxMessage> {
  // The reminder is a job the server runs by itself; on a loaded machine that may take a while.
  const deadline = Date.now() + 90_000;
  for (;;) {
    const mails = await page.evaluate(async (m) => {
      const res = await fetch(`/api/mobilisations/${m}/outbox?limit=50`);
      return ((await res.json()) as { items: OutboxMessage[] }).items;
    }, mobilisationId);
    const mail = mails.find((x) => x.to === memberEmail && x.subject.startsWith('Gäller detta fortfarande?'));
    if (mail) return mail;
    if (Date.now() > deadline) throw new Error('no reminder mail reached the outbox');
    await page.waitForTimeout(500);
  }
}

describe('keeping entries current, in a browser', () => {
  it('lets a member confirm one entry from the reminder’s link and withdraw another', async () => {
    const coordinator = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await coordinator.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'samordnare@demo.kraftsamling.se', 'demo-samordnare');
    const mobilisationId = await demoMobilisation(page);

    // The coordinators' view: currency per organisation, and a reminder to one organisation.
    await page.goto(`${env.url}/m/${mobilisationId}/currency`);
    await page.getByRole('heading', { level: 1, name: 'Aktualitet' }).waitFor();
    const remind = page.getByRole('button', { name: 'Påminn Föreningen Ung Puls' });
    await remind.waitFor({ timeout: 60_000 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'currency-overview');
    await remind.click();
    await page.getByText(/^Påminnelse skickas till \d+ person/).waitFor({ timeout: 30_000 });
    const mail = await reminderMail(page, mobilisationId);
    expect(mail.text).toContain('Gäller det fortfarande?');
    const links = [
      ...new Set([...mail.text.matchAll(/https?:\/\/\S+\/current\/[A-Za-z0-9_.-]+/g)].map((x) => x[0])),
    ];
    expect(links.length).toBeGreaterThanOrEqual(2);
    await coordinator.close();

    // The confirm link works without signing in, once.
    const anyone = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const visitor = await anyone.newPage();
    const confirmPath = new URL(links[0] ?? '').pathname;
    await visitor.goto(`${env.url}${confirmPath}`);
    const yes = visitor.getByRole('button', { name: 'Ja, det gäller fortfarande' });
    await yes.waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(visitor)).toEqual([]);
    await screenshot(visitor, 'currency-link');
    await yes.click();
    await visitor.getByText('Tack! Det är bekräftat').waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(visitor)).toEqual([]);
    await screenshot(visitor, 'currency-link-confirmed');
    await visitor.reload();
    await visitor.getByText('Länken gäller inte längre').waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(visitor)).toEqual([]);

    // The same mail ends with a one-click way out of reminder mails, which works without signing in too.
    const unsubscribeUrl = /https?:\/\/\S+\/unsubscribe\/[A-Za-z0-9_.-]+/.exec(mail.text)?.[0] ?? '';
    expect(unsubscribeUrl).not.toBe('');
    await visitor.goto(`${env.url}${new URL(unsubscribeUrl).pathname}`);
    const stop = visitor.getByRole('button', { name: 'Sluta få dessa mejl' });
    await stop.waitFor({ timeout: 30_000 });
    await visitor.getByText('Vill du sluta få mejl om påminnelser om aktualitet?').waitFor();
    expect(await accessibilityViolations(visitor)).toEqual([]);
    await screenshot(visitor, 'unsubscribe');
    await stop.click();
    await visitor
      .getByText(/^Du får inte längre mejl om påminnelser om aktualitet/)
      .waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(visitor)).toEqual([]);
    await anyone.close();

    // The member follows the notice to the organisation's entries and withdraws another one.
    const member = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const own = await member.newPage();
    await own.goto(`${env.url}/`);
    await signInThroughPage(own, memberEmail, 'demo-medlem-2026');
    await own.goto(`${env.url}/notifications`);
    await own.getByRole('heading', { name: /^Gäller uppgifterna från Föreningen Ung Puls/ }).waitFor();
    await own.getByRole('link', { name: 'Bekräfta, ändra eller ta tillbaka' }).click();
    await own.getByRole('heading', { level: 1, name: 'Gäller detta fortfarande?' }).waitFor();
    const list = own.getByRole('list', { name: 'Behov och erbjudanden att bekräfta' });
    await list.waitFor({ timeout: 30_000 });
    const before = await list.getByRole('listitem').count();
    expect(await accessibilityViolations(own)).toEqual([]);
    await screenshot(own, 'currency-member');
    const second = list.getByRole('listitem').nth(1);
    const withdraw = second.getByRole('button', { name: /^Ta tillbaka:/ });
    const label = (await withdraw.getAttribute('aria-label')) ?? '';
    await withdraw.click();
    await own
      .getByRole('status')
      .getByText(/^Tillbakadraget:/)
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 30_000 }).toBe(before - 1);
    await expect.poll(() => own.getByRole('button', { name: label }).count()).toBe(0);
    expect(await accessibilityViolations(own)).toEqual([]);
    await screenshot(own, 'currency-member-withdrawn');

    // What happened is on record: the first entry confirmed, the second withdrawn.
    const profileId = new URL(own.url()).pathname.split('/')[2] ?? '';
    const states = await own.evaluate(async (p) => {
      const res = await fetch(`/api/profiles/${p}`);
      return ((await res.json()) as { closedItems: { state: string }[] }).closedItems.map((s) => s.state);
    }, profileId);
    expect(states).toEqual(['withdrawn']);
    const confirmed = await own.evaluate(async (p) => {
      const res = await fetch(`/api/profiles/${p}/currency`);
      return ((await res.json()) as { items: { confirmedAt: string }[] }).items.map((i) => i.confirmedAt);
    }, profileId);
    // The entry confirmed through the link is current from that click; the others from the demo's start.
    expect(confirmed[0] ?? '').not.toBe('');
    expect(confirmed.slice(1).every((at) => at < (confirmed[0] ?? ''))).toBe(true);

    // The mail settings on the account page show the reminders turned off; the member turns them on again as
    // a weekly digest, with the keyboard.
    await own.goto(`${env.url}/account#notifications`);
    const reminders = own.getByRole('group', { name: 'Påminnelser om aktualitet' });
    const mailSwitch = reminders.getByRole('checkbox', { name: 'Mejla mig om påminnelser om aktualitet' });
    await mailSwitch.waitFor({ timeout: 30_000 });
    expect(await mailSwitch.isChecked()).toBe(false);
    expect(await accessibilityViolations(own)).toEqual([]);
    await screenshot(own, 'notification-settings');
    await mailSwitch.focus();
    await own.keyboard.press('Space');
    await reminders.getByRole('radio', { name: 'Direkt, ett mejl per avisering' }).focus();
    await own.keyboard.press('ArrowDown');
    await own.keyboard.press('ArrowDown');
    expect(await reminders.getByRole('radio', { name: /^En sammanfattning i veckan/ }).isChecked()).toBe(
      true,
    );
    await own.getByRole('button', { name: 'Spara mejlinställningarna' }).click();
    await own.getByText('Mejlinställningarna är sparade.').waitFor({ timeout: 30_000 });
    expect(await accessibilityViolations(own)).toEqual([]);
    const saved = await own.evaluate(async () => {
      const res = await fetch('/api/me/notification-settings');
      return ((await res.json()) as { categories: { category: string; mail: boolean; frequency: string }[] })
        .categories;
    });
    expect(saved.find((c) => c.category === 'currency')).toEqual({
      category: 'currency',
      mail: true,
      frequency: 'weekly',
    });

    await member.close();
  });
});
