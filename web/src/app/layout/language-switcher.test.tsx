import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMobilisation } from '../../testing/fixtures';
import { mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

describe('the language switcher', () => {
  it('switches every text to English, marks the page as English and remembers the choice', async () => {
    mockApi([
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    const { user } = await renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Samverkan över sektorsgränser' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
    expect(await screen.findByText('Ett mer hälsofrämjande samhälle och levnadssätt')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));

    // English is fetched when chosen, then every text switches at once.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Collaboration across sectors' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Organisations' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    // The mobilisation's goals come in English too, where it has them.
    expect(screen.getByText('A more health-promoting society')).toBeInTheDocument();
    expect(screen.getByText('3 organisations')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('kraftsamling.language')).toBe('en');

    await user.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Samverkan över sektorsgränser' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });
});
