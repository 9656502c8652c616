import type { SearchResult } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids, makeHit, mapServer, profileIdOf } from '../../features/map/testing/map-fixtures';
import { mobilisationId } from '../../testing/fixtures';
import { type ApiCall, apiError } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const searchPath = `/mobilisations/${mobilisationId}/search`;
const searchUrl = `/m/${mobilisationId}/search`;

const hits = [
  makeHit(),
  makeHit({
    kind: 'need',
    itemId: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0201',
    profileId: profileIdOf(ids.puls),
    organisation: {
      id: ids.puls,
      name: 'Föreningen Ung Puls',
      sector: 'civilsamhalle',
      county: 'Västernorrlands län',
    },
    highlight: 'Vi vill \u0002utvärdera\u0003 <script>alert("x")</script> och <b>lära</b> oss.',
  }),
  makeHit({
    kind: 'project',
    itemId: '0a4d3c4e-7d55-4c1b-9d43-1f0f2a7d0202',
    profileId: profileIdOf(ids.region),
    organisation: { id: ids.region, name: 'Region Uppsala', sector: 'region', county: 'Uppsala län' },
    highlight: 'Följeforskning: \u0002utvärdering\u0003 av första linjen',
  }),
];

function searchRoute(reply?: (call: ApiCall) => { status?: number; body: unknown }) {
  return {
    method: 'GET',
    path: searchPath,
    reply:
      reply ??
      (() => {
        const body: SearchResult = { items: hits, total: hits.length };
        return { body };
      }),
  };
}

const hitItem = (name: string) => {
  const item = screen.getByRole('heading', { level: 3, name }).closest('li');
  if (!item) throw new Error(`no hit for ${name}`);
  return item;
};

describe('finding partners', () => {
  it('shows ranked hits with the matched words marked and every hit linked to its organisation', async () => {
    const api = mapServer({ routes: [searchRoute()] });
    await renderApp(`${searchUrl}?q=utv%C3%A4rdering`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Hitta partner' })).toBeInTheDocument();
    expect(await screen.findByText('3 träffar för ”utvärdering”')).toBeInTheDocument();
    const names = screen.getAllByRole('heading', { level: 3 });
    expect(names.map((h) => h.textContent)).toEqual([
      'Institutet för följeforskning',
      'Föreningen Ung Puls',
      'Region Uppsala',
    ]);
    const first = hitItem('Institutet för följeforskning');
    expect(within(first).getByText('Erbjudande')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Institutet för följeforskning' })).toHaveAttribute(
      'href',
      `/profiles/${profileIdOf(ids.forskning)}`,
    );
    const marks = first.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['utvärdering']);
    expect(first).toHaveTextContent('Vi erbjuder följeforskning och utvärdering av insatser för unga.');
    expect(api.callsTo('GET', searchPath)[0]?.query.get('q')).toBe('utvärdering');
  });

  it('shows what an organisation wrote as text, never as HTML', async () => {
    mapServer({ routes: [searchRoute()] });
    await renderApp(`${searchUrl}?q=utv%C3%A4rdera`);

    const puls = await waitFor(() => hitItem('Föreningen Ung Puls'));
    expect(puls).toHaveTextContent('Vi vill utvärdera <script>alert("x")</script> och <b>lära</b> oss.');
    expect(puls.querySelector('script')).toBeNull();
    expect(puls.querySelector('b')).toBeNull();
    expect([...puls.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['utvärdera']);
  });

  it('searches when the form is sent, with the filters, all kept in the address', async () => {
    const api = mapServer({ routes: [searchRoute()] });
    const { user, router } = await renderApp(searchUrl);

    expect(await screen.findByText('Skriv vad ni söker, så visas träffarna här.')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Vad söker ni?' }), 'lokaler');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=lokaler'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sök bland' }), 'Kan erbjuda');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sektor' }), 'Akademi');
    await waitFor(() => expect(router.state.location.search).toBe('?q=lokaler&kind=offer&sector=akademi'));
    await waitFor(() => {
      const last = api.callsTo('GET', searchPath).at(-1);
      expect(last?.query.get('kind')).toBe('offer');
      expect(last?.query.get('sector')).toBe('akademi');
      expect(last?.query.get('q')).toBe('lokaler');
    });
    // The map's link-status filter has no meaning for text and is not offered here.
    expect(screen.queryByRole('combobox', { name: 'Typ av länk' })).not.toBeInTheDocument();
  });

  it('asks for two characters before searching', async () => {
    const api = mapServer({ routes: [searchRoute()] });
    await renderApp(`${searchUrl}?q=a`);
    expect(await screen.findByText('Skriv minst två tecken för att söka.')).toBeInTheDocument();
    expect(api.callsTo('GET', searchPath)).toEqual([]);
  });
});

