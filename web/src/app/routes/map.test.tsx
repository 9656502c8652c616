import type { CreateInterest } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MapData } from '../../features/map/lib/map-view';
import { ids, mapServer, profileIdOf } from '../../features/map/testing/map-fixtures';
import { makeContent, makeProfile, mobilisationId } from '../../testing/fixtures';
import { apiError } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

// WebGL does not exist in jsdom: the sigma part is replaced by a list of what it would draw. Its data preparation
// is tested on its own (features/map/lib); the browser journey draws the real map.
vi.mock('../../features/map/components/sigma-map', () => ({
  default: ({ view, onSelect, label }: { view: MapData; onSelect: (id: string) => void; label: string }) => (
    <div role="img" aria-label={label}>
      <ul aria-label="Drawn organisations">
        {view.nodes.map((n) => (
          <li key={n.id}>
            <button type="button" onClick={() => onSelect(n.id)}>
              Click {n.name}
            </button>
          </li>
        ))}
      </ul>
      <p data-testid="drawn-links">{view.links.length}</p>
    </div>
  ),
}));

const mapUrl = `/m/${mobilisationId}/map`;
const drawn = () =>
  within(screen.getByRole('list', { name: 'Drawn organisations' }))
    .queryAllByRole('button')
    .map((b) => b.textContent?.replace('Click ', ''));

const pulsProfile = {
  ...makeProfile({
    content: makeContent({ goals: 'Alla unga i Sundsvall ska ha en vuxen att prata med.' }),
    submitted: true,
  }),
  id: profileIdOf(ids.puls),
  draft: null,
};
const profileRoute = {
  method: 'GET',
  path: `/profiles/${profileIdOf(ids.puls)}`,
  reply: () => ({ body: pulsProfile }),
};

