import { describe, expect, it } from 'vitest';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

/**
 * A platform administrator starts a second mobilisation in another field in the browser, step by step, and its
 * settings page edits its goals; every new page passes axe.
 */
const env = demoEnvironment('mobilisations');

describe('starting and running a mobilisation in a browser', () => {
  it('starts a health-equity mobilisation with its goals and coordinator, then retires a goal', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'admin@demo.kraftsamling.se', 'demo-admin-2026');
    await page.goto(`${env.url}/`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Ny kraftsamling' })
      .click();

    await page.getByRole('heading', { level: 2, name: 'Steg 1 av 4: Grunduppgifter' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Namn', { exact: true }).fill('Jämlik hälsa i Norrland');
    expect(await page.getByLabel('Kortnamn i adresser').inputValue()).toBe('jamlik-halsa-i-norrland');
    await page.getByLabel('Startmånad').fill('2027-01');
    await page.getByLabel('Slutmånad').fill('2030-12');
    // Keyboard only from here: Enter submits the step.
    await page.getByLabel('Slutmånad').press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Steg 2 av 4: Övergripande mål' }).waitFor();
    await page.getByLabel('Målet på svenska').fill('Minskade skillnader i hälsa mellan kommuner');
    for (const [code, text] of [
      ['G2', 'Fler mötesplatser för unga vuxna'],
      ['G3', 'Trygga och tillgängliga utemiljöer'],
    ] as const) {
      await page.getByRole('button', { name: 'Lägg till ett mål' }).click();
      await page
        .getByRole('group', { name: `Mål ${code}` })
        .getByLabel('Målet på svenska')
        .fill(text);
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nästa' }).click();

    await page.getByRole('heading', { level: 2, name: 'Steg 3 av 4: Samordnare' }).waitFor();
    await page.getByLabel(/E-postadresser/).fill('samordnare@norrland.example.se');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('heading', { level: 2, name: 'Steg 4 av 4: Sammanfattning' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'new-mobilisation-summary');
    await page.getByRole('button', { name: 'Starta kraftsamlingen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Jämlik hälsa i Norrland' }).waitFor();
    await page.getByRole('link', { name: 'Inställningar' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pensionera mål G3' }).click();
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByText('Inställningarna är sparade.').waitFor();
    expect(await page.getByRole('button', { name: 'Återta mål G3' }).count()).toBe(1);
    await screenshot(page, 'mobilisation-settings');

    // The coordinator's invitation is in the new mobilisation's own outbox.
    const outbox = await page.evaluate(async () => {
      const id = location.pathname.split('/')[2];
      return (await fetch(`/api/mobilisations/${id}/invitations`)).json();
    });
    expect(outbox).toMatchObject({
      items: [{ email: 'samordnare@norrland.example.se', role: 'coordinator' }],
    });
    await context.close();
  });

  it("edits the demo's matching vocabulary with the keyboard: a term changes the preview, a save re-matches, an undo restores", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'samordnare@demo.kraftsamling.se', 'demo-samordnare');
    const mobilisationId = await page.evaluate(async () => {
      const session = (await (await fetch('/api/session')).json()) as {
        user: { memberships: { mobilisationId: string }[] };
      };
      return session.user.memberships[0]?.mobilisationId ?? '';
    });
    await page.goto(`${env.url}/m/${mobilisationId}/vocabulary`);
    await page.getByRole('heading', { level: 1, name: 'Ordlista för matchning' }).waitFor();
    const tryText = page.getByLabel('Text att prova');
    await tryText.waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A word nobody uses: only the term the coordinator adds can make it count.
    const text = 'Vi behöver hjälp med zorblik i vårt område.';
    await tryText.fill(text);
    await page.getByRole('button', { name: 'Visa hur texten läses' }).click();
    await page.getByRole('heading', { name: 'Stödformer den läses som' }).waitFor();
    // The result shows kinds and their deciding words, not the text itself.
    expect(await page.locator('.kinds-preview__result').textContent()).not.toContain('zorblik');

    // Keyboard only: reach the first kind, open it and add a word to its sure words.
    const firstKind = page.locator('summary.kind-editor__summary').first();
    await firstKind.focus();
    await page.keyboard.press('Enter');
    const sure = page.getByLabel(/^Säkra ord på svenska/).first();
    await sure.focus();
    await page.keyboard.type('zorblik');
    await tryText.focus();
    await page.getByRole('button', { name: 'Visa hur texten läses' }).press('Enter');
    await page.getByText(/avgörande ord: [^\n]*zorblik/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel(/Vad ändrade du/).fill('Zorblik');
    await page.getByRole('button', { name: 'Spara som ny version' }).press('Enter');
    await page.getByText(/Version 1 är sparad/).waitFor();
    await page.getByRole('button', { name: 'Gå tillbaka till version 0' }).click();
    await page.getByText('återställd från version 0').waitFor({ timeout: 30_000 });
    await screenshot(page, 'vocabulary-editor');
    await context.close();
  });
});
