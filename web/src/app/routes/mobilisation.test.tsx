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
      reply: () => ({ body: { items: [], total: 3 } }),
    },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/match-runs/latest`,
      reply: () => ({ body: { run: null } }),
    },
  ]);
}

const base = `/m/${mobilisationId}`;

/** The page's own content, apart from the header's navigation that has some of the same links. */
async function pageContent() {
  await screen.findByRole('heading', { level: 1, name: 'Kraftsamling för psykisk hälsa' });
  return screen.getByRole('main');
}

describe('the mobilisation page', () => {
  it('leads everyone on to the organisations, the map, partner search and the initiative list', async () => {
    server(null);
    await renderApp(base);
    const main = await pageContent();

    expect(within(main).getByRole('link', { name: 'Se alla organisationer' })).toHaveAttribute(
      'href',
      `${base}/organisations`,
    );
    const explore = within(main)
      .getByRole('heading', { level: 2, name: 'Hitta samverkan' })
      .closest('section');
    if (!explore) throw new Error('no section to explore from');
    expect(
      within(explore)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Karta', `${base}/map`],
      ['Hitta partner', `${base}/search`],
      ['Initiativlista', `${base}/initiatives`],
    ]);
    expect(within(main).queryByRole('heading', { name: 'Samordning' })).not.toBeInTheDocument();
  });

  it('gives coordinators their tools: status overview, match review, people and the log', async () => {
    server('coordinator');
    await renderApp(base);
    const main = await pageContent();

    const coordination = (await within(main).findByRole('heading', { level: 2, name: 'Samordning' })).closest(
      'section',
    );
    if (!coordination) throw new Error('no coordination section');
    for (const [name, path] of [
      ['Lägesöversikt', 'overview'],
      ['Granska matchningar', 'review'],
      ['Personer och inbjudningar', 'people'],
      ['Logg över ändringar', 'audit'],
    ] as const) {
      expect(within(coordination).getByRole('link', { name })).toHaveAttribute('href', `${base}/${path}`);
    }
  });

  it('keeps the coordinators’ tools from participants', async () => {
    server('participant');
    await renderApp(base);
    const main = await pageContent();
    await screen.findByRole('button', { name: 'Inloggad som Dan Deltagare' });
    expect(within(main).getByRole('link', { name: 'Karta' })).toBeInTheDocument();
    expect(within(main).queryByRole('link', { name: 'Lägesöversikt' })).not.toBeInTheDocument();
    expect(within(main).queryByRole('link', { name: 'Granska matchningar' })).not.toBeInTheDocument();
  });
});
