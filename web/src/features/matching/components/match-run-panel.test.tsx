import type { MatchRun } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMobilisation, makeRun, makeSession, makeUser, mobilisationId } from '../../../testing/fixtures';
import { mobilisationRoutes, mockApi, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

describe('re-matching the whole mobilisation', () => {
  it('starts a run when the coordinator asks, and follows its progress until it is done', async () => {
    const queued = makeRun({ status: 'queued', progress: 0, total: 0, startedAt: null, finishedAt: null });
    const progress: MatchRun[] = [
      makeRun({ status: 'running', progress: 120, total: 230, finishedAt: null }),
      makeRun({ status: 'done', progress: 230, total: 230 }),
    ];
    let latest: MatchRun | null = null;
    const api = mockApi([
      sessionRoute(makeSession(makeUser('coordinator'))),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'GET',
        path: /^\/mobilisations\/[^/]+\/organisations$/,
        reply: () => ({ body: { items: [], total: 3 } }),
      },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}/match-runs/latest`,
        reply: () => {
          if (latest && latest.status !== 'done') latest = progress.shift() ?? latest;
          return { body: { run: latest } };
        },
      },
      {
        method: 'POST',
        path: `/mobilisations/${mobilisationId}/match-runs`,
        reply: () => {
          latest = queued;
          return { status: 202, body: { run: queued } };
        },
      },
    ]);
    const { user } = await renderApp(`/m/${mobilisationId}`);

    const panel = (await screen.findByRole('heading', { name: 'Matchning av hela kraftsamlingen' })).closest(
      'section',
    );
    if (!panel) throw new Error('No panel');
    expect(
      await within(panel).findByText('Ingen matchning av hela kraftsamlingen har körts ännu.'),
    ).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Matcha om hela kraftsamlingen' }));
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/match-runs`)).toHaveLength(1);
    expect(
      await within(panel).findByText('Senaste matchningen: väntar på att starta', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Matcha om hela kraftsamlingen' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    const bar = await within(panel).findByRole(
      'progressbar',
      { name: 'Matchningens förlopp' },
      { timeout: 4000 },
    );
    await waitFor(() => expect(bar).toHaveAttribute('value', '120'), { timeout: 4000 });
    expect(bar).toHaveAttribute('max', '230');
    expect(within(panel).getByText(/120 av 230 punkter \(52\s%\)/)).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toHaveTextContent('Senaste matchningen: pågår');

    await waitFor(
      () => expect(within(panel).getByRole('status')).toHaveTextContent('Senaste matchningen: klar'),
      {
        timeout: 4000,
      },
    );
    expect(within(panel).getByText(/230 av 230 punkter \(100\s%\)/)).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toHaveTextContent('230 punkter matchade.');
    expect(within(panel).getByRole('button', { name: 'Matcha om hela kraftsamlingen' })).toHaveAttribute(
      'aria-disabled',
      'false',
    );
  }, 20_000);

  it('is not offered to participants', async () => {
    mockApi([
      sessionRoute(makeSession(makeUser('participant'))),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'GET',
        path: /^\/mobilisations\/[^/]+\/organisations$/,
        reply: () => ({ body: { items: [], total: 3 } }),
      },
    ]);
    await renderApp(`/m/${mobilisationId}`);
    await screen.findByRole('heading', { level: 1, name: 'Kraftsamling för psykisk hälsa' });
    await screen.findByRole('button', { name: 'Inloggad som Dan Deltagare' });
    expect(screen.queryByRole('button', { name: 'Matcha om hela kraftsamlingen' })).not.toBeInTheDocument();
  });
});
