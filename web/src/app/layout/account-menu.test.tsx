import type { Profile, Session } from '@kraftsamling/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeContent,
  makeMobilisation,
  makeProfile,
  makeProfileMatches,
  makeSession,
  makeUser,
  mobilisationId,
  type Persona,
  profileId,
} from '../../testing/fixtures';
import { apiError, mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

/** A server whose answers depend on who is signed in, as the real one's do. */
function server(persona: Persona | null) {
  let session: Session = makeSession(persona ? makeUser(persona) : null);
  const signedIn = () => session.user !== null;
  const api = mockApi([
    sessionRoute(() => session),
    ...mobilisationRoutes(makeMobilisation()),
    {
      method: 'GET',
      path: `/profiles/${profileId}`,
      reply: () => {
        const profile: Profile = makeProfile({ content: makeContent(), submitted: true });
        // The draft is visible only to the organisation's members and the coordinators.
        const mayEdit = session.user?.memberships.some((m) => m.role !== 'participant') ?? false;
        return { body: mayEdit ? profile : { ...profile, draft: null } };
      },
    },
    {
      method: 'GET',
      path: /^\/organisations\/[^/]+\/contacts$/,
      reply: () =>
        signedIn()
          ? { body: { contacts: [] } }
          : apiError(401, { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' }),
    },
    {
      method: 'GET',
      path: `/profiles/${profileId}/matches`,
      reply: () =>
        signedIn()
          ? { body: makeProfileMatches() }
          : apiError(401, { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' }),
    },
    {
      method: 'DELETE',
      path: '/session',
      reply: () => {
        session = makeSession(null);
        return { body: session };
      },
    },
  ]);
  return api;
}

describe('the header and navigation', () => {
  it('signs out: ends the session on the server, forgets what was seen signed in, and fetches it again', async () => {
    const api = server('member');
    const { user, router } = await renderApp(`/profiles/${profileId}`);
    expect(await screen.findByRole('link', { name: 'Redigera profil' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Vilka kan möta våra behov' })).toBeInTheDocument();

    const account = screen.getByRole('button', { name: 'Inloggad som Maja Medlem' });
    expect(account).toHaveAttribute('aria-expanded', 'false');
    await user.click(account);
    expect(account).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Mitt konto' })).toHaveAttribute('href', '/account');
    const profileLoads = api.callsTo('GET', `/profiles/${profileId}`).length;
    await user.click(screen.getByRole('button', { name: 'Logga ut' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText('Du är utloggad.')).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/session')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Inloggad som/ })).not.toBeInTheDocument();

    // Back on the organisation's page, nothing seen while signed in is reused.
    await act(() => router.navigate(`/profiles/${profileId}`));
    expect(await screen.findByRole('link', { name: 'Logga in för att redigera' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera profil' })).not.toBeInTheDocument();
    expect(api.callsTo('GET', `/profiles/${profileId}`).length).toBeGreaterThan(profileLoads);
    expect(
      await screen.findByText('Matchningar visas för inloggade deltagare i kraftsamlingen.'),
    ).toBeInTheDocument();
  });

  it('shows coordinators their tools in the navigation, and others not', async () => {
    server('coordinator');
    const first = await renderApp(`/m/${mobilisationId}`);
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(await within(nav).findByRole('link', { name: 'Personer' })).toHaveAttribute(
      'href',
      `/m/${mobilisationId}/people`,
    );
    expect(within(nav).getByRole('link', { name: 'Logg' })).toHaveAttribute(
      'href',
      `/m/${mobilisationId}/audit`,
    );
    expect(within(nav).queryByRole('link', { name: 'Utkorg' })).not.toBeInTheDocument();
    first.unmount();

    server('participant');
    await renderApp(`/m/${mobilisationId}`);
    const participantNav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    await screen.findByRole('button', { name: 'Inloggad som Dan Deltagare' });
    expect(within(participantNav).getByRole('link', { name: 'Organisationer' })).toBeInTheDocument();
    expect(within(participantNav).queryByRole('link', { name: 'Personer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Registrera en organisation' })).not.toBeInTheDocument();
  });

  it('shows the outbox to platform administrators', async () => {
    server('platformAdmin');
    await renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(await within(nav).findByRole('link', { name: 'Utkorg' })).toHaveAttribute('href', '/admin/outbox');
  });

  it('offers signed-out visitors a sign-in link that brings them back', async () => {
    server(null);
    await renderApp(`/m/${mobilisationId}/organisations?q=unga`);
    expect(await screen.findByRole('link', { name: 'Logga in' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/m/${mobilisationId}/organisations?q=unga`)}`,
    );
  });
});

describe('answers that need another person', () => {
  it('sends a signed-out visitor to sign in when a page needs it, keeping where they were', async () => {
    mockApi([
      sessionRoute(makeSession(null)),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'GET',
        path: /^\/mobilisations\/[^/]+\/(members|invitations)$/,
        reply: () => apiError(401, { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' }),
      },
    ]);
    const { router } = await renderApp(`/m/${mobilisationId}/people`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`/m/${mobilisationId}/people`)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
  });

  it('tells a signed-in person plainly when they do not have access', async () => {
    mockApi([
      sessionRoute(makeSession(makeUser('participant'))),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'GET',
        path: /^\/mobilisations\/[^/]+\/(members|invitations)$/,
        reply: () => apiError(403, { code: 'FORBIDDEN', message: 'You do not have access to this.' }),
      },
    ]);
    const { router } = await renderApp(`/m/${mobilisationId}/people`);
    expect(
      await screen.findByRole('heading', { name: 'Du har inte tillgång till den här sidan' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Försök igen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Skicka inbjudan' })).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/m/${mobilisationId}/people`);
  });
});
