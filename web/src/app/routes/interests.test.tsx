import type { Interest, InterestList, InterestToPassOn } from '@kraftsamling/shared';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeMobilisation,
  makeSession,
  makeUser,
  mobilisationId,
  organisationId,
} from '../../testing/fixtures';
import { mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const path = `/m/${mobilisationId}/interests`;
const universitet = { id: 'bfe50943-0ddf-4dba-960c-70970ba48050', name: 'Mittuniversitetet' };
const region = { id: '7315565b-058f-41a5-bead-bbb607e76309', name: 'Region Västernorrland' };
const uppsala = { id: organisationId, name: 'Uppsala kommun' };

function interest(overrides: Partial<Interest>): Interest {
  return {
    id: crypto.randomUUID(),
    from: uppsala,
    to: universitet,
    itemId: null,
    counterpartItemId: null,
    message: '',
    createdBy: 'Maja Medlem',
    createdAt: '2026-12-01T10:00:00.000Z',
    mutual: false,
    delivery: 'members',
    status: 'sent',
    answer: null,
    ...overrides,
  };
}

describe('the interests page', () => {
  it('shows a member where each sent interest stands, and answers a received one with a note', async () => {
    const received = interest({ from: region, to: uppsala, message: 'Vill ni utvärdera med oss?' });
    let list: InterestList = {
      sent: [
        interest({ to: universitet, status: 'read' }),
        interest({
          to: region,
          status: 'answered',
          answer: {
            value: 'not_relevant',
            note: 'Vi har inte tid i år.',
            answeredAt: '2026-12-02T10:00:00.000Z',
            answeredBy: 'Rut Region',
          },
        }),
      ],
      received: [received],
    };
    const api = mockApi([
      sessionRoute(makeSession(makeUser('member'))),
      ...mobilisationRoutes(makeMobilisation()),
      { method: 'GET', path: `/organisations/${organisationId}/interests`, reply: () => ({ body: list }) },
      {
        method: 'POST',
        path: `/organisations/${organisationId}/interests/${received.id}/answer`,
        reply: (call) => {
          const body = call.body as { answer: 'interested'; note: string };
          list = {
            ...list,
            received: [
              {
                ...received,
                status: 'answered',
                answer: {
                  value: body.answer,
                  note: body.note,
                  answeredAt: '2026-12-06T05:00:00.000Z',
                  answeredBy: 'Maja Medlem',
                },
              },
            ],
          };
          return { status: 204, body: null };
        },
      },
    ]);
    const { user } = await renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: 'Intressen' })).toBeInTheDocument();
    const sent = await screen.findByRole('region', { name: 'Skickade (2)' });
    const items = within(sent).getAllByRole('listitem');
    expect(within(items[0] as HTMLElement).getByText('Läst', { selector: '.badge' })).toBeInTheDocument();
    expect(
      within(items[1] as HTMLElement).getByText('Inte aktuellt', { selector: '.badge' }),
    ).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByText('Vi har inte tid i år.')).toBeInTheDocument();
    // Nobody at the sender answers its own interest.
    expect(within(sent).queryByRole('button', { name: 'Skicka svar' })).not.toBeInTheDocument();

    const inbox = screen.getByRole('region', { name: 'Mottaget (1)' });
    expect(within(inbox).getByText('Vill ni utvärdera med oss?')).toBeInTheDocument();
    const form = within(inbox).getByRole('group', { name: 'Ert svar till Region Västernorrland' });
    expect(within(form).getByRole('radio', { name: 'Intressant – hör av er' })).toBeChecked();
    await user.type(within(inbox).getByRole('textbox', { name: /Kort kommentar/ }), 'Ring Maja på måndag.');
    await user.click(within(inbox).getByRole('button', { name: 'Skicka svar' }));
    expect(
      await within(inbox).findByText('Intressant – hör av er', { selector: '.badge' }),
    ).toBeInTheDocument();
    expect(within(inbox).getByText('Ring Maja på måndag.')).toBeInTheDocument();
    expect(
      api.callsTo('POST', `/organisations/${organisationId}/interests/${received.id}/answer`)[0]?.body,
    ).toEqual({ answer: 'interested', note: 'Ring Maja på måndag.' });
  });

  it('gives the coordinators the interests that reached nobody, to pass on', async () => {
    let items: InterestToPassOn[] = [
      {
        id: '5c0b8c9e-1d2f-4a3b-9c4d-5e6f7a8b9c01',
        from: uppsala,
        to: { ...region, profileId: '9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d' },
        message: 'Kan ni förmedla detta?',
        createdAt: '2026-12-05T10:00:00.000Z',
        passedOn: null,
      },
    ];
    const api = mockApi([
      sessionRoute(makeSession(makeUser('coordinator'))),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}/interests/to-pass-on`,
        reply: () => ({ body: { items } }),
      },
      {
        method: 'POST',
        path: /\/interests\/[^/]+\/passed-on$/,
        reply: () => {
          items = items.map((i) => ({
            ...i,
            passedOn: { at: '2026-12-06T05:00:00.000Z', by: 'Sara Samordnare' },
          }));
          return { status: 204, body: null };
        },
      },
    ]);
    const { user } = await renderApp(path);
    const section = await screen.findByRole('region', { name: 'Att föra vidare' });
    expect(await within(section).findByText('Kan ni förmedla detta?')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Region Västernorrland' })).toHaveAttribute(
      'href',
      '/profiles/9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
    );
    await user.click(
      within(section).getByRole('button', {
        name: 'Markera som vidarebefordrat: intresset från Uppsala kommun till Region Västernorrland',
      }),
    );
    expect(await within(section).findByText('Vidarebefordrat', { selector: '.badge' })).toBeInTheDocument();
    expect(within(section).getByText(/av Sara Samordnare/)).toBeInTheDocument();
    expect(api.callsTo('POST', /passed-on$/)).toHaveLength(1);
  });

  it('tells someone who acts for no organisation that there is nothing to show', async () => {
    mockApi([sessionRoute(makeSession(makeUser('participant'))), ...mobilisationRoutes(makeMobilisation())]);
    await renderApp(path);
    expect(await screen.findByText(/Du företräder ingen organisation/)).toBeInTheDocument();
  });
});
