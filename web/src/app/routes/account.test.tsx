import {
  deleteAccountSchema,
  type NotificationSettings,
  type PersonalData,
  type Session,
  updateNotificationSettingsSchema,
} from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeMobilisation, makeSession, makeUser, profileId } from '../../testing/fixtures';
import { apiError, mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const password = 'mitt hemliga lösenord';

function accountServer(options: { failSave?: boolean } = {}) {
  let session: Session = makeSession(makeUser('member'));
  let settings: NotificationSettings = {
    categories: [
      { category: 'interests', mail: true, frequency: 'immediate' },
      { category: 'initiatives', mail: true, frequency: 'immediate' },
      { category: 'currency', mail: true, frequency: 'immediate' },
    ],
  };
  return mockApi([
    sessionRoute(() => session),
    ...mobilisationRoutes(makeMobilisation()),
    { method: 'GET', path: '/me/notification-settings', reply: () => ({ body: settings }) },
    {
      method: 'PUT',
      path: '/me/notification-settings',
      reply: (call) => {
        if (options.failSave) return apiError(503, { code: 'SERVICE_UNAVAILABLE', message: 'Down' });
        const change = updateNotificationSettingsSchema.parse(call.body);
        settings = {
          categories: settings.categories.map(
            (s) => change.categories.find((c) => c.category === s.category) ?? s,
          ),
        };
        return { body: settings };
      },
    },
    {
      method: 'GET',
      path: '/me/data',
      reply: () => {
        const user = session.user;
        if (!user) return apiError(401, { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' });
        const body: PersonalData = {
          exportedAt: '2026-11-25T10:00:00.000Z',
          user: { id: user.id, email: user.email, name: user.name, createdAt: '2026-11-01T10:00:00.000Z' },
          memberships: user.memberships,
          sessions: [],
          contactEntries: [],
          invitationsSent: [],
          auditEvents: [],
          notificationSettings: settings.categories,
        };
        return { body };
      },
    },
    {
      method: 'DELETE',
      path: '/me',
      reply: (call) => {
        if (deleteAccountSchema.parse(call.body).password !== password)
          return apiError(401, { code: 'INVALID_CREDENTIALS', message: 'Wrong password.' });
        session = makeSession(null);
        return { body: session };
      },
    },
  ]);
}

describe('my account', () => {
  it('shows who the person is and their role in each mobilisation', async () => {
    accountServer();
    await renderApp('/account');
    expect(await screen.findByText('member@exempel.se')).toBeInTheDocument();
    expect(screen.getByText(/Organisationsmedlem för Uppsala kommun/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kraftsamling för psykisk hälsa' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'redigera profil' })).toHaveAttribute(
      'href',
      `/profiles/${profileId}/edit`,
    );
  });

  it('downloads the person’s data as a JSON file', async () => {
    const api = accountServer();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:mina-uppgifter');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderApp('/account');
    await user.click(await screen.findByRole('button', { name: 'Ladda ner mina uppgifter' }));

    expect(
      await screen.findByText('Filen kraftsamling-mina-uppgifter.json är nedladdad.'),
    ).toBeInTheDocument();
    expect(api.callsTo('GET', '/me/data')).toHaveLength(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    expect(JSON.parse(await (blob as Blob).text())).toMatchObject({ user: { name: 'Maja Medlem' } });
    expect(click).toHaveBeenCalled();
    click.mockRestore();
  });

  it('explains what deletion keeps and removes, and deletes only after the password confirms it', async () => {
    const api = accountServer();
    const { user, router } = await renderApp('/account');
    const section = (await screen.findByRole('heading', { name: 'Radera kontot' })).closest('section');
    if (!section) throw new Error('No deletion section');
    expect(
      within(section).getByText(/Organisationernas profiler, versioner och beslut finns kvar/),
    ).toBeInTheDocument();
    expect(within(section).getByText(/ditt namn byts ut mot ”Raderad användare”/)).toBeInTheDocument();
    expect(within(section).getByText(/Du tas bort som kontaktperson/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Radera mitt konto' }));
    const confirm = within(section).getByRole('button', { name: 'Radera kontot för gott' });
    await waitFor(() => expect(within(section).getByLabelText('Ditt lösenord')).toHaveFocus());

    await user.click(confirm);
    expect(within(section).getByLabelText('Ditt lösenord')).toHaveAccessibleDescription(/Fyll i fältet\./);
    expect(api.callsTo('DELETE', '/me')).toHaveLength(0);

    await user.type(within(section).getByLabelText('Ditt lösenord'), 'fel lösenord');
    await user.click(confirm);
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Lösenordet stämmer inte. Kontot är inte raderat.',
    );
    expect(router.state.location.pathname).toBe('/account');

    await user.clear(within(section).getByLabelText('Ditt lösenord'));
    await user.type(within(section).getByLabelText('Ditt lösenord'), password);
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText('Ditt konto är raderat och du är utloggad.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeInTheDocument();
    expect(api.callsTo('DELETE', '/me').map((c) => c.body)).toEqual([
      { password: 'fel lösenord' },
      { password },
    ]);
  });

  it('lets the person change their mind', async () => {
    const api = accountServer();
    const { user } = await renderApp('/account');
    await user.click(await screen.findByRole('button', { name: 'Radera mitt konto' }));
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByLabelText('Ditt lösenord')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Radera mitt konto' })).toHaveFocus());
    expect(api.callsTo('DELETE', '/me')).toHaveLength(0);
  });

  it('lets the person choose per category whether notices come by mail and how often, by keyboard', async () => {
    const api = accountServer();
    const { user } = await renderApp('/account');
    const interests = await screen.findByRole('group', { name: 'Intresse' });
    const mail = within(interests).getByRole('checkbox', { name: 'Mejla mig om intresse' });
    expect(mail).toBeChecked();
    expect(mail).toHaveAccessibleDescription(/säger "vi är intresserade"/);
    const often = within(interests).getByRole('group', { name: 'Hur ofta, intresse' });
    expect(within(often).getByRole('radio', { name: 'Direkt, ett mejl per avisering' })).toBeChecked();

    // Mail off for interests: its frequency cannot be chosen.
    mail.focus();
    await user.keyboard(' ');
    expect(mail).not.toBeChecked();
    expect(within(often).getByRole('radio', { name: 'En sammanfattning om dagen (kl. 07)' })).toBeDisabled();

    // A weekly digest for initiatives, chosen with the keyboard.
    const initiatives = screen.getByRole('group', { name: 'Initiativ och förankring' });
    within(initiatives).getByRole('radio', { name: 'Direkt, ett mejl per avisering' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(
      within(initiatives).getByRole('radio', { name: 'En sammanfattning i veckan (måndagar kl. 07)' }),
    ).toBeChecked();
    expect(screen.getByText(/Mejl om ditt konto, som inbjudningar/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Spara mejlinställningarna' }));
    expect(await screen.findByText('Mejlinställningarna är sparade.')).toBeInTheDocument();
    expect(api.callsTo('PUT', '/me/notification-settings').map((c) => c.body)).toEqual([
      {
        categories: [
          { category: 'interests', mail: false, frequency: 'immediate' },
          { category: 'initiatives', mail: true, frequency: 'weekly' },
          { category: 'currency', mail: true, frequency: 'immediate' },
        ],
      },
    ]);
    expect(within(screen.getByRole('group', { name: 'Intresse' })).getByRole('checkbox')).not.toBeChecked();
  });

  it('says so when the settings could not be saved, and keeps the choices', async () => {
    accountServer({ failSave: true });
    const { user } = await renderApp('/account');
    const currency = await screen.findByRole('group', { name: 'Påminnelser om aktualitet' });
    await user.click(within(currency).getByRole('radio', { name: 'En sammanfattning om dagen (kl. 07)' }));
    await user.click(screen.getByRole('button', { name: 'Spara mejlinställningarna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Det gick inte att spara');
    expect(
      within(currency).getByRole('radio', { name: 'En sammanfattning om dagen (kl. 07)' }),
    ).toBeChecked();
  });

  it('asks a signed-out visitor to sign in', async () => {
    mockApi([sessionRoute(makeSession(null)), ...mobilisationRoutes(makeMobilisation())]);
    await renderApp('/account');
    expect(await screen.findByText('Du behöver logga in för att se den här sidan.')).toBeInTheDocument();
  });
});
