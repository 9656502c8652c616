import type { ProfileMatches } from '@kraftsamling/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import {
  makeContent,
  makeMobilisation,
  makeProfile,
  makeProfileMatches,
  makeSession,
  makeUser,
  profileId,
} from '../../../testing/fixtures';
import { apiError, mobilisationRoutes, mockApi, type Route, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

function profileServer(matches: Route['reply'], signedIn = true) {
  return mockApi([
    sessionRoute(makeSession(signedIn ? makeUser('participant') : null)),
    ...mobilisationRoutes(makeMobilisation()),
    {
      method: 'GET',
      path: `/profiles/${profileId}`,
      reply: () => ({ body: { ...makeProfile({ content: makeContent(), submitted: true }), draft: null } }),
    },
    {
      method: 'GET',
      path: /^\/organisations\/[^/]+\/contacts$/,
      reply: () =>
        signedIn
          ? {
              body: {
                contacts: [
                  {
                    name: 'Kim Kontakt',
                    email: 'kim@uppsala.se',
                    phone: '018-727 00 00',
                    title: 'Samordnare',
                    mayContact: true,
                  },
                ],
              },
            }
          : apiError(401, { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' }),
    },
    { method: 'GET', path: `/profiles/${profileId}/matches`, reply: matches },
  ]);
}

const needsHeading = 'Vilka kan möta våra behov';

describe('matches on the organisation page', () => {
  it('lists who could meet each need, best first, with the score in words and numbers and every reason', async () => {
    const api = profileServer(() => ({ body: makeProfileMatches() }));
    await renderApp(`/profiles/${profileId}`);

    const needs = (await screen.findByRole('heading', { level: 2, name: needsHeading })).closest('section');
    if (!needs) throw new Error('No section for the needs');
    expect(
      within(needs).getByRole('heading', { level: 3, name: /Behov 1: Vi behöver hjälp att utvärdera/ }),
    ).toBeInTheDocument();
    const proposals = within(needs)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('match'));
    expect(proposals).toHaveLength(2);
    const [best, weaker] = proposals as [HTMLElement, HTMLElement];
    expect(within(best).getByRole('link', { name: 'Mittuniversitetet' })).toHaveAttribute(
      'href',
      '/profiles/9840411d-4506-424c-b83c-883085741811',
    );
    expect(within(best).getByText('Akademi')).toBeInTheDocument();
    expect(within(best).getByText('Västernorrlands län')).toBeInTheDocument();
    expect(within(best).getByText(/Vi erbjuder följeforskning och effektmätning/)).toBeInTheDocument();
    expect(within(best).getByText('Stark matchning')).toBeInTheDocument();
    expect(within(best).getByText(/Matchningsgrad 87\s%/)).toBeInTheDocument();
    expect(
      within(best).getByText('båda gäller utvärdering (behov: ”utvärdera”; erbjudande: ”följeforskning”)'),
    ).toHaveAttribute('lang', 'sv');
    expect(within(best).getByText('båda riktar sig till barn och unga')).toBeInTheDocument();
    expect(within(weaker).getByText('Möjlig matchning')).toBeInTheDocument();
    expect(within(weaker).getByText(/Matchningsgrad 41\s%/)).toBeInTheDocument();
    expect(within(weaker).getByText('samma län')).toBeInTheDocument();
    expect(api.callsTo('GET', `/profiles/${profileId}/matches`)[0]?.query.get('perItem')).toBe('5');

    // The offer with nothing fitting says so plainly.
    const offers = screen
      .getByRole('heading', { level: 2, name: 'Vilka kan ha nytta av våra erbjudanden' })
      .closest('section');
    if (!offers) throw new Error('No section for the offers');
    expect(within(offers).getByText('Inga förslag ännu.')).toBeInTheDocument();
  });

  it('gives the reasons in English when English is chosen', async () => {
    profileServer(() => ({ body: makeProfileMatches() }));
    const { user } = await renderApp(`/profiles/${profileId}`);
    await screen.findByRole('heading', { level: 2, name: needsHeading });
    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Who could meet our needs' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('both concern evaluation (need: "utvärdera"; offer: "följeforskning")'),
    ).toHaveAttribute('lang', 'en');
    expect(screen.getByText('both are for children and young people')).toBeInTheDocument();
    expect(screen.getByText('Strong match')).toBeInTheDocument();
    expect(screen.getByText(/Match score 87%/)).toBeInTheDocument();
    expect(screen.getByText('No proposals yet.')).toBeInTheDocument();
    await act(() => setLanguage('sv'));
  });

  it('says the matches are being updated, and asks again until they are', async () => {
    let answers = 0;
    const fresh = makeProfileMatches();
    const api = profileServer(() => {
      answers += 1;
      const body: ProfileMatches = answers === 1 ? { ...fresh, pending: true } : fresh;
      return { body };
    });
    await renderApp(`/profiles/${profileId}`);

    const status = await screen.findByText(/Matchningarna uppdateras just nu/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(screen.getByText('Matchningarna är uppdaterade.')).toBeInTheDocument(), {
      timeout: 6000,
    });
    expect(api.callsTo('GET', `/profiles/${profileId}/matches`)).toHaveLength(2);
    // Once up to date, it stops asking.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(api.callsTo('GET', `/profiles/${profileId}/matches`)).toHaveLength(2);
  }, 20_000);

  it('says plainly when a need has no proposals yet', async () => {
    profileServer(() => ({
      body: makeProfileMatches({
        needs: [{ itemId: crypto.randomUUID(), text: 'Vi behöver en lokal i Kiruna.', matches: [] }],
        offers: [],
      }),
    }));
    await renderApp(`/profiles/${profileId}`);
    const needs = (await screen.findByRole('heading', { level: 2, name: needsHeading })).closest('section');
    if (!needs) throw new Error('No section for the needs');
    expect(within(needs).getByText('Inga förslag ännu.')).toBeInTheDocument();
    expect(screen.getByText('Den inlämnade profilen har inga erbjudanden att matcha.')).toBeInTheDocument();
  });

  it('tells signed-out visitors that matches and contacts are for participants, without sending them away', async () => {
    profileServer(() => apiError(401, { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' }), false);
    const { router } = await renderApp(`/profiles/${profileId}`);

    expect(
      await screen.findByText('Matchningar visas för inloggade deltagare i kraftsamlingen.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logga in för att se matchningarna' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/profiles/${profileId}`)}`,
    );
    expect(
      await screen.findByText('Kontaktpersoner visas för inloggade deltagare i kraftsamlingen.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logga in för att redigera' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: needsHeading })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/profiles/${profileId}`);
  });

  it('shows participants the organisation’s contact persons', async () => {
    profileServer(() => ({ body: makeProfileMatches() }));
    await renderApp(`/profiles/${profileId}`);
    const contacts = (await screen.findByRole('heading', { name: 'Kontaktpersoner' })).closest('section');
    if (!contacts) throw new Error('No contacts panel');
    expect(await within(contacts).findByText('Kim Kontakt')).toBeInTheDocument();
    expect(within(contacts).getByRole('link', { name: 'kim@uppsala.se' })).toHaveAttribute(
      'href',
      'mailto:kim@uppsala.se',
    );
    expect(within(contacts).getByRole('link', { name: '018-727 00 00' })).toHaveAttribute(
      'href',
      'tel:0187270000',
    );
    expect(screen.queryByRole('link', { name: 'Redigera profil' })).not.toBeInTheDocument();
  });
});
