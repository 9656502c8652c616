/// <reference lib="dom" />
// The page functions below run in Chromium.
import { randomUUID } from 'node:crypto';
import type { MobilisationList, OrganisationList, Profile } from '@kraftsamling/shared';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { completeContent, draftOf } from '../support/fixtures';
import { call, signIn } from '../support/process';
import { screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

/** What axe cannot check: where keyboard focus is shown, and the language of texts organisations wrote. */
const env = demoEnvironment('beyond-axe');
let profileId: string;
beforeAll(async () => {
  const mobilisationId = (await call<MobilisationList>(env.url, 'GET', '/api/mobilisations')).items[0]?.id;
  const list = await call<OrganisationList>(
    env.url,
    'GET',
    `/api/mobilisations/${mobilisationId}/organisations?q=${encodeURIComponent('Ung Puls')}`,
  );
  profileId = list.items[0]?.profileId ?? '';
});

async function contextIn(language: 'sv' | 'en'): Promise<BrowserContext> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript((l) => window.localStorage.setItem('kraftsamling.language', l), language);
  return context;
}

describe('beyond what axe checks', () => {
  it('keeps every field focused with Tab in the profile form clear of the sticky save bar (WCAG 2.4.7, 2.4.11)', async () => {
    const context = await contextIn('sv');
    const page = await context.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'medlem@demo.kraftsamling.se', 'demo-medlem-2026');
    await page.goto(`${env.url}/profiles/${profileId}/edit`);
    await page.getByLabel('Vilka mål ser ni att vi måste nå?').waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Vilka mål ser ni att vi måste nå?').focus();

    const covered: string[] = [];
    let checked = 0;
    for (let press = 0; press < 80; press++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const focused = document.activeElement;
        const bar = document.querySelector('.action-bar');
        if (!(focused instanceof HTMLElement) || !bar) return null;
        const label =
          focused.getAttribute('aria-label') ??
          (focused.id ? document.querySelector(`label[for="${focused.id}"]`)?.textContent : null) ??
          focused.textContent?.slice(0, 40) ??
          focused.tagName;
        const field = focused.getBoundingClientRect();
        const barBox = bar.getBoundingClientRect();
        return {
          label,
          inForm: Boolean(focused.closest('form')),
          inBar: bar.contains(focused),
          viewport: window.innerHeight,
          fieldTop: field.top,
          fieldBottom: field.bottom,
          barTop: barBox.top,
          barBottom: barBox.bottom,
        };
      });
      if (!state?.inForm) break;
      if (state.inBar) continue;
      checked++;
      const barOnScreen = state.barTop < state.viewport && state.barBottom > 0;
      const overlapsBar = barOnScreen && state.fieldBottom > state.barTop && state.fieldTop < state.barBottom;
      // A field taller than the room above the bar cannot clear it: its top must show, with a line to type in.
      const room = barOnScreen ? state.barTop : state.viewport;
      const tallerThanRoom = state.fieldBottom - state.fieldTop > room;
      const visible = tallerThanRoom
        ? state.fieldTop >= 0 && state.fieldTop + 40 <= room
        : state.fieldTop >= 0 && state.fieldBottom <= state.viewport && !overlapsBar;
      if (!visible)
        covered.push(
          `press ${press + 1}: ${state.label} (${Math.round(state.fieldTop)}–${Math.round(state.fieldBottom)}, bar ${Math.round(state.barTop)}–${Math.round(state.barBottom)})`,
        );
    }
    await screenshot(page, 'profile-form-focus');
    expect(checked).toBeGreaterThan(10);
    expect(covered).toEqual([]);
    await context.close();
  });

  it('marks an organisation’s Swedish text with lang="sv" on the English interface, and English text with lang="en" on the Swedish one (WCAG 3.1.2)', async () => {
    const member = await signIn(env.url, 'medlem@demo.kraftsamling.se', 'demo-medlem-2026');
    const profile = await call<Profile>(env.url, 'GET', `/api/profiles/${profileId}`, undefined, member);
    const english = 'We want every young person in Sundsvall to have an adult they can talk to.';
    const swedish =
      'Vi behöver handledning för våra unga ledare, gärna från någon som har erfarenhet av det.';
    const content = completeContent();
    content.goals = english;
    content.needs = [{ id: randomUUID(), text: swedish, themes: [], targetGroups: [] }];
    const saved = draftOf(
      await call<Profile>(
        env.url,
        'PUT',
        `/api/profiles/${profileId}/draft`,
        { version: draftOf(profile).version, content },
        member,
      ),
    );
    await call(env.url, 'POST', `/api/profiles/${profileId}/submit`, { version: saved.version }, member);

    const langOf = async (language: 'sv' | 'en') => {
      const context = await contextIn(language);
      const page = await context.newPage();
      await page.goto(`${env.url}/profiles/${profileId}`);
      await page.getByText(swedish).waitFor({ timeout: 30_000 });
      const result = {
        page: await page.evaluate(() => document.documentElement.lang),
        // The language a screen reader uses for each text: the nearest lang.
        english: await page
          .getByText(english)
          .evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
        swedish: await page
          .getByText(swedish)
          .evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
        ownLang: {
          english: await page.getByText(english).getAttribute('lang'),
          swedish: await page.getByText(swedish).getAttribute('lang'),
        },
      };
      await screenshot(page, `organisation-lang-${language}`);
      await context.close();
      return result;
    };

    expect(await langOf('en')).toEqual({
      page: 'en',
      english: 'en',
      swedish: 'sv',
      ownLang: { english: null, swedish: 'sv' },
    });
    expect(await langOf('sv')).toEqual({
      page: 'sv',
      english: 'en',
      swedish: 'sv',
      ownLang: { english: 'en', swedish: null },
    });
  });
});
