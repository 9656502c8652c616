import { randomUUID } from 'node:crypto';
import type {
  JoinedOrganisation,
  KindsVersion,
  MatchRun,
  Profile,
  ProposedTerm,
  ProposedTermList,
} from '@kraftsamling/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, type HttpActor, signIn } from '../support/process';
import { accessibilityViolations, screenshot, signInThroughPage } from './support/browser';
import { demoEnvironment } from './support/demo-environment';
import { healthEquityOrganisations } from './support/health-equity';

/**
 * The issue's whole journey: a platform administrator starts a second mobilisation in another field in the
 * browser, step by step, with kinds of support from the general core and two of its own; its coordinator signs in
 * through the copied invitation link and runs its vocabulary with the keyboard; the two mobilisations' people
 * never see each other's drafts, contacts or vocabulary. Every page passes axe.
 */
const env = demoEnvironment('mobilisations');

/** Jobs run in the background of a machine that may be busy: wait long, but for a condition, never a fixed time. */
const jobWait = { timeout: 180_000, interval: 500 };

async function statusOf(path: string, actor: HttpActor): Promise<number> {
  const res = await fetch(`${env.url}${path}`, { headers: { cookie: actor.cookie } });
  await res.arrayBuffer();
  return res.status;
}

/** Organisations of the new mobilisation and their submitted profiles, through the API as the administrator. */
async function seedOrganisations(mobilisationId: string, admin: HttpActor) {
  const seeded: { organisationId: string; profileId: string }[] = [];
  for (const org of healthEquityOrganisations) {
    const joined = await call<JoinedOrganisation>(
      env.url,
      'POST',
      `/api/mobilisations/${mobilisationId}/organisations`,
      {
        name: org.name,
        sector: 'civilsamhalle',
        county: 'Västerbottens län',
        municipality: org.municipality,
      },
      admin,
    );
    const profile = await call<Profile>(
      env.url,
      'GET',
      `/api/profiles/${joined.profileId}`,
      undefined,
      admin,
    );
    const item = (x: { text: string; kind?: string }) => ({
      id: randomUUID(),
      text: x.text,
      themes: [],
      targetGroups: [],
      supportKind: x.kind ?? null,
    });
    const saved = await call<Profile>(
      env.url,
      'PUT',
      `/api/profiles/${joined.profileId}/draft`,
      {
        version: profile.draft?.version ?? 0,
        content: {
          goals: 'Jämlik hälsa där vi bor.',
          projects: [],
          needs: org.needs.map(item),
          offers: org.offers.map(item),
        },
      },
      admin,
    );
    await call(
      env.url,
      'POST',
      `/api/profiles/${joined.profileId}/submit`,
      { version: saved.draft?.version },
      admin,
    );
    seeded.push({ organisationId: joined.organisation.id, profileId: joined.profileId });
  }
  return seeded;
}

async function latestRun(page: Page, mobilisationId: string) {
  return page.evaluate(
    async (id) =>
      (await (await fetch(`/api/mobilisations/${id}/match-runs/latest`)).json()) as { run: MatchRun | null },
    mobilisationId,
  );
}