describe('the collaboration map page', () => {
  it('names the picture, links to the list view and draws what the filters leave, kept in the address', async () => {
    mapServer();
    const { user, router } = await renderApp(mapUrl);

    expect(await screen.findByRole('heading', { level: 1, name: 'Samverkanskarta' })).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: 'Samverkanskarta: 5 organisationer och 4 länkar' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Visa som lista' })[0]).toHaveAttribute(
      'href',
      `${mapUrl}/list`,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Län' }), 'Uppsala län');
    await waitFor(() => expect(router.state.location.search).toBe('?county=Uppsala+l%C3%A4n'));
    await waitFor(() =>
      expect(drawn()).toEqual(['Institutet för följeforskning', 'Region Uppsala', 'Uppsala kommun']),
    );
    expect(screen.getByTestId('drawn-links')).toHaveTextContent('2');
    expect(screen.getAllByRole('link', { name: 'Visa som lista' })[0]).toHaveAttribute(
      'href',
      `${mapUrl}/list?county=Uppsala+l%C3%A4n`,
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ av länk' }), 'Ömsesidigt intresse');
    await waitFor(() => expect(drawn()).toEqual(['Region Uppsala', 'Uppsala kommun']));

    // Back undoes the last filter, as the address says.
    router.navigate(-1);
    await waitFor(() => expect(drawn()).toHaveLength(3));
    expect(screen.getByRole('combobox', { name: 'Typ av länk' })).toHaveValue('');
  });

  it('finds an organisation by name and opens its panel, which Esc closes with focus back where it was', async () => {
    mapServer({ routes: [profileRoute] });
    const { user, router } = await renderApp(mapUrl);
    await screen.findByRole('img', { name: /Samverkanskarta/ });

    await user.type(screen.getByRole('searchbox', { name: 'Hitta organisation' }), 'puls');
    expect(screen.getByText('1 organisation hittades.')).toBeInTheDocument();
    const hit = screen.getByRole('button', { name: /^Föreningen Ung Puls/ });
    await user.click(hit);

    const panel = await screen.findByRole('region', { name: 'Föreningen Ung Puls' });
    expect(router.state.location.search).toBe(`?org=${ids.puls}`);
    expect(within(panel).getByRole('heading', { level: 2, name: 'Föreningen Ung Puls' })).toHaveFocus();
    expect(panel).toHaveTextContent('Civilsamhälle · Västernorrlands län');
    expect(within(panel).getByRole('link', { name: 'Gå till organisationens sida' })).toHaveAttribute(
      'href',
      `/profiles/${profileIdOf(ids.puls)}`,
    );
    expect(panel).toHaveTextContent(
      'Föreslagen samverkan med Institutet för följeforskning om utvärdering (mål G2), bygger på 3 matchningar',
    );
    expect(panel).toHaveTextContent('Utvärdering av insatser för unga');
    expect(
      await within(panel).findByText('Vi behöver hjälp att utvärdera våra insatser för unga.'),
    ).toBeInTheDocument();
    expect(panel).toHaveTextContent('Alla unga i Sundsvall ska ha en vuxen att prata med.');
    // Visitors are offered to sign in rather than a button that would be refused.
    expect(within(panel).getByRole('link', { name: 'Logga in för att visa intresse' })).toBeInTheDocument();

    // The other end of a link moves the panel on.
    await user.click(within(panel).getByRole('link', { name: 'Institutet för följeforskning' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Institutet för följeforskning' }),
    ).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('region', { name: /Institutet/ })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');
    expect(hit).toHaveFocus();
  });

  it('opens the panel of an organisation clicked on the map', async () => {
    mapServer({ routes: [profileRoute] });
    const { user } = await renderApp(mapUrl);
    await user.click(await screen.findByRole('button', { name: 'Click Föreningen Ung Puls' }));
    const panel = await screen.findByRole('region', { name: 'Föreningen Ung Puls' });
    await user.click(within(panel).getByRole('button', { name: /Stäng panelen om Föreningen Ung Puls/ }));
    expect(screen.queryByRole('region', { name: 'Föreningen Ung Puls' })).not.toBeInTheDocument();
  });
});

describe('"Vi är intresserade" on the map', () => {
  it('sends the member’s interest from the member’s own organisation and says when it is mutual', async () => {
    const api = mapServer({
      signedIn: true,
      routes: [
        profileRoute,
        {
          method: 'POST',
          path: `/mobilisations/${mobilisationId}/interests`,
          reply: () => ({
            status: 201,
            body: { id: '7b0e2f6e-0d3a-4b53-a3a4-1b2c3d4e5f61', mutual: true, delivery: 'members' },
          }),
        },
      ],
    });
    const { user } = await renderApp(`${mapUrl}?org=${ids.puls}`);
    const panel = await screen.findByRole('region', { name: 'Föreningen Ung Puls' });

    await user.click(await within(panel).findByRole('button', { name: 'Vi är intresserade' }));
    expect(within(panel).getByText('Uppsala kommun')).toBeInTheDocument();
    const message = within(panel).getByRole('textbox', { name: /Meddelande/ });
    expect(message).toHaveFocus();
    await user.type(message, 'Vi vill gärna utvärdera tillsammans.');
    await user.click(within(panel).getByRole('button', { name: 'Skicka intresse' }));

    expect(
      await within(panel).findByText(
        'Ni och Föreningen Ung Puls är intresserade av varandra. Samverkan visas som en länk på kartan.',
      ),
    ).toBeInTheDocument();
    const sent = api.callsTo('POST', `/mobilisations/${mobilisationId}/interests`);
    expect(sent.map((c) => c.body)).toEqual([
      {
        fromOrganisationId: ids.uppsala,
        toOrganisationId: ids.puls,
        counterpartItemId: null,
        message: 'Vi vill gärna utvärdera tillsammans.',
      } satisfies CreateInterest,
    ]);
    // The map is asked for again, to show the new link once it has been computed.
    await waitFor(() =>
      expect(api.callsTo('GET', `/mobilisations/${mobilisationId}/map`).length).toBeGreaterThan(1),
    );
  });

  it('explains a refusal (403) and keeps what was written', async () => {
    mapServer({
      signedIn: true,
      routes: [
        profileRoute,
        {
          method: 'POST',
          path: `/mobilisations/${mobilisationId}/interests`,
          reply: () =>
            apiError(403, {
              code: 'FORBIDDEN',
              message: 'You can show interest on behalf of your own organisation only.',
            }),
        },
      ],
    });
    const { user } = await renderApp(`${mapUrl}?org=${ids.puls}`);
    const panel = await screen.findByRole('region', { name: 'Föreningen Ung Puls' });
    await user.click(await within(panel).findByRole('button', { name: 'Vi är intresserade' }));
    await user.type(within(panel).getByRole('textbox', { name: /Meddelande/ }), 'Hej!');
    await user.click(within(panel).getByRole('button', { name: 'Skicka intresse' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Intresset kunde inte skickas.');
    expect(alert).toHaveTextContent('Du kan bara visa intresse för din egen organisations räkning.');
    expect(within(panel).getByRole('textbox', { name: /Meddelande/ })).toHaveValue('Hej!');
  });

  it('offers no button on the member’s own organisation', async () => {
    mapServer({ signedIn: true });
    await renderApp(`${mapUrl}?org=${ids.uppsala}`);
    const panel = await screen.findByRole('region', { name: 'Uppsala kommun' });
    expect(await within(panel).findByText('Det här är er organisation.')).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Vi är intresserade' })).not.toBeInTheDocument();
  });

  it('shows interest already received and lets the member answer it', async () => {
    mapServer({
      signedIn: true,
      routes: [
        profileRoute,
        {
          method: 'GET',
          path: `/organisations/${ids.uppsala}/interests`,
          reply: () => ({
            body: {
              sent: [],
              received: [
                {
                  id: '7b0e2f6e-0d3a-4b53-a3a4-1b2c3d4e5f62',
                  from: { id: ids.puls, name: 'Föreningen Ung Puls' },
                  to: { id: ids.uppsala, name: 'Uppsala kommun' },
                  itemId: null,
                  counterpartItemId: null,
                  message: 'Vill ni utvärdera med oss?',
                  createdBy: 'Maja',
                  createdAt: '2026-11-25T09:27:58.512Z',
                  mutual: false,
                  delivery: 'members',
                  status: 'sent',
                  answer: null,
                },
              ],
            },
          }),
        },
      ],
    });
    await renderApp(`${mapUrl}?org=${ids.puls}`);
    const panel = await screen.findByRole('region', { name: 'Föreningen Ung Puls' });
    expect(
      await within(panel).findByText('Föreningen Ung Puls har visat intresse för er.'),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Vill ni utvärdera med oss?')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Vi är också intresserade' })).toBeInTheDocument();
  });
});
