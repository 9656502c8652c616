import type { ConfirmedItem, CurrencyLink } from '@kraftsamling/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { profileId } from '../../testing/fixtures';
import { apiError, mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const token = `${'a'.repeat(32)}.${'b'.repeat(43)}`;
const itemId = '8d1c7d0e-2a8c-4c49-9a57-0f4d6c1a6b11';

const link: CurrencyLink = {
  organisationName: 'Föreningen Ung Puls',
  mobilisationName: 'Kraftsamling för psykisk hälsa',
  profileId,
  item: { id: itemId, kind: 'need', text: 'Vi behöver en lokal för kvällsträffar.', state: 'expired' },
  lapsesAt: '2026-11-30T10:00:00.000Z',
};

describe('the confirm link of a currency reminder', () => {
  it('shows the entry without signing in, and one click confirms it back into matching', async () => {
    const confirmed: ConfirmedItem = {
      itemId,
      state: 'open',
      confirmedAt: '2026-12-06T10:00:00.000Z',
      lapsesAt: '2027-12-06T10:00:00.000Z',
      reopened: true,
    };
    const api = mockApi([
      { method: 'GET', path: `/currency-links/${token}`, reply: () => ({ body: link }) },
      { method: 'POST', path: `/currency-links/${token}`, reply: () => ({ body: confirmed }) },
    ]);
    const { user } = await renderApp(`/current/${token}`);
    expect(await screen.findByText('Vi behöver en lokal för kvällsträffar.')).toBeInTheDocument();
    expect(screen.getByText('Har löpt ut och är inte med i matchningen.')).toBeInTheDocument();
    // Opening the page uses nothing up: only the click does.
    expect(api.callsTo('POST', `/currency-links/${token}`)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Ja, det gäller fortfarande' }));
    expect(await screen.findByText('Tack! Det är bekräftat')).toBeInTheDocument();
    expect(screen.getByText(/Det är tillbaka i matchningen och gäller nu till/)).toBeInTheDocument();
    expect(api.callsTo('POST', `/currency-links/${token}`)).toHaveLength(1);
    expect(screen.getByRole('link', { name: /Föreningen Ung Puls/ })).toHaveAttribute(
      'href',
      `/profiles/${profileId}/current`,
    );
  });

  it('says plainly when a link is not valid, and when it was used or has expired', async () => {
    mockApi([
      {
        method: 'GET',
        path: `/currency-links/${token}`,
        reply: () => apiError(410, { code: 'LINK_EXPIRED', message: 'Used.' }),
      },
    ]);
    await renderApp(`/current/${token}`);
    expect(await screen.findByText('Länken gäller inte längre')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, det gäller fortfarande' })).toBeNull();
  });

  it('says a forged link is not valid', async () => {
    mockApi([
      {
        method: 'GET',
        path: '/currency-links/forged',
        reply: () => apiError(404, { code: 'NOT_FOUND', message: 'This link is not valid.' }),
      },
    ]);
    await renderApp('/current/forged');
    expect(await screen.findByText('Länken är inte giltig')).toBeInTheDocument();
  });
});
