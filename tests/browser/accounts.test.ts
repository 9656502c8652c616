import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, screenshot } from './support/browser';
import { demoEnvironment } from './support/demo-environment';

/**
 * The accounts journey: a coordinator invites an organisation's contact, who follows the link in the mail,
 * chooses a password and then edits its own organisation's profile, and nothing else.
 */

const mobilisationName = 'Kraftsamling för psykisk hälsa';
// In the demo data only Föreningen Ung Puls has a member; the test checks that on the people page.
const invitedOrganisation = 'Föreningen Anhörigkraft Dalarna';
const otherOrganisation = 'Lillåkers kommun';
const contact = {
  name: 'Kim Kontakt',
  email: 'kim.kontakt@anhorigkraft.example.se',
  password: 'anhöriga-i-dalarna-2026',
};
const newNeed = 'Vi behöver utbildning i samtalsmetodik för våra volontärer som möter anhöriga i kris.';

const env = demoEnvironment('accounts');

const baseUrl = () => env.url;

/** The header's account button, named for the signed-in person. */
const accountButton = (page: Page, name: string) =>
  page.getByRole('banner').getByRole('button', { name: `Inloggad som ${name}` });

/** Signs in the way a person does: the header's link, the form, and back to the page they were on. */
async function signInThroughForm(page: Page, email: string, password: string, name: string): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await accountButton(page, name).waitFor();
}

/** A change through the API from inside the page, with the browser's own session cookie and CSRF token. */
async function putDraftFromPage(page: Page, profileId: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ([id, payload]) => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string | null };
      const res = await fetch(`/api/profiles/${id}/draft`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken ?? '' },
        body: JSON.stringify(payload),
      });
      return res.status;
    },
    [profileId, body] as const,
  );
}

type ProfileJson = {
  draft: { version: number; content: { needs: { text: string }[] } } | null;
  latest: { content: { needs: { text: string }[] } } | null;
};

function getProfileFromPage(page: Page, profileId: string): Promise<ProfileJson> {
  return page.evaluate(
    async (id) => (await (await fetch(`/api/profiles/${id}`)).json()) as ProfileJson,
    profileId,
  );
}

