import type { OrganisationList, Session } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeListItem,
  makeMobilisation,
  makeSession,
  makeUser,
  mobilisationId,
} from '../../../testing/fixtures';
import { type ApiCall, mockApi } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

const listPath = `/mobilisations/${mobilisationId}/organisations`;

const all = [
  makeListItem({
    id: 'b1e3a7c2-1d4e-4f5a-9b6c-7d8e9f0a1b2c',
    name: 'Stockholms stad',
    county: 'Stockholms län',
    municipality: 'Stockholm',
  }),
  makeListItem(
    {
      id: 'c2f4b8d3-2e5f-4a6b-8c7d-8e9f0a1b2c3d',
      name: 'Föreningen Eget Hem',
      sector: 'civilsamhalle',
      county: 'Skåne län',
      municipality: null,
    },
    { status: 'draft', submittedAt: null, needCount: 3, offerCount: 0 },
  ),
  makeListItem(
    {
      id: 'd3a5c9e4-3f6a-4b7c-9d8e-9f0a1b2c3d4e',
      name: 'Region Uppsala',
      sector: 'region',
      county: 'Uppsala län',
      municipality: null,
    },
    { status: 'changed' },
  ),
];

/** The list endpoint, answering from the three organisations above the way the server filters. */
function listServer(session: Session = makeSession(null)) {
  return mockApi([
    { method: 'GET', path: '/session', reply: () => ({ body: session }) },
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: makeMobilisation() }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    {
      method: 'GET',
      path: listPath,
      reply: (call: ApiCall) => {
        const q = call.query.get('q')?.toLowerCase();
        const sector = call.query.get('sector');
        const items = all.filter(
          (item) =>
            (!q || item.organisation.name.toLowerCase().includes(q)) &&
            (!sector || item.organisation.sector === sector),
        );
        const body: OrganisationList = { items, total: items.length };
        return { body };
      },
    },
  ]);
}

describe('the organisation list', () => {
  it('shows each organisation with its sector, county, status and counts', async () => {
    listServer(makeSession(makeUser('coordinator')));
    await renderApp(`/m/${mobilisationId}/organisations`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Organisationer' })).toBeInTheDocument();
    const row = (await screen.findByRole('heading', { name: 'Föreningen Eget Hem' })).closest('li');
    if (!row) throw new Error('The organisation is not in a list item');
    expect(within(row).getByRole('link', { name: 'Föreningen Eget Hem' })).toHaveAttribute(
      'href',
      `/profiles/${all[1]?.profileId}`,
    );
    expect(within(row).getByText('Civilsamhälle')).toBeInTheDocument();
    expect(within(row).getByText('Skåne län')).toBeInTheDocument();
    expect(within(row).getByText('Utkast')).toBeInTheDocument();
    expect(within(row).getByText('3 behov')).toBeInTheDocument();
    expect(within(row).getByText('0 erbjudanden')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 organisationer');
    expect(await screen.findByRole('link', { name: /Registrera organisation/ })).toHaveAttribute(
      'href',
      `/m/${mobilisationId}/organisations/new`,
    );
  });

  it('offers registration to coordinators only', async () => {
    listServer(makeSession(makeUser('participant')));
    await renderApp(`/m/${mobilisationId}/organisations`);
    await screen.findByRole('heading', { name: 'Stockholms stad' });
    expect(screen.queryByRole('link', { name: /Registrera organisation/ })).not.toBeInTheDocument();
  });

  it('puts the search in the address after a pause in typing and shows only what matches', async () => {
    const api = listServer();
    const { user, router } = await renderApp(`/m/${mobilisationId}/organisations`);
    await screen.findByRole('heading', { name: 'Stockholms stad' });

    await user.type(screen.getByRole('searchbox', { name: 'Sök organisation' }), 'region');

    await waitFor(() => expect(router.state.location.search).toBe('?q=region'));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Stockholms stad' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('heading', { name: 'Region Uppsala' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 organisation');
    // One request for the settled text, not one per keystroke.
    expect(api.callsTo('GET', listPath).map((c) => c.query.get('q'))).toEqual([null, 'region']);
  });

  it('reads the search and filters from the address, so they survive a reload', async () => {
    const api = listServer();
    await renderApp(`/m/${mobilisationId}/organisations?q=eget&sector=civilsamhalle`);

    expect(await screen.findByRole('heading', { name: 'Föreningen Eget Hem' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Sök organisation' })).toHaveValue('eget');
    expect(screen.getByRole('combobox', { name: 'Sektor' })).toHaveValue('civilsamhalle');
    const request = api.callsTo('GET', listPath)[0];
    expect(request?.query.get('q')).toBe('eget');
    expect(request?.query.get('sector')).toBe('civilsamhalle');
    expect(request?.query.get('offset')).toBe('0');
  });

  it('filters by sector through the address and can clear it again', async () => {
    listServer();
    const { user, router } = await renderApp(`/m/${mobilisationId}/organisations`);
    await screen.findByRole('heading', { name: 'Stockholms stad' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sektor' }), 'Region');

    await waitFor(() => expect(router.state.location.search).toBe('?sector=region'));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Stockholms stad' })).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('link', { name: 'Rensa sökning och filter' }));
    await screen.findByRole('heading', { name: 'Stockholms stad' });
    expect(router.state.location.search).toBe('');
  });
});
