import type { UnsubscribeLink } from '@kraftsamling/shared';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const token = '0b6f3c1e-2d4a-4e8b-9c1f-5a7d9e3b2c10.initiatives.abc';

function unsubscribeServer(initial: UnsubscribeLink | 'invalid') {
  let link = initial;
  return mockApi([
    {
      method: 'GET',
      path: `/unsubscribe/${token}`,
      reply: () =>
        link === 'invalid'
          ? apiError(404, { code: 'NOT_FOUND', message: 'This link is not valid.' })
          : { body: link },
    },
    {
      method: 'POST',
      path: `/unsubscribe/${token}`,
      reply: () => {
        if (link !== 'invalid') link = { ...link, mail: false };
        return { body: link };
      },
    },
  ]);
}

describe('the unsubscribe link of a notice mail', () => {
  it('stops that mail with one click, without signing in, and says the notices stay', async () => {
    const api = unsubscribeServer({ scope: 'initiatives', mail: true });
    const { user } = await renderApp(`/unsubscribe/${token}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sluta få mejl' })).toBeInTheDocument();
    expect(await screen.findByText('Vill du sluta få mejl om initiativ och förankring?')).toBeInTheDocument();
    // Opening the page changes nothing.
    expect(api.callsTo('POST', `/unsubscribe/${token}`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Sluta få dessa mejl' }));
    expect(
      await screen.findByText(/Du får inte längre mejl om initiativ och förankring/),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Klart').closest('[tabindex="-1"]')).toHaveFocus());
    expect(api.callsTo('POST', `/unsubscribe/${token}`)).toHaveLength(1);
    expect(
      screen.getByRole('link', { name: 'Alla inställningar för mejl (kräver inloggning)' }),
    ).toHaveAttribute('href', '/account#notifications');
  });

  it('lets a contact person without an account stop being contacted for the organisation', async () => {
    const api = unsubscribeServer({ scope: 'contact', mail: true, organisationName: 'Kontaktstiftelsen' });
    const { user } = await renderApp(`/unsubscribe/${token}`);
    expect(await screen.findByText(/som kontaktperson för Kontaktstiftelsen/)).toBeInTheDocument();
    // They have no account: no settings to point to.
    expect(screen.queryByRole('link', { name: /Alla inställningar/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sluta få dessa mejl' }));
    expect(
      await screen.findByText(/Vi mejlar dig inte längre som kontaktperson för Kontaktstiftelsen/),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', `/unsubscribe/${token}`)).toHaveLength(1);
  });

  it('says when the mail is off already, and when the link is not valid', async () => {
    unsubscribeServer({ scope: 'initiatives', mail: false });
    await renderApp(`/unsubscribe/${token}`);
    expect(
      await screen.findByText('Du får redan inga mejl om initiativ och förankring.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sluta få dessa mejl' })).not.toBeInTheDocument();
  });

  it('explains a link that is not valid', async () => {
    unsubscribeServer('invalid');
    await renderApp(`/unsubscribe/${token}`);
    expect(await screen.findByText('Länken fungerar inte')).toBeInTheDocument();
  });
});