describe('accounts in a browser', () => {
  it('lets a coordinator invite an organisation whose contact then signs in and edits only its own profile', async () => {
    // 1. The coordinator signs in through the sign-in page, which has no accessibility violations.
    const coordinatorContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const coordinator = await coordinatorContext.newPage();
    await coordinator.goto(`${baseUrl()}/sign-in`);
    await coordinator.getByLabel('E-postadress').waitFor();
    await coordinator.waitForLoadState('networkidle');
    expect(await accessibilityViolations(coordinator), 'sign-in page').toEqual([]);
    await coordinator.goto(`${baseUrl()}/`);
    await signInThroughForm(
      coordinator,
      'samordnare@demo.kraftsamling.se',
      'demo-samordnare',
      'Demo Samordnare',
    );

    // 2. From the mobilisation to its people page, where an organisation without members gets an invitation.
    await coordinator.getByRole('main').getByRole('link', { name: mobilisationName, exact: true }).click();
    await coordinator.getByRole('heading', { level: 1, name: mobilisationName }).waitFor();
    await coordinator
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Personer' })
      .click();
    await coordinator.getByRole('heading', { level: 1, name: 'Personer', exact: true }).waitFor();
    const members = coordinator.getByRole('region', { name: 'Personer med roller', exact: true });
    await members.getByRole('cell', { name: 'Föreningen Ung Puls, Sundsvall' }).waitFor();
    expect(await members.getByText(invitedOrganisation).count()).toBe(0);

    const invite = coordinator.getByRole('region', { name: 'Bjud in en person', exact: true });
    await invite.getByLabel('E-postadress').fill(contact.email);
    await invite.getByLabel('Namn').fill(contact.name);
    await invite.getByRole('radio', { name: 'Organisationsmedlem' }).check();
    await invite.getByLabel('Organisation', { exact: true }).fill('Anhörigkraft');
    await invite.getByRole('radio', { name: new RegExp(`^${invitedOrganisation}`) }).check();
    await invite.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await invite
      .getByRole('status')
      .filter({ hasText: `Inbjudan är skickad till ${contact.email}.` })
      .filter({ hasText: `Personen företräder ${invitedOrganisation}.` })
      .waitFor();
    const invitations = coordinator.getByRole('region', { name: 'Inbjudningar', exact: true });
    await invitations
      .getByRole('row')
      .filter({ hasText: contact.email })
      .filter({ hasText: 'Skickad' })
      .waitFor();
    // The coordinator reads the mail sent for the mobilisation on the same page.
    await coordinator
      .getByRole('region', { name: 'Utskickad e-post' })
      .getByRole('article', { name: `Inbjudan till ${mobilisationName}` })
      .filter({ hasText: contact.email })
      .waitFor();
    expect(await accessibilityViolations(coordinator), 'people page').toEqual([]);

    // 3. Without SMTP the mail waits in the outbox, where the administrator reads it in the app.
    const adminContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const admin = await adminContext.newPage();
    await admin.goto(`${baseUrl()}/`);
    await signInThroughForm(admin, 'admin@demo.kraftsamling.se', 'demo-admin-2026', 'Demo Administratör');
    await admin.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utkorg' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Utkorg' }).waitFor();
    const mail = admin
      .getByRole('article', { name: `Inbjudan till ${mobilisationName}` })
      .filter({ hasText: contact.email });
    await mail.waitFor();
    expect(await mail.textContent()).toContain(`för ${invitedOrganisation}`);
    const link = (await mail.getByRole('link').first().getAttribute('href')) ?? '';
    expect(link).toMatch(new RegExp(`^${baseUrl()}/invitation/[A-Za-z0-9_-]+$`));
    await adminContext.close();

    // 4. The contact opens the link in a browser of its own, chooses a password and is signed in as a member.
    const contactContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await contactContext.newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Inbjudan' }).waitFor();
    await page
      .getByText(`Du är inbjuden att delta i ${mobilisationName} för ${invitedOrganisation}.`)
      .waitFor();
    const newPassword = page.getByLabel('Nytt lösenord', { exact: true });
    await newPassword.waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'accounts-invitation');
    expect(await accessibilityViolations(page), 'invitation page').toEqual([]);
    expect(await page.getByLabel('Namn', { exact: true }).inputValue()).toBe(contact.name);
    await newPassword.fill(contact.password);
    await page.getByRole('button', { name: 'Skapa konto och tacka ja' }).click();
    await page
      .getByText(`Välkommen till ${mobilisationName}! Här fyller du i profilen för ${invitedOrganisation}.`)
      .waitFor();
    await accountButton(page, contact.name).waitFor();
    const ownProfileId = /\/profiles\/([^/]+)\/edit$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(ownProfileId).not.toBe('');

    // The account page names the new role.
    await accountButton(page, contact.name).click();
    await page.getByRole('link', { name: 'Mitt konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mitt konto' }).waitFor();
    const role = page
      .getByRole('listitem')
      .filter({ hasText: `Organisationsmedlem för ${invitedOrganisation}` });
    await role.waitFor();

    // 5. Its own profile: add a need, submit, and the organisation's page shows it.
    await role.getByRole('link', { name: 'redigera profil' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Redigera profil för ${invitedOrganisation}` })
      .waitFor();
    await page.getByRole('button', { name: 'Lägg till behov' }).click();
    await page.getByLabel('Beskriv behovet').last().fill(newNeed);
    await page.getByRole('button', { name: 'Lämna in profilen' }).click();
    await page.getByText('Tack! Profilen är inlämnad och visas nu för andra i kraftsamlingen.').waitFor();
    await page.getByRole('heading', { level: 1, name: invitedOrganisation }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/profiles/${ownProfileId}`);
    await page.getByRole('region', { name: 'Behov av stöd' }).getByText(newNeed).waitFor();
    await page.getByRole('link', { name: 'Redigera profil' }).waitFor();

    // 6. Another organisation's page offers no edit button, and its edit page says so instead of a form.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Organisationer' })
      .click();
    const search = page.getByRole('search', { name: 'Sök organisation' });
    await search.getByLabel('Sök organisation').fill('Lillåker');
    await search.getByLabel('Sök organisation').press('Enter');
    await page.getByRole('main').getByRole('link', { name: otherOrganisation, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: otherOrganisation }).waitFor();
    // The status panel is complete once its history link is there; only then is a missing button meaningful.
    await page.getByRole('link', { name: /^Versionshistorik/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Redigera profil' }).count()).toBe(0);
    expect(await page.getByText('Logga in för att redigera').count()).toBe(0);
    const otherProfileId = /\/profiles\/([^/]+)$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
    expect(otherProfileId).not.toBe('');

    await page.goto(`${baseUrl()}/profiles/${otherProfileId}/edit`);
    await page
      .getByText('Du har inte tillgång till den här profilens utkast, så du kan inte redigera den.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Lämna in profilen' }).count()).toBe(0);
    expect(await page.getByRole('textbox').count()).toBe(0);

    // The server refuses a save on the other profile, though the same session and token save its own.
    const other = await getProfileFromPage(page, otherProfileId);
    expect(other.draft).toBeNull();
    const forged = {
      version: 1,
      content: { ...other.latest?.content, needs: [{ text: 'Ändrat av någon utan rätt att ändra.' }] },
    };
    expect(await putDraftFromPage(page, otherProfileId, forged)).toBe(403);
    const own = await getProfileFromPage(page, ownProfileId);
    expect(own.draft?.content.needs.map((n) => n.text)).toContain(newNeed);
    expect(
      await putDraftFromPage(page, ownProfileId, {
        version: own.draft?.version,
        content: own.draft?.content,
      }),
    ).toBe(200);
    const otherAsCoordinator = await getProfileFromPage(coordinator, otherProfileId);
    expect(JSON.stringify(otherAsCoordinator.draft)).not.toContain('utan rätt att ändra');

    // 7. Signing out ends the session: the header offers "Logga in" again, also after a reload, and the server
    // knows no one.
    await accountButton(page, contact.name).click();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är utloggad.').waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).waitFor();
    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: 'Logga in' }).waitFor();
    const session = await page.evaluate(
      async () => (await (await fetch('/api/session')).json()) as { user: unknown },
    );
    expect(session.user).toBeNull();

    // Signed out, the organisation's own page asks for a sign-in instead of offering to edit.
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Organisationer' })
      .click();
    await search.getByLabel('Sök organisation').fill('Anhörigkraft');
    await search.getByLabel('Sök organisation').press('Enter');
    await page.getByRole('main').getByRole('link', { name: invitedOrganisation, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: invitedOrganisation }).waitFor();
    await page.getByRole('link', { name: 'Logga in för att redigera' }).waitFor();
    expect(await page.getByRole('link', { name: 'Redigera profil' }).count()).toBe(0);

    // The link in the mail is spent, and the password chosen through it is the account's.
    await page.goto(link);
    await page.getByText('Inbjudan är redan använd').waitFor();
    expect(await page.getByRole('button', { name: 'Skapa konto och tacka ja' }).count()).toBe(0);
    await signInThroughForm(page, contact.email, contact.password, contact.name);

    // The coordinator now sees the contact among the people, for its organisation.
    await coordinator.reload();
    await members
      .getByRole('row')
      .filter({ hasText: contact.name })
      .filter({ hasText: invitedOrganisation })
      .waitFor();
    await invitations
      .getByRole('row')
      .filter({ hasText: contact.email })
      .filter({ hasText: 'Accepterad' })
      .waitFor();

    await contactContext.close();
    await coordinatorContext.close();
  }, 240_000);
});