describe('starting and running a mobilisation in a browser', () => {
  it('starts a health-equity mobilisation whose coordinator, invited by a copied link, runs its vocabulary with the keyboard', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${env.url}/`);
    await signInThroughPage(page, 'admin@demo.kraftsamling.se', 'demo-admin-2026');
    await page.goto(`${env.url}/`);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Ny kraftsamling' })
      .click();

    // 1. Basics, goals, kinds of support, coordinator, summary: one step at a time.
    await page.getByRole('heading', { level: 2, name: 'Steg 1 av 5: Grunduppgifter' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByLabel('Namn', { exact: true }).fill('Jämlik hälsa i Norrland');
    expect(await page.getByLabel('Kortnamn i adresser').inputValue()).toBe('jamlik-halsa-i-norrland');
    await page.getByLabel('Startmånad').fill('2027-01');
    await page.getByLabel('Slutmånad').fill('2030-12');
    // Keyboard only from here: Enter submits the step.
    await page.getByLabel('Slutmånad').press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Steg 2 av 5: Övergripande mål' }).waitFor();
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

    await page.getByRole('heading', { level: 2, name: 'Steg 3 av 5: Typer av stöd' }).waitFor();
    await page.getByRole('radio', { name: /^Den allmänna kärnan/ }).check();
    await page
      .getByRole('checkbox', { name: /^Utvärdering/ })
      .first()
      .waitFor();
    const coreCount = await page.locator('.checkbox-columns input[type=checkbox]').count();
    expect(coreCount).toBeGreaterThan(10);
    // Two kinds of its own, named with the keyboard: Enter in the name adds the kind.
    for (const [sv, en] of [
      ['Medborgardialog', 'Citizen dialogue'],
      ['Trygghetsvandringar', 'Safety walks'],
    ] as const) {
      await page.getByLabel(/^Namn på engelska/).fill(en);
      await page.getByLabel('Namn på svenska').fill(sv);
      await page.getByLabel('Namn på svenska').press('Enter');
      await page.getByRole('button', { name: `Ta bort ${sv}` }).waitFor();
    }
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nästa' }).click();

    await page.getByRole('heading', { level: 2, name: 'Steg 4 av 5: Samordnare' }).waitFor();
    await page.getByLabel(/E-postadresser/).fill('samordnare@norrland.example.se');
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('heading', { level: 2, name: 'Steg 5 av 5: Sammanfattning' }).waitFor();
    await page.getByText(`Den allmänna kärnan: ${coreCount + 2} typer av stöd.`).waitFor();
    await page.getByText('2 egna typer:').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'new-mobilisation-summary');
    await page.getByRole('button', { name: 'Starta kraftsamlingen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Jämlik hälsa i Norrland' }).waitFor();
    const mobilisationId = new URL(page.url()).pathname.split('/')[2] ?? '';
    expect(await accessibilityViolations(page)).toEqual([]);
    const started = await page.evaluate(
      async (id) => (await (await fetch(`/api/mobilisations/${id}/kinds`)).json()) as KindsVersion,
      mobilisationId,
    );
    expect(started).toMatchObject({ version: 1, basis: 'own' });
    expect(started.kinds.map((k) => k.id).slice(-2)).toEqual(['medborgardialog', 'trygghetsvandringar']);

    // 2. Settings: a goal is retired.
    await page.getByRole('link', { name: 'Inställningar' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Inställningar' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pensionera mål G3' }).click();
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByText('Inställningarna är sparade.').waitFor();
    expect(await page.getByRole('button', { name: 'Återta mål G3' }).count()).toBe(1);
    await screenshot(page, 'mobilisation-settings');

    // 3. Its first organisations, in their own words (some tag a need as citizen dialogue).
    const admin = await signIn(env.url, 'admin@demo.kraftsamling.se', 'demo-admin-2026');
    const seeded = await seedOrganisations(mobilisationId, admin);

    // 4. No mail server: the administrator copies the coordinator's invitation link from the people page.
    await page.goto(`${env.url}/m/${mobilisationId}/people`);
    await page.getByRole('button', { name: 'Kopiera länk samordnare@norrland.example.se' }).click();
    const linkField = page.getByLabel('Inbjudningslänk för samordnare@norrland.example.se');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${env.url}/invitation/[A-Za-z0-9_-]+$`));
    expect(await accessibilityViolations(page)).toEqual([]);

    // 5. The coordinator opens it in a browser of their own and signs in by accepting.
    const coordinatorContext = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const coordinator = await coordinatorContext.newPage();
    await coordinator.goto(link);
    await coordinator.getByRole('heading', { level: 1, name: 'Inbjudan' }).waitFor();
    await coordinator.getByLabel('Nytt lösenord', { exact: true }).waitFor();
    await coordinator.waitForLoadState('networkidle');
    expect(await accessibilityViolations(coordinator)).toEqual([]);
    await coordinator.getByLabel('Namn', { exact: true }).fill('Nora Norrland');
    await coordinator.getByLabel('Nytt lösenord', { exact: true }).fill('ett-långt-lösenord-för-nora');
    await coordinator.getByRole('button', { name: 'Skapa konto och tacka ja' }).click();
    await coordinator
      .getByRole('banner')
      .getByRole('button', { name: 'Inloggad som Nora Norrland' })
      .waitFor();

    // 6. The vocabulary, by keyboard alone: a word added to a kind changes what the preview reads.
    await coordinator.goto(`${env.url}/m/${mobilisationId}/vocabulary`);
    await coordinator.getByRole('heading', { level: 1, name: 'Ordlista för matchning' }).waitFor();
    const tryText = coordinator.getByLabel('Text att prova');
    await tryText.waitFor();
    expect(await accessibilityViolations(coordinator)).toEqual([]);
    await tryText.focus();
    await coordinator.keyboard.type('Vi vill ordna grannsamtal i vårt bostadsområde.');
    await coordinator.getByRole('button', { name: 'Visa hur texten läses' }).press('Enter');
    await coordinator.getByRole('heading', { name: 'Stödformer den läses som' }).waitFor();
    await coordinator.getByText('Texten läses inte som någon av stödformerna.').waitFor();

    const dialogue = coordinator.locator('details.kind-editor', {
      has: coordinator.locator('summary', { hasText: /^Medborgardialog/ }),
    });
    await dialogue.locator('summary').focus();
    await coordinator.keyboard.press('Enter');
    await dialogue.getByLabel(/^Säkra ord på svenska/).focus();
    await coordinator.keyboard.type('grannsamtal');
    await tryText.focus();
    await coordinator.getByRole('button', { name: 'Visa hur texten läses' }).press('Enter');
    await coordinator.getByText(/avgörande ord: [^\n]*grannsamtal/).waitFor();
    expect(await coordinator.locator('.kinds-preview__result').textContent()).toContain('Medborgardialog');
    expect(await accessibilityViolations(coordinator)).toEqual([]);
    await coordinator.getByLabel(/Vad ändrade du/).focus();
    await coordinator.keyboard.type('Grannsamtal är medborgardialog');
    await coordinator.getByRole('button', { name: 'Spara som ny version' }).press('Enter');
    await coordinator.getByText(/Version 2 är sparad/).waitFor();

    // 7. Learning from the organisations' texts and tags proposes a word for citizen dialogue, with its evidence.
    let proposal: ProposedTerm | undefined;
    await expect
      .poll(async () => {
        const list = await coordinator.evaluate(
          async (id) =>
            (await (await fetch(`/api/mobilisations/${id}/kinds/proposed-terms`)).json()) as ProposedTermList,
          mobilisationId,
        );
        proposal =
          list.kindsVersion === 2 ? list.items.find((p) => p.kind.id === 'medborgardialog') : undefined;
        return proposal !== undefined;
      }, jobWait)
      .toBe(true);
    if (!proposal) throw new Error('no proposed term for citizen dialogue');
    expect(proposal.evidence.length).toBeGreaterThan(1);
    await coordinator.reload();
    const accept = coordinator.getByRole('button', { name: `Godta ”${proposal.word}”` });
    await accept.focus();
    await coordinator.keyboard.press('Enter');
    await coordinator.getByText('Version 3', { exact: false }).first().waitFor();
    const afterAccept = await coordinator.evaluate(
      async (id) => (await (await fetch(`/api/mobilisations/${id}/kinds`)).json()) as KindsVersion,
      mobilisationId,
    );
    expect(afterAccept.version).toBe(3);
    const dialogueTerms = afterAccept.kinds.find((k) => k.id === 'medborgardialog')?.terms;
    expect(dialogueTerms?.[proposal.language]?.[proposal.tier]).toContain(proposal.word);
    expect(await accessibilityViolations(coordinator)).toEqual([]);

    // 8. An abbreviation of the field, added with the keyboard and tried in the preview before it is saved.
    await tryText.fill('Vi vill ordna en MBD i byn.');
    await coordinator.getByRole('button', { name: 'Visa hur texten läses' }).press('Enter');
    await coordinator.getByText('Texten läses inte som någon av stödformerna.').waitFor();
    await coordinator.getByRole('button', { name: 'Lägg till en förkortning' }).focus();
    await coordinator.keyboard.press('Enter');
    await coordinator.keyboard.type('MBD');
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.type('medborgardialog');
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.press('Tab');
    const means = coordinator.getByLabel('Matchningen läser den som');
    expect(await means.evaluate((el) => el === document.activeElement)).toBe(true);
    await means.selectOption({ label: 'Medborgardialog' });
    await coordinator.getByRole('button', { name: 'Visa hur texten läses' }).press('Enter');
    await coordinator.getByText(/avgörande ord: [^\n]*MBD/i).waitFor();
    expect(await accessibilityViolations(coordinator)).toEqual([]);
    await coordinator.getByLabel(/Vad ändrade du/).focus();
    await coordinator.keyboard.type('Förkortningen MBD');
    await coordinator.getByRole('button', { name: 'Spara som ny version' }).press('Enter');
    await coordinator.getByText(/Version 4 är sparad/).waitFor();

    // 9. An undo to the version before, and the re-match it starts runs to its end.
    const before = (await latestRun(coordinator, mobilisationId)).run?.jobId ?? null;
    const undo = coordinator.getByRole('button', { name: 'Gå tillbaka till version 3' });
    await undo.focus();
    await coordinator.keyboard.press('Enter');
    await coordinator.getByText('återställd från version 3').waitFor({ timeout: 30_000 });
    const undone = await coordinator.evaluate(
      async (id) => (await (await fetch(`/api/mobilisations/${id}/kinds`)).json()) as KindsVersion,
      mobilisationId,
    );
    expect(undone).toMatchObject({ version: 5, revertedFrom: 3, abbreviations: [] });
    await expect
      .poll(async () => {
        const { run } = await latestRun(coordinator, mobilisationId);
        return run && run.jobId !== before ? run.status : 'waiting';
      }, jobWait)
      .toBe('done');
    await coordinator.reload();
    const finished = coordinator.locator('.match-run__status--done');
    await finished.waitFor();
    expect(await finished.textContent()).toContain('Senaste matchningen: klar');
    await screenshot(coordinator, 'vocabulary-editor-new-mobilisation');

    // 10. Neither mobilisation's people see the other's drafts, contacts or vocabulary.
    const nora = await signIn(env.url, 'samordnare@norrland.example.se', 'ett-långt-lösenord-för-nora');
    const demoMember = await signIn(env.url, 'medlem@demo.kraftsamling.se', 'demo-medlem-2026');
    const demoCoordinator = await signIn(env.url, 'samordnare@demo.kraftsamling.se', 'demo-samordnare');
    const demoSession = await call<{
      user: { memberships: { mobilisationId: string; organisationId: string | null }[] };
    }>(env.url, 'GET', '/api/session', undefined, demoMember);
    const demoMembership = demoSession.user.memberships[0];
    const demoId = demoMembership?.mobilisationId ?? '';
    const demoOrganisationId = demoMembership?.organisationId ?? '';
    const demoProfiles = await call<{ items: { profileId: string }[] }>(
      env.url,
      'GET',
      `/api/mobilisations/${demoId}/organisations?limit=5`,
      undefined,
      demoCoordinator,
    );
    const demoProfileId = demoProfiles.items[0]?.profileId ?? '';
    const ours = seeded[0];
    if (!ours || !demoId || !demoOrganisationId || !demoProfileId) throw new Error('nothing to compare');
    for (const path of [
      `/api/mobilisations/${demoId}/kinds`,
      `/api/mobilisations/${demoId}/kinds/proposed-terms`,
      `/api/organisations/${demoOrganisationId}/contacts`,
    ])
      expect(await statusOf(path, nora), path).toBe(403);
    for (const path of [
      `/api/mobilisations/${mobilisationId}/kinds`,
      `/api/mobilisations/${mobilisationId}/kinds/proposed-terms`,
      `/api/organisations/${ours.organisationId}/contacts`,
    ]) {
      expect(await statusOf(path, demoMember), path).toBe(403);
      expect(await statusOf(path, demoCoordinator), path).toBe(403);
    }
    const draftSeenBy = async (profileId: string, actor: HttpActor) =>
      (await call<Profile>(env.url, 'GET', `/api/profiles/${profileId}`, undefined, actor)).draft;
    expect(await draftSeenBy(demoProfileId, nora)).toBeNull();
    expect(await draftSeenBy(ours.profileId, demoCoordinator)).toBeNull();
    expect(await draftSeenBy(ours.profileId, demoMember)).toBeNull();
    expect(await draftSeenBy(ours.profileId, nora)).not.toBeNull();

    await coordinatorContext.close();
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
