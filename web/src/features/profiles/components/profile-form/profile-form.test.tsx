import { profileLimits, saveDraftSchema } from '@kraftsamling/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../lib/i18n';
import {
  emptyContent,
  makeContent,
  makeMobilisation,
  makeProfile,
  makeProfileMatches,
  mobilisationId,
  type ProfileWithDraft,
  profileId,
} from '../../../../testing/fixtures';
import { apiError, mockApi } from '../../../../testing/mock-api';
import { renderApp } from '../../../../testing/render-app';

const editUrl = `/profiles/${profileId}/edit`;
const storageKey = `kraftsamling.profile-draft.${profileId}`;
const saveWait = { timeout: 3000 };

const kindsOfMobilisation = {
  version: 2,
  basis: 'own',
  note: '',
  revertedFrom: null,
  createdBy: 'Samordnaren',
  createdAt: '2026-12-01T10:00:00.000Z',
  kinds: [
    { id: 'walks', sv: 'Trygghetsvandringar', en: 'Safety walks' },
    { id: 'dialogue', sv: 'Medborgardialog', en: 'Citizen dialogue' },
  ],
  targetGroups: [],
  abbreviations: [],
};

/** A fake server holding one profile: it keeps the draft and its version the way the real one does. */
function profileServer(initial: ProfileWithDraft, options: { conflictOnce?: number } = {}) {
  let profile = initial;
  let conflictOnce = options.conflictOnce;
  const api = mockApi([
    { method: 'GET', path: `/profiles/${profileId}`, reply: () => ({ body: profile }) },
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: makeMobilisation() }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/kinds`,
      reply: () => ({ body: kindsOfMobilisation }),
    },
    {
      method: 'PUT',
      path: `/profiles/${profileId}/draft`,
      reply: (call) => {
        const body = saveDraftSchema.parse(call.body);
        if (conflictOnce !== undefined) {
          const currentVersion = conflictOnce;
          conflictOnce = undefined;
          profile = { ...profile, draft: { ...profile.draft, version: currentVersion } };
          return apiError(409, {
            code: 'VERSION_CONFLICT',
            message: `The profile was changed by someone else since you opened it (now version ${currentVersion}).`,
            currentVersion,
          });
        }
        if (body.version !== profile.draft.version) {
          return apiError(409, {
            code: 'VERSION_CONFLICT',
            message: 'Changed by someone else.',
            currentVersion: profile.draft.version,
          });
        }
        profile = {
          ...profile,
          status: 'draft',
          draft: {
            content: body.content,
            version: profile.draft.version + 1,
            updatedAt: new Date().toISOString(),
          },
        };
        return { body: profile };
      },
    },
  ]);
  return { api, current: () => profile, setProfile: (next: ProfileWithDraft) => (profile = next) };
}

async function openEditor() {
  const app = await renderApp(editUrl);
  await screen.findByRole('heading', { level: 1, name: /Redigera profil för Uppsala kommun/ });
  await screen.findByLabelText('Vilka mål ser ni att vi måste nå?');
  return app;
}

describe('the four-point profile form', () => {
  it('adds and removes projects, needs and offers', async () => {
    profileServer(makeProfile());
    const { user } = await openEditor();

    await user.click(screen.getByRole('button', { name: 'Lägg till projekt' }));
    const project = screen.getByRole('group', { name: 'Projekt 1' });
    await waitFor(() => expect(within(project).getByLabelText('Titel')).toHaveFocus());
    expect(screen.getByText('Projekt 1 har lagts till.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lägg till behov' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till behov' }));
    await user.click(screen.getByRole('button', { name: 'Lägg till erbjudande' }));
    await user.type(
      within(screen.getByRole('group', { name: 'Behov 2' })).getByLabelText('Beskriv behovet'),
      'Handledning',
    );
    expect(screen.getByRole('group', { name: 'Erbjudande 1' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ta bort behov 1' }));
    // The remaining need moves up and keeps its text.
    expect(screen.queryByRole('group', { name: 'Behov 2' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Behov 1' })).getByLabelText('Beskriv behovet'),
    ).toHaveValue('Handledning');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lägg till behov' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Ta bort projekt 1' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort erbjudande 1' }));
    expect(screen.queryByRole('group', { name: 'Projekt 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Erbjudande 1' })).not.toBeInTheDocument();
    expect(screen.getByText('Inga projekt ännu.')).toBeInTheDocument();
  });

  it('refuses to submit an empty required field and says why in Swedish, next to the field', async () => {
    const { api } = profileServer(makeProfile());
    const { user } = await openEditor();

    await user.click(screen.getByRole('button', { name: 'Lämna in profilen' }));

    const summary = await screen.findByRole('alert', { name: 'Profilen kan inte lämnas in ännu' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Mål: Fyll i fältet.' })).toHaveAttribute(
      'href',
      '#profile-goals',
    );
    const goals = screen.getByLabelText('Vilka mål ser ni att vi måste nå?');
    expect(goals).toHaveAttribute('aria-invalid', 'true');
    expect(goals).toHaveAccessibleDescription(/Fyll i fältet\./);
    expect(api.callsTo('POST', `/profiles/${profileId}/submit`)).toHaveLength(0);
  });

  it('says in Swedish that an over-long need is too long, and keeps it out of the saved draft', async () => {
    const { api } = profileServer(makeProfile({ content: makeContent() }));
    const { user } = await openEditor();

    const need = within(screen.getByRole('group', { name: 'Behov 1' })).getByLabelText('Beskriv behovet');
    await user.clear(need);
    await user.click(need);
    await user.paste('x'.repeat(profileLimits.itemText + 1));

    expect(need).toHaveAccessibleDescription(/Texten får vara högst 2000 tecken\./);
    await screen.findByText('Inte sparat: rätta de markerade fälten.', undefined, saveWait);
    expect(api.callsTo('PUT', `/profiles/${profileId}/draft`)).toHaveLength(0);
    // Not on the server, but not lost either.
    expect(window.localStorage.getItem(storageKey)).toContain('x'.repeat(profileLimits.itemText + 1));
  });

  it('autosaves the draft with the version it was loaded at and shows when it was saved', async () => {
    const server = profileServer(makeProfile({ version: 3 }));
    const { user } = await openEditor();

    await user.type(screen.getByLabelText('Vilka mål ser ni att vi måste nå?'), 'Färre unga i kris');
    expect(window.localStorage.getItem(storageKey)).toContain('Färre unga i kris');

    await screen.findByText(/^Sparat \d{2}:\d{2}$/, undefined, saveWait);
    const saves = server.api.callsTo('PUT', `/profiles/${profileId}/draft`);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.body).toMatchObject({ version: 3, content: { goals: 'Färre unga i kris' } });
    expect(server.current().draft.version).toBe(4);
    expect(window.localStorage.getItem(storageKey)).toBeNull();

    // The next save carries the version the server returned.
    await user.type(screen.getByLabelText('Vilka mål ser ni att vi måste nå?'), '.');
    await waitFor(
      () => expect(server.api.callsTo('PUT', `/profiles/${profileId}/draft`)).toHaveLength(2),
      saveWait,
    );
    expect(server.api.callsTo('PUT', `/profiles/${profileId}/draft`)[1]?.body).toMatchObject({ version: 4 });
  });

  it("offers the mobilisation's kinds of support as an optional tag per need, saved with the draft", async () => {
    const server = profileServer(makeProfile({ content: makeContent(), version: 3 }));
    const { user } = await openEditor();
    // The first need's optional tags: the kind of support comes first.
    const [needTags] = screen.getAllByText(/^Målgrupper och teman/);
    if (!needTags) throw new Error('the need has optional tags');
    await user.click(needTags);
    const [select] = await screen.findAllByLabelText(/^Typ av stöd/);
    if (!select) throw new Error('a kind choice');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ingen vald', 'Trygghetsvandringar', 'Medborgardialog']);
    await user.selectOptions(select, 'Medborgardialog');
    await waitFor(
      () => expect(server.api.callsTo('PUT', `/profiles/${profileId}/draft`)).toHaveLength(1),
      saveWait,
    );
    expect(server.current().draft.content.needs[0]?.supportKind).toBe('dialogue');
    expect(server.current().draft.content.offers[0]?.supportKind ?? null).toBeNull();
  });

  it('tells the person when someone else saved first and lets them overwrite with their version', async () => {
    const server = profileServer(makeProfile({ version: 3 }), { conflictOnce: 5 });
    const { user } = await openEditor();

    await user.type(screen.getByLabelText('Vilka mål ser ni att vi måste nå?'), 'Min text');

    const conflict = await screen.findByRole('alert', { name: 'Någon annan har ändrat profilen' }, saveWait);
    expect(within(conflict).getByText(/nu version 5/)).toBeInTheDocument();
    expect(screen.getByText('Inte sparat: någon annan har ändrat profilen.')).toBeInTheDocument();
    expect(within(conflict).getByRole('button', { name: 'Ladda om senaste versionen' })).toBeInTheDocument();

    await user.click(within(conflict).getByRole('button', { name: 'Skriv över med min version' }));

    await screen.findByText(/^Sparat \d{2}:\d{2}$/, undefined, saveWait);
    const saves = server.api.callsTo('PUT', `/profiles/${profileId}/draft`);
    expect(saves.at(-1)?.body).toMatchObject({ version: 5, content: { goals: 'Min text' } });
    expect(server.current().draft.content.goals).toBe('Min text');
    expect(screen.queryByRole('alert', { name: 'Någon annan har ändrat profilen' })).not.toBeInTheDocument();
  });

  it('loads the other version and drops the unsaved changes when the person chooses to reload', async () => {
    const server = profileServer(makeProfile({ version: 3 }), { conflictOnce: 5 });
    const { user } = await openEditor();
    await user.type(screen.getByLabelText('Vilka mål ser ni att vi måste nå?'), 'Min text');
    const conflict = await screen.findByRole('alert', { name: 'Någon annan har ändrat profilen' }, saveWait);

    server.setProfile(makeProfile({ version: 5, content: { ...emptyContent, goals: 'Kollegans text' } }));
    await user.click(within(conflict).getByRole('button', { name: 'Ladda om senaste versionen' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Vilka mål ser ni att vi måste nå?')).toHaveValue('Kollegans text'),
    );
    expect(window.localStorage.getItem(storageKey)).toBeNull();
    expect(screen.queryByRole('alert', { name: 'Någon annan har ändrat profilen' })).not.toBeInTheDocument();
  });

  it('restores what was typed from localStorage when the page is opened again before the save landed', async () => {
    // The first save never gets an answer: the tab is closed while it is under way.
    const server = profileServer(makeProfile({ version: 3 }));
    const first = await openEditor();
    server.api.calls.length = 0;
    const hanging = mockApi([
      { method: 'GET', path: `/profiles/${profileId}`, reply: () => ({ body: server.current() }) },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}`,
        reply: () => ({ body: makeMobilisation() }),
      },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
      { method: 'PUT', path: `/profiles/${profileId}/draft`, reply: () => new Promise(() => {}) },
    ]);
    await first.user.type(
      screen.getByLabelText('Vilka mål ser ni att vi måste nå?'),
      'Skrivet före omladdning',
    );
    first.unmount();
    // Leaving the page sends the waiting save at once; here it never lands.
    await waitFor(() => expect(hanging.callsTo('PUT', `/profiles/${profileId}/draft`)).toHaveLength(1));
    expect(window.localStorage.getItem(storageKey)).toContain('Skrivet före omladdning');

    const again = profileServer(makeProfile({ version: 3 }));
    await openEditor();

    expect(screen.getByLabelText('Vilka mål ser ni att vi måste nå?')).toHaveValue('Skrivet före omladdning');
    expect(screen.getByText(/Vi återställde ändringar som inte hann sparas/)).toBeInTheDocument();
    // And it goes to the server now, from the version it was edited from.
    await waitFor(
      () => expect(again.api.callsTo('PUT', `/profiles/${profileId}/draft`)).toHaveLength(1),
      saveWait,
    );
    expect(again.api.callsTo('PUT', `/profiles/${profileId}/draft`)[0]?.body).toMatchObject({
      version: 3,
      content: { goals: 'Skrivet före omladdning' },
    });
  });

  it('puts the field errors the server returns on submit on the fields they belong to', async () => {
    const content = makeContent();
    const server = profileServer(makeProfile({ content, version: 4 }));
    server.api.calls.length = 0;
    const submitCalls: unknown[] = [];
    mockApi([
      { method: 'GET', path: `/profiles/${profileId}`, reply: () => ({ body: server.current() }) },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}`,
        reply: () => ({ body: makeMobilisation() }),
      },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}/kinds`,
        reply: () => ({ body: kindsOfMobilisation }),
      },
      {
        method: 'GET',
        path: /^\/organisations\/[^/]+\/contacts$/,
        reply: () => ({ body: { contacts: [] } }),
      },
      {
        method: 'GET',
        path: `/profiles/${profileId}/matches`,
        reply: () => ({ body: makeProfileMatches({ pending: true }) }),
      },
      {
        method: 'POST',
        path: `/profiles/${profileId}/submit`,
        reply: (call) => {
          submitCalls.push(call.body);
          return apiError(400, {
            code: 'VALIDATION_FAILED',
            message: 'A project names an unknown goal.',
            fields: [
              {
                path: 'draft.projects.0.goals',
                code: 'unknown_goal',
                message: 'The mobilisation has no goal G2',
              },
              { path: 'draft.needs.0.id', code: 'id_taken', message: 'This id belongs to another profile' },
            ],
          });
        },
      },
    ]);
    const { user } = await openEditor();

    await user.click(screen.getByRole('button', { name: 'Lämna in profilen' }));

    const summary = await screen.findByRole('alert', { name: 'Profilen kan inte lämnas in ännu' });
    expect(submitCalls).toEqual([{ version: 4 }]);
    expect(
      within(summary).getByRole('link', {
        name: 'Projekt 1 – Vilka av kraftsamlingens mål bidrar arbetet till?: Kraftsamlingen har inte det målet.',
      }),
    ).toBeInTheDocument();
    const goalsGroup = screen.getByRole('group', {
      name: /Vilka av kraftsamlingens mål bidrar arbetet till\?/,
    });
    expect(goalsGroup).toHaveAccessibleDescription(/Kraftsamlingen har inte det målet\./);
    const needText = within(screen.getByRole('group', { name: 'Behov 1' })).getByLabelText('Beskriv behovet');
    expect(needText).toHaveAttribute('aria-invalid', 'true');
    expect(needText).toHaveAccessibleDescription(/Punkten tillhör en annan profil/);
  });

  it('submits the saved draft and goes to the organisation page', async () => {
    const content = makeContent();
    const server = profileServer(makeProfile({ content, version: 4 }));
    let submitted: unknown;
    const extra = mockApi([
      { method: 'GET', path: `/profiles/${profileId}`, reply: () => ({ body: server.current() }) },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}`,
        reply: () => ({ body: makeMobilisation() }),
      },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}/kinds`,
        reply: () => ({ body: kindsOfMobilisation }),
      },
      {
        method: 'GET',
        path: /^\/organisations\/[^/]+\/contacts$/,
        reply: () => ({ body: { contacts: [] } }),
      },
      {
        method: 'GET',
        path: `/profiles/${profileId}/matches`,
        reply: () => ({ body: makeProfileMatches({ pending: true }) }),
      },
      {
        method: 'POST',
        path: `/profiles/${profileId}/submit`,
        reply: (call) => {
          submitted = call.body;
          server.setProfile(makeProfile({ content, version: 4, submitted: true }));
          return { body: server.current() };
        },
      },
    ]);
    const { user, router } = await openEditor();

    await user.click(screen.getByRole('button', { name: 'Lämna in profilen' }));

    await screen.findByText('Tack! Profilen är inlämnad och visas nu för andra i kraftsamlingen.');
    expect(submitted).toEqual({ version: 4 });
    expect(router.state.location.pathname).toBe(`/profiles/${profileId}`);
    // Submitting queues a re-match, so the organisation page says its matches are being updated.
    expect(
      await screen.findByText(/Matchningarna uppdateras just nu/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(extra.unmatched).toEqual([]);
  });

  it('gives validation messages in English when English is chosen', async () => {
    profileServer(makeProfile());
    await act(() => setLanguage('en'));
    const app = await renderApp(editUrl);
    const goals = await screen.findByLabelText('Which goals do you see must be reached?');
    await app.user.click(screen.getByRole('button', { name: 'Submit the profile' }));
    expect(goals).toHaveAccessibleDescription(/Fill in this field\./);
  });
});
