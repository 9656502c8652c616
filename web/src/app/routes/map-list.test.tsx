import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ids, mapServer } from '../../features/map/testing/map-fixtures';
import { mobilisationId } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';

const listUrl = `/m/${mobilisationId}/map/list`;

/** The list item of one organisation, found by its heading. */
async function entry(name: string) {
  const heading = await screen.findByRole('heading', { level: 3, name });
  const item = heading.closest('li');
  if (!item) throw new Error(`${name} is not in a list item`);
  return item;
}

const organisationNames = () =>
  within(screen.getByRole('region', { name: /^Organisationer/ }))
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('the collaboration map as a list', () => {
  it('says in words who each organisation is and whom it is linked to, and how', async () => {
    mapServer();
    await renderApp(listUrl);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Samverkanskartan som lista' }),
    ).toBeInTheDocument();
    const puls = await entry('Föreningen Ung Puls');
    expect(within(puls).getByRole('link', { name: 'Föreningen Ung Puls' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/profiles\//),
    );
    expect(puls).toHaveTextContent('SektorCivilsamhälle');
    expect(puls).toHaveTextContent('LänVästernorrlands län');
    await waitFor(() => expect(puls).toHaveTextContent('Temanutvärdering och brukarmedverkan'));
    expect(puls).toHaveTextContent('MålG2 Individer som är rustade att nå sin fulla potential');
    expect(puls).toHaveTextContent('Antal länkar1');
    const links = within(puls).getByRole('list', { name: 'Samverkan: Föreningen Ung Puls' });
    expect(links).toHaveTextContent(
      'Föreslagen samverkan med Institutet för följeforskning om utvärdering (mål G2), bygger på 3 matchningar',
    );

    const uppsala = await entry('Uppsala kommun');
    const uppsalaLinks = within(uppsala).getAllByRole('listitem');
    // The strongest link first.
    expect(uppsalaLinks[0]).toHaveTextContent('Ömsesidigt intresse med Region Uppsala');
    expect(uppsalaLinks[1]).toHaveTextContent(
      'Föreslagen samverkan med Föreningen Eget Hem om lokaler (mål G1)',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Visar 5 organisationer och 4 länkar.');
  });

  it('filters organisations and their links alike, through the address', async () => {
    mapServer();
    const { user, router } = await renderApp(listUrl);
    await entry('Föreningen Ung Puls');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Typ av länk' }), 'Accepterad samverkan');

    await waitFor(() => expect(router.state.location.search).toBe('?linkStatus=accepted'));
    await waitFor(() =>
      expect(organisationNames()).toEqual(['Institutet för följeforskning', 'Region Uppsala']),
    );
    const region = await entry('Region Uppsala');
    expect(region).toHaveTextContent('Accepterad samverkan med Institutet för följeforskning om utvärdering');
    expect(region).not.toHaveTextContent('Ömsesidigt intresse');
    expect(screen.getByRole('status')).toHaveTextContent('Visar 2 organisationer av 5 och 1 länk.');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sektor' }), 'Region');
    await waitFor(() => expect(router.state.location.search).toBe('?sector=region&linkStatus=accepted'));
    // A link needs both its ends: with the academy filtered away, the region has no accepted link left.
    await waitFor(() => expect(organisationNames()).toEqual([]));
    expect(screen.getByText('Inga organisationer matchar filtren.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(organisationNames()).toHaveLength(5));
  });

  it('reads its filters from the address, so a shared link or a reload shows the same list', async () => {
    mapServer();
    await renderApp(`${listUrl}?concept=eval&goal=G2`);

    await waitFor(() =>
      expect(organisationNames()).toEqual([
        'Föreningen Ung Puls',
        'Institutet för följeforskning',
        'Region Uppsala',
      ]),
    );
    expect(screen.getByRole('combobox', { name: 'Tema' })).toHaveValue('eval');
    expect(screen.getByRole('combobox', { name: 'Övergripande mål' })).toHaveValue('G2');
    // Uppsala kommun's mutual link is about no concept, so it is filtered away with the organisation.
    const region = await entry('Region Uppsala');
    expect(region).toHaveTextContent('Antal länkar1');
    for (const link of screen.getAllByRole('link', { name: 'Visa som karta' })) {
      expect(link).toHaveAttribute('href', `/m/${mobilisationId}/map?goal=G2&concept=eval`);
    }
  });

  it('lists the initiatives with their organisations and can show one alone', async () => {
    mapServer();
    const { user, router } = await renderApp(listUrl);
    const initiatives = await screen.findByRole('region', { name: /^Initiativ/ });
    const initiative = within(initiatives)
      .getByRole('heading', { name: 'Utvärdering av insatser för unga' })
      .closest('li');
    if (!initiative) throw new Error('no initiative item');
    expect(initiative).toHaveTextContent('Pågående');
    expect(
      within(initiative)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Föreningen Ung Puls', 'Institutet för följeforskning', 'Region Uppsala']);

    await user.click(within(initiative).getByRole('button', { name: /Visa bara detta initiativ/ }));
    await waitFor(() => expect(router.state.location.search).toBe(`?initiative=${ids.initiative}`));
    await waitFor(() => expect(organisationNames()).toHaveLength(3));
    expect(screen.getByRole('combobox', { name: 'Initiativ' })).toHaveValue(ids.initiative);
  });
});
