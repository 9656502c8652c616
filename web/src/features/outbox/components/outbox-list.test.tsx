import type { OutboxMessage } from '@kraftsamling/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMobilisation, makeSession, makeUser } from '../../../testing/fixtures';
import { mobilisationRoutes, mockApi, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

const link = 'http://localhost:3000/invitation/JN7xOR6jCVXHa0fFtG9Mcq4_0LovxiJQtyyC5i9kuQM';
const messages: OutboxMessage[] = [
  {
    id: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    to: 'kim@ungpuls.se',
    subject: 'Inbjudan till Kraftsamling för psykisk hälsa',
    text: `Hej Kim,\n\nFölj länken för att välja lösenord:\n${link}\n\nLänken gäller i 14 dagar.`,
    createdAt: '2026-11-25T10:49:00.000Z',
    sentAt: null,
  },
  {
    id: '7a2d3c4b-5e6f-4071-9b8c-0d1e2f3a4b5c',
    to: 'maja@exempel.se',
    subject: 'Återställ ditt lösenord – Kraftsamling',
    text: 'Välj ett nytt lösenord här: http://localhost:3000/reset-password/abcdefghijklmnopqrstuvwxyz.',
    createdAt: '2026-11-25T09:00:00.000Z',
    sentAt: '2026-11-25T09:00:02.000Z',
  },
];

describe('the outbox', () => {
  it('shows each mail with recipient, subject, time and whether it was sent, with its links clickable', async () => {
    mockApi([
      sessionRoute(makeSession(makeUser('platformAdmin'))),
      ...mobilisationRoutes(makeMobilisation()),
      { method: 'GET', path: '/admin/outbox', reply: () => ({ body: { items: messages, total: 2 } }) },
    ]);
    await renderApp('/admin/outbox');

    const invitation = await screen.findByRole('article', {
      name: 'Inbjudan till Kraftsamling för psykisk hälsa',
    });
    expect(within(invitation).getByText('kim@ungpuls.se')).toBeInTheDocument();
    expect(within(invitation).getByText('Inte skickat')).toBeInTheDocument();
    expect(within(invitation).getByText(/25 november 2026 kl\. \d{2}:49/)).toBeInTheDocument();
    expect(within(invitation).getByRole('link', { name: link })).toHaveAttribute('href', link);

    const reset = screen.getByRole('article', { name: 'Återställ ditt lösenord – Kraftsamling' });
    expect(within(reset).getByText(/Skickat 25 november 2026/)).toBeInTheDocument();
    // The sentence's full stop is not part of the address.
    expect(within(reset).getByRole('link')).toHaveAttribute(
      'href',
      'http://localhost:3000/reset-password/abcdefghijklmnopqrstuvwxyz',
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 mejl');
  });
});
