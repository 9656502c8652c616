import type { Notification, NotificationList } from '@kraftsamling/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import {
  makeInitiativeNotification,
  makeMobilisation,
  makeNotification,
  makeSession,
  makeUser,
  mobilisationId,
} from '../../testing/fixtures';
import { mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const newest = makeNotification(
  { createdAt: '2026-11-27T10:00:00.000Z' },
  {
    fromOrganisationName: 'Mittuniversitetet',
    message: 'Vi forskar på utvärdering och vill gärna hjälpa er.',
  },
);
const mutual = makeNotification(
  { createdAt: '2026-11-26T10:00:00.000Z' },
  {
    fromOrganisationId: '7315565b-058f-41a5-bead-bbb607e76309',
    fromOrganisationName: 'Region Västernorrland',
    fromProfileId: null,
    message: '',
    mutual: true,
  },
);
const read = makeNotification(
  { createdAt: '2026-11-20T10:00:00.000Z', readAt: '2026-11-21T08:00:00.000Z' },
  { fromOrganisationName: 'Föreningen Ung Puls', fromProfileId: '49dfbcd7-e788-465e-821d-3004e20b5508' },
);

/** A server keeping one member's notices, newest first, as the real one does. */
function server(items: Notification[] = [newest, mutual, read], signedIn = true) {
  let notices = items;
  const list = (): NotificationList => ({
    items: notices,
    unread: notices.filter((n) => n.readAt === null).length,
  });
  return mockApi([
    sessionRoute(makeSession(signedIn ? makeUser('member') : null)),
    ...mobilisationRoutes(makeMobilisation()),
    { method: 'GET', path: '/me/notifications', reply: () => ({ body: list() }) },
    {
      method: 'POST',
      path: /^\/me\/notifications\/[^/]+\/read$/,
      reply: (call) => {
        const id = call.path.split('/')[3];
        notices = notices.map((n) => (n.id === id ? { ...n, readAt: '2026-11-28T09:00:00.000Z' } : n));
        return { body: list() };
      },
    },
  ]);
}

const notice = (heading: RegExp) => {
  const article = screen.getByRole('heading', { level: 2, name: heading }).closest('article');
  if (!article) throw new Error(`no notice ${heading}`);
  return article;
};

describe('notices', () => {
  it('shows signed-in people how many notices are unread, in the header on every page', async () => {
    const api = server();
    const { router } = await renderApp(`/m/${mobilisationId}`);

    const link = await screen.findByRole('link', { name: /^Aviseringar\s+2\s+olästa$/ });
    expect(link).toHaveAttribute('href', '/notifications');
    expect(link).toHaveTextContent(/^Aviseringar\s*2\s*olästa$/);

    // Moving between pages reuses the count rather than asking the server again each time.
    await act(() => router.navigate(`/m/${mobilisationId}/organisations`));
    await act(() => router.navigate(`/m/${mobilisationId}`));
    expect(screen.getByRole('link', { name: /^Aviseringar\s+2\s+olästa$/ })).toBeInTheDocument();
    expect(api.callsTo('GET', '/me/notifications')).toHaveLength(1);
  });

  it('offers signed-out visitors no notices, and asks them to sign in on the page', async () => {
    const api = server([], false);
    await renderApp('/notifications');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Du behöver logga in för att se den här sidan.' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Aviseringar/ })).not.toBeInTheDocument();
    expect(api.callsTo('GET', '/me/notifications')).toEqual([]);
  });

  it('lists the notices newest first, says who is interested and links to them, unread ones marked in words', async () => {
    server();
    const { user, router } = await renderApp(`/m/${mobilisationId}`);
    await user.click(await screen.findByRole('link', { name: /^Aviseringar\s+2\s+olästa$/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/notifications'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Aviseringar' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Aviseringar, nyast först' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual([
      'Mittuniversitetet är intresserade av er organisation',
      'Region Västernorrland är intresserade av er organisation – ni är ömsesidigt intresserade',
      'Föreningen Ung Puls är intresserade av er organisation',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('2 olästa aviseringar.');

    const first = notice(/^Mittuniversitetet/);
    expect(within(first).getByText('Oläst')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Mittuniversitetet' })).toHaveAttribute(
      'href',
      `/profiles/${newest.payload.fromProfileId}`,
    );
    expect(
      within(first).getByText('Vi forskar på utvärdering och vill gärna hjälpa er.'),
    ).toBeInTheDocument();
    expect(within(first).getByText(/^Mottagen 27 november 2026/)).toHaveAttribute(
      'datetime',
      '2026-11-27T10:00:00.000Z',
    );
    expect(within(first).getByRole('button', { name: 'Markera som läst' })).toHaveAccessibleDescription(
      'Mittuniversitetet är intresserade av er organisation',
    );

    // Without the sender's page (an older notice), the map shows the organisation instead.
    const second = notice(/^Region Västernorrland/);
    expect(
      within(second).getByRole('link', { name: 'Visa Region Västernorrland på kartan' }),
    ).toHaveAttribute('href', `/m/${mobilisationId}/map?org=${mutual.payload.fromOrganisationId}`);
    expect(within(second).queryByText('Meddelande')).not.toBeInTheDocument();

    const third = notice(/^Föreningen Ung Puls/);
    expect(within(third).queryByText('Oläst')).not.toBeInTheDocument();
    expect(within(third).queryByRole('button', { name: 'Markera som läst' })).not.toBeInTheDocument();
  });

  it('marks a notice as read: the header’s count follows and the focus stays on the notice', async () => {
    const api = server();
    const { user } = await renderApp('/notifications');
    await screen.findByRole('list', { name: 'Aviseringar, nyast först' });
    const first = notice(/^Mittuniversitetet/);

    await user.click(within(first).getByRole('button', { name: 'Markera som läst' }));

    expect(await screen.findByRole('link', { name: /^Aviseringar\s+1\s+oläst$/ })).toBeInTheDocument();
    expect(api.callsTo('POST', `/me/notifications/${newest.id}/read`)).toHaveLength(1);
    expect(within(first).queryByText('Oläst')).not.toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: 'Markera som läst' })).not.toBeInTheDocument();
    expect(first).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('1 oläst avisering.');

    await user.click(within(notice(/^Region/)).getByRole('button', { name: 'Markera som läst' }));
    expect(await screen.findByText('Alla aviseringar är lästa.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aviseringar' })).not.toHaveTextContent(/\d/);
  });

  it('tells a member when their organisation joins an initiative or is asked to endorse one, in their language', async () => {
    const added = makeInitiativeNotification('initiative.added', {
      title: 'Gemensam kampanj',
      generatedTitle: null,
      initiativeId: '5b1c3b5e-3d2f-4f7e-9c55-6c0b1a2d3e4f',
    });
    const asked = makeInitiativeNotification('initiative.endorsement_requested');
    server([asked, added]);
    const { user } = await renderApp('/notifications');
    await screen.findByRole('list', { name: 'Aviseringar, nyast först' });

    const endorse = notice(/ombeds förankra/);
    expect(
      within(endorse).getByRole('heading', {
        level: 2,
        name: 'Uppsala kommun ombeds förankra initiativet Utvärdering, följeforskning och effektmätning',
      }),
    ).toBeInTheDocument();
    expect(
      within(endorse).getByRole('link', { name: 'Utvärdering, följeforskning och effektmätning' }),
    ).toHaveAttribute('href', `/initiatives/${asked.payload.initiativeId}`);
    expect(within(endorse).getByText(/svara på initiativets sida/)).toBeInTheDocument();
    const joined = notice(/är med i initiativet/);
    expect(within(joined).getByRole('link', { name: 'Gemensam kampanj' })).toHaveAttribute(
      'href',
      '/initiatives/5b1c3b5e-3d2f-4f7e-9c55-6c0b1a2d3e4f',
    );

    await user.click(screen.getByRole('button', { name: 'English' }));
    const english = await screen.findByRole('heading', {
      level: 2,
      name: 'Uppsala kommun is asked to endorse the initiative Evaluation, follow-up research and impact measurement',
    });
    expect(english).toBeInTheDocument();
    // A title someone wrote stays as written.
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: 'Uppsala kommun takes part in the initiative Gemensam kampanj',
      }),
    ).toBeInTheDocument();
    await act(() => setLanguage('sv'));
  });

  it('tells the sender how the other organisation answered its interest, with the note', async () => {
    const answered: Notification = {
      id: '5b1f0c2e-7d3a-4e8b-9c6f-1a2b3c4d5e6f',
      createdAt: '2026-11-28T10:00:00.000Z',
      readAt: null,
      kind: 'interest.answered',
      payload: {
        interestId: '0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f',
        mobilisationId,
        byOrganisationId: '7315565b-058f-41a5-bead-bbb607e76309',
        byOrganisationName: 'Region Västernorrland',
        byProfileId: '49dfbcd7-e788-465e-821d-3004e20b5508',
        answer: 'not_relevant',
        note: 'Vi har inga lokaler just nu.',
      },
    };
    server([answered]);
    await renderApp('/notifications');
    const heading = await screen.findByRole('heading', {
      name: 'Region Västernorrland svarade på ert intresse: inte aktuellt just nu',
    });
    expect(within(heading).getByRole('link', { name: 'Region Västernorrland' })).toHaveAttribute(
      'href',
      '/profiles/49dfbcd7-e788-465e-821d-3004e20b5508',
    );
    expect(screen.getByText('Vi har inga lokaler just nu.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se era intressen och svaren på dem' })).toHaveAttribute(
      'href',
      `/m/${mobilisationId}/interests`,
    );
  });

  it('says plainly when there are no notices', async () => {
    server([]);
    await renderApp('/notifications');
    expect(
      await screen.findByText(
        'Inga aviseringar ännu. När en annan organisation visar intresse för er, eller er organisation blir del av ett initiativ, syns det här.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aviseringar' })).toHaveAttribute('aria-current', 'page');
  });
});
