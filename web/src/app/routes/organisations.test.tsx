import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeMobilisation,
  makeSession,
  makeUser,
  mobilisationId,
  type Persona,
} from '../../testing/fixtures';
import { mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

function server(persona: Persona | null) {
  mockApi([
    sessionRoute(makeSession(persona ? makeUser(persona) : null)),
    ...mobilisationRoutes(makeMobilisation()),
    {
      method: 'GET',
      path: /^\/mobilisations\/[^/]+\/organisations$/,
      reply: () => ({ body: { items: [], total: 0 } }),
    },
  ]);
}

const exportUrl = (format: string) => `/api/mobilisations/${mobilisationId}/profiles/export?format=${format}`;

async function pageContent() {
  await screen.findByRole('heading', { level: 1, name: 'Organisationer' });
  return screen.getByRole('main');
}

describe('the organisations page', () => {
  it('offers coordinators every profile as an Excel or CSV file', async () => {
    server('coordinator');
    await renderApp(`/m/${mobilisationId}/organisations`);
    const main = await pageContent();

    const section = (
      await within(main).findByRole('heading', { level: 2, name: 'Exportera profilerna' })
    ).closest('section');
    if (!section) throw new Error('no export section');
    expect(within(section).getByRole('link', { name: 'Ladda ner som Excel' })).toHaveAttribute(
      'href',
      exportUrl('xlsx'),
    );
    expect(within(section).getByRole('link', { name: 'Ladda ner som CSV' })).toHaveAttribute(
      'href',
      exportUrl('csv'),
    );
  });

  it('shows no export to a member or a visitor (the file holds contact persons)', async () => {
    for (const persona of ['member', null] as const) {
      server(persona);
      const { unmount } = await renderApp(`/m/${mobilisationId}/organisations`);
      const main = await pageContent();
      expect(within(main).queryByRole('heading', { name: 'Exportera profilerna' })).not.toBeInTheDocument();
      expect(within(main).queryByRole('link', { name: 'Ladda ner som Excel' })).not.toBeInTheDocument();
      unmount();
    }
  });
});