describe('"Vi är intresserade" on a search hit', () => {
  it('sends interest in the hit’s need or offer from the member’s own organisation', async () => {
    const api = mapServer({
      signedIn: true,
      routes: [
        searchRoute(),
        {
          method: 'POST',
          path: `/mobilisations/${mobilisationId}/interests`,
          reply: () => ({
            status: 201,
            body: { id: '7b0e2f6e-0d3a-4b53-a3a4-1b2c3d4e5f61', mutual: false, delivery: 'members' },
          }),
        },
      ],
    });
    const { user } = await renderApp(`${searchUrl}?q=utv%C3%A4rdering`);
    await screen.findByText('3 träffar för ”utvärdering”');

    const first = hitItem('Institutet för följeforskning');
    await user.click(within(first).getByRole('button', { name: 'Vi är intresserade' }));
    await user.type(within(first).getByRole('textbox', { name: /Meddelande/ }), 'Vi behöver just det.');
    await user.click(within(first).getByRole('button', { name: 'Skicka intresse' }));
    expect(
      await within(first).findByText(
        'Intresset är skickat till Institutet för följeforskning. De får ett mejl och en notis.',
      ),
    ).toBeInTheDocument();

    const project = hitItem('Region Uppsala');
    await user.click(within(project).getByRole('button', { name: 'Vi är intresserade' }));
    await user.click(within(project).getByRole('button', { name: 'Skicka intresse' }));
    await within(project).findByText(/Intresset är skickat till Region Uppsala/);

    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/interests`).map((c) => c.body)).toEqual([
      {
        fromOrganisationId: ids.uppsala,
        toOrganisationId: ids.forskning,
        counterpartItemId: hits[0]?.itemId,
        message: 'Vi behöver just det.',
      },
      // A project is no need or offer: the interest is in the organisation.
      { fromOrganisationId: ids.uppsala, toOrganisationId: ids.region, counterpartItemId: null, message: '' },
    ]);
  });

  it('says before the click whom the interest will reach, and that it reaches only the coordinators when nobody else', async () => {
    const api = mapServer({
      signedIn: true,
      routes: [
        searchRoute(),
        {
          method: 'GET',
          path: `/mobilisations/${mobilisationId}/interests/reach`,
          reply: (call) => ({
            body: {
              delivery: call.query.get('toOrganisationId') === ids.region ? 'coordinators' : 'contacts',
            },
          }),
        },
        {
          method: 'POST',
          path: `/mobilisations/${mobilisationId}/interests`,
          reply: () => ({
            status: 201,
            body: { id: '7b0e2f6e-0d3a-4b53-a3a4-1b2c3d4e5f63', mutual: false, delivery: 'coordinators' },
          }),
        },
      ],
    });
    const { user } = await renderApp(`${searchUrl}?q=utv%C3%A4rdering`);
    await screen.findByText('3 träffar för ”utvärdering”');

    const first = hitItem('Institutet för följeforskning');
    await user.click(within(first).getByRole('button', { name: 'Vi är intresserade' }));
    expect(await within(first).findByText('Institutet för följeforskning får ett mejl')).toBeInTheDocument();
    expect(within(first).getByText(/Ditt namn och din e-post följer inte med/)).toBeInTheDocument();
    await user.click(within(first).getByRole('button', { name: 'Avbryt' }));

    const project = hitItem('Region Uppsala');
    await user.click(within(project).getByRole('button', { name: 'Vi är intresserade' }));
    expect(await within(project).findByText('Intresset når inte Region Uppsala direkt')).toBeInTheDocument();
    expect(within(project).getByText(/samordnare får intresset och för det vidare/)).toBeInTheDocument();
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/interests`)).toEqual([]);
    await user.click(within(project).getByRole('button', { name: 'Skicka intresse' }));
    expect(
      await within(project).findByText(
        'Intresset är skickat till Region Uppsala. Samordnarna får det och för det vidare.',
      ),
    ).toBeInTheDocument();
  });

  it('says why the server refused', async () => {
    mapServer({
      signedIn: true,
      routes: [
        searchRoute(),
        {
          method: 'POST',
          path: `/mobilisations/${mobilisationId}/interests`,
          reply: () => apiError(403, { code: 'FORBIDDEN', message: 'Not your organisation' }),
        },
      ],
    });
    const { user } = await renderApp(`${searchUrl}?q=utv%C3%A4rdering`);
    await screen.findByText('3 träffar för ”utvärdering”');
    const first = hitItem('Institutet för följeforskning');
    await user.click(within(first).getByRole('button', { name: 'Vi är intresserade' }));
    await user.click(within(first).getByRole('button', { name: 'Skicka intresse' }));
    expect(await within(first).findByRole('alert')).toHaveTextContent(
      'Du kan bara visa intresse för din egen organisations räkning.',
    );
  });

  it('offers visitors a way to sign in instead', async () => {
    mapServer({ routes: [searchRoute()] });
    await renderApp(`${searchUrl}?q=utv%C3%A4rdering`);
    await screen.findByText('3 träffar för ”utvärdering”');
    expect(screen.getByRole('link', { name: 'Logga in för att visa intresse' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`${searchUrl}?q=utv%C3%A4rdering`)}`,
    );
    expect(screen.queryByRole('button', { name: 'Vi är intresserade' })).not.toBeInTheDocument();
  });
});
