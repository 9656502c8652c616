import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeOverview } from '../../features/overview/testing';
import { makeMobilisation, makeSession, makeUser, mobilisationId } from '../../testing/fixtures';
import { mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

function overviewApi() {
  return mockApi([
    { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('coordinator')) }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: makeMobilisation() }) },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/overview`,
      reply: () => ({ body: makeOverview() }),
    },
  ]);
}

/** The number shown beside a chart's bar, read from the row the bar is in. */
function barBeside(chart: HTMLElement, label: RegExp | string) {
  const row = within(chart).getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
  const cell = within(row).getByRole('cell');
  return {
    // Intl puts a no-break space before the percent sign.
    text: cell.querySelector('.chart__value')?.textContent?.replace(/\s/g, ' '),
    bar: (cell.querySelector('.chart__bar') as HTMLElement | null)?.style.width,
    hidden: cell.querySelector('.chart__track')?.getAttribute('aria-hidden'),
  };
}

describe('the overview', () => {
  it('draws every chart as bars with their numbers beside them, readable as tables', async () => {
    overviewApi();
    await renderApp(`/m/${mobilisationId}/overview`);

    const profiles = await screen.findByRole('table', { name: /Profilernas status \(60 organisationer\)/ });
    expect(barBeside(profiles, /Inlämnade$/)).toEqual({
      text: '52 (87 %)',
      bar: `${(52 / 60) * 100}%`,
      hidden: 'true',
    });
    expect(barBeside(profiles, /med ändringar/).text).toBe('3 (5 %)');
    expect(barBeside(profiles, /Utkast/).text).toBe('4 (7 %)');
    expect(barBeside(profiles, /Saknas/).text).toBe('1 (2 %)');
    expect(within(profiles).getByRole('link', { name: 'Utkast, inte inlämnade' })).toHaveAttribute(
      'href',
      `/m/${mobilisationId}/organisations?status=draft`,
    );

    const matches = screen.getByRole('table', { name: 'Matchningar mellan behov och erbjudanden' });
    expect(barBeside(matches, 'Föreslagna').text).toBe('358');
    expect(barBeside(matches, 'Godkända').text).toBe('12');
    expect(barBeside(matches, 'Avvisade').text).toBe('3');

    const statuses = screen.getByRole('table', { name: /Initiativ i listan per status/ });
    expect(barBeside(statuses, 'Beslutad')).toMatchObject({ text: '3', bar: '100%' });
    expect(barBeside(statuses, 'Avslutad')).toMatchObject({ text: '0', bar: '0%' });

    const goals = screen.getByRole('table', { name: /Initiativ i listan per övergripande mål/ });
    expect(barBeside(goals, /G1/).text).toBe('4');
    expect(barBeside(goals, /G3/).text).toBe('0');
  });

  it('lists the needs without support and says when every offer is used', async () => {
    overviewApi();
    await renderApp(`/m/${mobilisationId}/overview`);

    const unmet = await screen.findByRole('region', { name: '2 behov utan stöd' });
    expect(within(unmet).getByText(/2 av 126 behov har varken/)).toBeInTheDocument();
    expect(within(unmet).getByText('Visar 1 av 2.')).toBeInTheDocument();
    expect(
      within(unmet).getByRole('link', { name: 'Baptistförsamlingen Källsprånget, Västerås' }),
    ).toBeInTheDocument();
    const unused = screen.getByRole('region', { name: '0 erbjudanden som ingen använder' });
    expect(within(unused).getByText('Alla erbjudanden har minst ett behov de kan möta.')).toBeInTheDocument();
    const matches = screen.getByRole('region', { name: 'Matchningar' });
    expect(within(matches).getByRole('link', { name: 'Granska matchningar' })).toHaveAttribute(
      'href',
      `/m/${mobilisationId}/review`,
    );
  });
});

describe('needs and offers no longer open on the overview', () => {
  it('counts the needs met since the start and those met through initiatives', async () => {
    overviewApi();
    await renderApp(`/m/${mobilisationId}/overview`);
    const met = await screen.findByText('behov mötta sedan start; 3 via initiativ');
    expect(met.closest('.stats__item')?.querySelector('dd')).toHaveTextContent('12');
    // Nothing else closed: no line about it.
    expect(screen.queryByText(/tillbakadragna/)).not.toBeInTheDocument();
  });
});
