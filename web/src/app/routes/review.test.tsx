import type { DecideMatch, ReviewList } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { concepts, makeReviewItem } from '../../features/review/testing';
import { makeMobilisation, makeSession, makeUser, mobilisationId } from '../../testing/fixtures';
import { mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const reviewPath = `/mobilisations/${mobilisationId}/review`;

/** A review queue that really forgets decided pairs from the "open" view, as the server does. */
function reviewApi(count = 3) {
  const items = Array.from({ length: count }, (_, i) => makeReviewItem(i + 1));
  const decided = new Map<string, DecideMatch>();
  const api = mockApi([
    { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('coordinator')) }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: makeMobilisation() }) },
    { method: 'GET', path: '/concepts', reply: () => ({ body: concepts }) },
    {
      method: 'GET',
      path: reviewPath,
      reply: (call) => {
        const open = (call.query.get('state') ?? 'open') === 'open';
        const shown = items.filter((i) => !open || !decided.has(`${i.need.id}:${i.offer.id}`));
        return { body: { items: shown, total: shown.length } satisfies ReviewList };
      },
    },
    {
      method: 'POST',
      path: `${reviewPath}/decisions`,
      reply: (call) => {
        const body = call.body as DecideMatch;
        decided.set(`${body.needId}:${body.offerId}`, body);
        return { status: 201, body };
      },
    },
  ]);
  return { api, items };
}

