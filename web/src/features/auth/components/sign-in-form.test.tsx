import { type Session, signInSchema } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMobilisation, makeSession, makeUser, mobilisationId } from '../../../testing/fixtures';
import { apiError, mobilisationRoutes, mockApi, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

function signInServer(answer: 'ok' | 'wrong' | 'limited') {
  let session: Session = makeSession(null);
  const api = mockApi([
    sessionRoute(() => session),
    ...mobilisationRoutes(makeMobilisation()),
    {
      method: 'POST',
      path: '/session',
      reply: (call) => {
        signInSchema.parse(call.body);
        if (answer === 'wrong')
          return apiError(401, { code: 'INVALID_CREDENTIALS', message: 'Wrong email or password.' });
        if (answer === 'limited')
          return apiError(429, { code: 'RATE_LIMITED', message: 'Too many attempts; try again later.' });
        session = makeSession(makeUser('member'));
        return { body: session };
      },
    },
  ]);
  return api;
}

async function fillAndSubmit(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  email: string,
  password: string,
) {
  await user.type(await screen.findByLabelText('E-postadress'), email);
  await user.type(screen.getByLabelText('Lösenord'), password);
  await user.click(screen.getByRole('button', { name: 'Logga in' }));
}

describe('signing in', () => {
  it('signs the person in and returns them to the page that sent them, with their name in the header', async () => {
    const api = signInServer('ok');
    const { user, router } = await renderApp(`/sign-in?next=${encodeURIComponent('/account')}`);
    expect(await screen.findByText(/Logga in för att fortsätta/)).toBeInTheDocument();

    await fillAndSubmit(user, ' Maja@Exempel.SE ', 'ett långt lösenord');

    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mitt konto' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inloggad som Maja Medlem' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Logga in' })).not.toBeInTheDocument();
    expect(api.callsTo('POST', '/session')[0]?.body).toEqual({
      email: 'maja@exempel.se',
      password: 'ett långt lösenord',
    });
  });

  it('says in Swedish that the email or password is wrong, and stays on the page', async () => {
    signInServer('wrong');
    const { user, router } = await renderApp('/sign-in');
    await fillAndSubmit(user, 'maja@exempel.se', 'fel');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'E-postadressen eller lösenordet stämmer inte. Kontrollera och försök igen.',
    );
    await waitFor(() => expect(alert).toHaveFocus());
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('asks the person to wait when there have been too many attempts', async () => {
    signInServer('limited');
    const { user } = await renderApp('/sign-in');
    await fillAndSubmit(user, 'maja@exempel.se', 'fel');
    expect(await screen.findByRole('alert')).toHaveTextContent(/För många misslyckade inloggningsförsök/);
  });

  it('checks the fields before asking the server, and links to a new password', async () => {
    const api = signInServer('ok');
    const { user } = await renderApp('/sign-in');
    await user.type(await screen.findByLabelText('E-postadress'), 'inte-en-adress');
    await user.click(screen.getByRole('button', { name: 'Logga in' }));

    const summary = await screen.findByRole('alert', { name: 'Det finns fel i formuläret' });
    expect(
      within(summary).getByRole('link', { name: /E-postadress: Ange en e-postadress/ }),
    ).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Lösenord: Fyll i fältet.' })).toBeInTheDocument();
    expect(screen.getByLabelText('Lösenord')).toHaveAccessibleDescription(/Fyll i fältet\./);
    expect(api.callsTo('POST', '/session')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Glömt lösenordet?' })).toHaveAttribute(
      'href',
      '/reset-password',
    );
  });

  it('never sends the person to another site after signing in', async () => {
    signInServer('ok');
    const { user, router } = await renderApp(`/sign-in?next=${encodeURIComponent('//evil.example/phish')}`);
    await fillAndSubmit(user, 'maja@exempel.se', 'ett långt lösenord');
    // An address it may not follow counts as none: a member lands on their own organisation.
    await waitFor(() => expect(router.state.location.pathname).toBe(`/m/${mobilisationId}/our-organisation`));
  });
});
