import { passwordResetCompleteSchema, type Session } from '@kraftsamling/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMobilisation, makeSession, makeUser } from '../../../testing/fixtures';
import { apiError, mobilisationRoutes, mockApi, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

const token = 'Qm9vdHN0cmFwLXRva2VuLWZvci10ZXN0cw';

describe('asking for a new password', () => {
  it('says a link has been sent if there is an account, without revealing whether there is one', async () => {
    const api = mockApi([
      sessionRoute(makeSession(null)),
      ...mobilisationRoutes(makeMobilisation()),
      { method: 'POST', path: '/password-resets', reply: () => ({ status: 202, body: { accepted: true } }) },
    ]);
    const { user } = await renderApp('/reset-password');
    await user.type(await screen.findByLabelText('E-postadress'), 'Okand@Exempel.se');
    await user.click(screen.getByRole('button', { name: 'Skicka länk' }));

    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Kolla din e-post');
    expect(status).toHaveTextContent(
      'Om det finns ett konto för okand@exempel.se har vi skickat en länk dit.',
    );
    expect(api.callsTo('POST', '/password-resets')[0]?.body).toEqual({ email: 'okand@exempel.se' });
  });

  it('asks the person to wait after many requests', async () => {
    mockApi([
      sessionRoute(makeSession(null)),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'POST',
        path: '/password-resets',
        reply: () => apiError(429, { code: 'RATE_LIMITED', message: 'Too many requests.' }),
      },
    ]);
    const { user } = await renderApp('/reset-password');
    await user.type(await screen.findByLabelText('E-postadress'), 'maja@exempel.se');
    await user.click(screen.getByRole('button', { name: 'Skicka länk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har bett om många länkar på kort tid.');
  });
});

describe('choosing a new password from the link', () => {
  function completeServer(answer: 'ok' | 'expired' | 'unknown') {
    let session: Session = makeSession(null);
    return mockApi([
      sessionRoute(() => session),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'POST',
        path: '/password-resets/complete',
        reply: (call) => {
          passwordResetCompleteSchema.parse(call.body);
          if (answer === 'expired')
            return apiError(410, {
              code: 'LINK_EXPIRED',
              message: 'This reset link has expired or was used already.',
            });
          if (answer === 'unknown')
            return apiError(404, { code: 'NOT_FOUND', message: 'This reset link is not valid.' });
          session = makeSession(makeUser('participant'));
          return { body: session };
        },
      },
    ]);
  }

  it('refuses a password shorter than ten characters before sending it', async () => {
    const api = completeServer('ok');
    const { user } = await renderApp(`/reset-password/${token}`);
    await user.type(await screen.findByLabelText('Nytt lösenord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Spara lösenordet och logga in' }));
    expect(await screen.findByLabelText('Nytt lösenord')).toHaveAccessibleDescription(
      /Skriv minst 10 tecken\./,
    );
    expect(api.callsTo('POST', '/password-resets/complete')).toHaveLength(0);
  });

  it('sets the new password, signs the person in and shows their account', async () => {
    const api = completeServer('ok');
    const { user, router } = await renderApp(`/reset-password/${token}`);
    await user.type(await screen.findByLabelText('Nytt lösenord'), 'en mening som lösenord');
    await user.click(screen.getByRole('button', { name: 'Visa lösenord' }));
    expect(screen.getByLabelText('Nytt lösenord')).toHaveAttribute('type', 'text');
    await user.click(screen.getByRole('button', { name: 'Spara lösenordet och logga in' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/account'));
    expect(await screen.findByText('Ditt nya lösenord är sparat och du är inloggad.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inloggad som Dan Deltagare' })).toBeInTheDocument();
    expect(api.callsTo('POST', '/password-resets/complete')[0]?.body).toEqual({
      token,
      password: 'en mening som lösenord',
    });
  });

  it('says when the link has expired and offers a new one', async () => {
    completeServer('expired');
    const { user } = await renderApp(`/reset-password/${token}`);
    await user.type(await screen.findByLabelText('Nytt lösenord'), 'en mening som lösenord');
    await user.click(screen.getByRole('button', { name: 'Spara lösenordet och logga in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Länken har gått ut');
    expect(screen.getByRole('link', { name: 'Be om en ny länk' })).toHaveAttribute('href', '/reset-password');
  });

  it('says when the link does not exist', async () => {
    completeServer('unknown');
    const { user } = await renderApp(`/reset-password/${token}`);
    await user.type(await screen.findByLabelText('Nytt lösenord'), 'en mening som lösenord');
    await user.click(screen.getByRole('button', { name: 'Spara lösenordet och logga in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Länken fungerar inte');
  });
});