describe('the review queue', () => {
  it('shows each pair side by side with its organisations, concept, goal, score in words and every reason', async () => {
    reviewApi(1);
    await renderApp(`/m/${mobilisationId}/review`);

    const pair = await screen.findByRole('article', { name: '1. Kommun 1 och Mittuniversitetet' });
    expect(
      within(pair).getByText('Vi behöver hjälp att utvärdera våra insatser för unga (1).'),
    ).toBeInTheDocument();
    expect(
      within(pair).getByText('Vi erbjuder följeforskning och effektmätning av insatser.'),
    ).toBeInTheDocument();
    expect(within(pair).getByText('Mycket stark matchning')).toBeInTheDocument();
    expect(within(pair).getByText('utvärdering')).toBeInTheDocument();
    expect(within(pair).getByText('Individer som är rustade att nå sin fulla potential')).toBeInTheDocument();
    expect(within(pair).getByText('båda riktar sig till barn och unga')).toBeInTheDocument();
    expect(screen.getByText('1 förslag att granska')).toBeInTheDocument();
  });

  it('sends an accepted decision and moves focus to the next pair', async () => {
    const { api, items } = reviewApi(3);
    const { user } = await renderApp(`/m/${mobilisationId}/review`);
    const first = await screen.findByRole('article', { name: '1. Kommun 1 och Mittuniversitetet' });

    await user.click(within(first).getByRole('button', { name: /Godkänn/ }));

    await waitFor(() => expect(api.callsTo('POST', `${reviewPath}/decisions`)).toHaveLength(1));
    expect(api.callsTo('POST', `${reviewPath}/decisions`)[0]?.body).toEqual({
      needId: items[0]?.need.id,
      offerId: items[0]?.offer.id,
      decision: 'accepted',
      note: '',
    });
    // Numbers follow the queue's order, which shifts once the decided pair leaves it.
    expect(screen.getByRole('article', { name: /Kommun 2 och Mittuniversitetet$/ })).toHaveFocus();
    expect(await screen.findByText('Godkänd: Kommun 1 och Mittuniversitetet.')).toBeInTheDocument();
    // The refetched "open" queue no longer holds the decided pair.
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /Kommun 1 och/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('2 förslag att granska')).toBeInTheDocument();
  });

  it('requires a note to reject a pair, and sends the note with the rejection', async () => {
    const { api, items } = reviewApi(2);
    const { user } = await renderApp(`/m/${mobilisationId}/review`);
    const first = await screen.findByRole('article', { name: '1. Kommun 1 och Mittuniversitetet' });

    await user.click(within(first).getByRole('button', { name: /Avvisa…/ }));
    const note = within(first).getByRole('textbox', { name: 'Varför avvisas matchningen?' });
    await user.click(within(first).getByRole('button', { name: 'Avvisa matchningen' }));
    expect(within(first).getByText('Skriv varför matchningen avvisas.')).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveFocus();
    expect(api.callsTo('POST', `${reviewPath}/decisions`)).toHaveLength(0);

    await user.type(note, 'Erbjudandet gäller vuxna, inte unga.');
    await user.click(within(first).getByRole('button', { name: 'Avvisa matchningen' }));

    await waitFor(() => expect(api.callsTo('POST', `${reviewPath}/decisions`)).toHaveLength(1));
    expect(api.callsTo('POST', `${reviewPath}/decisions`)[0]?.body).toEqual({
      needId: items[0]?.need.id,
      offerId: items[0]?.offer.id,
      decision: 'rejected',
      note: 'Erbjudandet gäller vuxna, inte unga.',
    });
  });

  it('leaves a pair for later without a note', async () => {
    const { api } = reviewApi(2);
    const { user } = await renderApp(`/m/${mobilisationId}/review`);
    const first = await screen.findByRole('article', { name: '1. Kommun 1 och Mittuniversitetet' });
    await user.click(within(first).getByRole('button', { name: 'Vänta med' }));
    await waitFor(() => expect(api.callsTo('POST', `${reviewPath}/decisions`)).toHaveLength(1));
    expect(api.callsTo('POST', `${reviewPath}/decisions`)[0]?.body).toMatchObject({
      decision: 'later',
      note: '',
    });
  });

  it('shows who decided a pair and when, with the note', async () => {
    mockApi([
      { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('coordinator')) }) },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}`,
        reply: () => ({ body: makeMobilisation() }),
      },
      { method: 'GET', path: '/concepts', reply: () => ({ body: concepts }) },
      {
        method: 'GET',
        path: reviewPath,
        reply: () => ({
          body: {
            total: 1,
            items: [
              makeReviewItem(1, {
                decision: {
                  decision: 'rejected',
                  note: 'Fel målgrupp.',
                  decidedBy: 'Sara Samordnare',
                  decidedAt: '2026-11-25T09:27:58.512Z',
                },
              }),
            ],
          },
        }),
      },
    ]);
    await renderApp(`/m/${mobilisationId}/review?state=rejected`);
    expect(await screen.findByText(/Avvisad av Sara Samordnare, 25 november 2026/)).toBeInTheDocument();
    expect(screen.getByText('Fel målgrupp.')).toBeInTheDocument();
    expect(screen.getByText('1 avvisad matchning')).toBeInTheDocument();
  });

  it('puts the filters in the address and asks the API with them', async () => {
    const { api } = reviewApi(1);
    const { user, router } = await renderApp(`/m/${mobilisationId}/review`);
    await screen.findByRole('article', { name: /Kommun 1/ });

    await user.selectOptions(screen.getByLabelText('Visa'), 'accepted');
    await user.selectOptions(screen.getByLabelText('Övergripande mål'), 'G2');
    await user.selectOptions(screen.getByLabelText('Begrepp'), 'eval');
    await user.selectOptions(screen.getByLabelText('Län'), 'Uppsala län');
    await user.selectOptions(screen.getByLabelText('Sektor'), 'kommun');

    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toEqual({
      state: 'accepted',
      goal: 'G2',
      concept: 'eval',
      county: 'Uppsala län',
      sector: 'kommun',
    });
    await waitFor(() => {
      const last = api.callsTo('GET', reviewPath).at(-1);
      expect(Object.fromEntries(last?.query ?? [])).toEqual({
        state: 'accepted',
        goal: 'G2',
        concept: 'eval',
        county: 'Uppsala län',
        sector: 'kommun',
        limit: '20',
        offset: '0',
      });
    });
  });

  it('reads the page from the address and asks for that slice of the queue', async () => {
    const { api } = reviewApi(1);
    await renderApp(`/m/${mobilisationId}/review?page=3&sector=region`);
    await screen.findByRole('article', { name: /Kommun 1/ });
    const call = api.callsTo('GET', reviewPath)[0];
    expect(call?.query.get('offset')).toBe('40');
    expect(call?.query.get('sector')).toBe('region');
  });
});
