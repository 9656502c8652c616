import type { Interest, InterestList, ItemStatus } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeContent,
  makeMembership,
  makeMobilisation,
  makeProfile,
  makeProfileMatches,
  makeSession,
  makeUser,
  mobilisationId,
  organisationId,
  type Persona,
  profileId,
} from '../../testing/fixtures';
import { apiError, mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

describe('the organisation page', () => {
  it('shows the four points of the latest submitted revision, with the goals each project serves', async () => {
    mockApi([
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => ({ body: makeProfile({ content: makeContent(), submitted: true }) }),
      },
      { method: 'GET', path: /^\/mobilisations\/[^/]+$/, reply: () => ({ body: makeMobilisation() }) },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    await renderApp(`/profiles/${profileId}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Uppsala kommun' })).toBeInTheDocument();
    for (const point of ['Mål', 'Pågående arbete', 'Behov av stöd', 'Kan erbjuda']) {
      expect(screen.getByRole('heading', { level: 2, name: point })).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 3, name: 'Ungdomsmottagning online' })).toBeInTheDocument();
    expect(
      await screen.findByText('Individer som är rustade att nå sin fulla potential'),
    ).toBeInTheDocument();
    expect(screen.getByText('Vi behöver hjälp att utvärdera våra insatser för unga.')).toBeInTheDocument();
    expect(screen.getByText('Inlämnad', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Redigera profil' })).toHaveAttribute(
      'href',
      `/profiles/${profileId}/edit`,
    );
    expect(screen.getByRole('link', { name: 'Versionshistorik (1 version)' })).toBeInTheDocument();
  });

  it('says when nothing has been submitted yet, and does not show the draft', async () => {
    mockApi([
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => ({ body: makeProfile({ content: makeContent() }) }),
      },
      { method: 'GET', path: /^\/mobilisations\/[^/]+$/, reply: () => ({ body: makeMobilisation() }) },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    await renderApp(`/profiles/${profileId}`);

    expect(
      await screen.findByText('Organisationen har inte lämnat in någon profil ännu.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Utkastet visas inte här förrän det har lämnats in/)).toBeInTheDocument();
    expect(
      screen.queryByText('Vi behöver hjälp att utvärdera våra insatser för unga.'),
    ).not.toBeInTheDocument();
  });

  it('explains a failed load and loads again on request', async () => {
    let attempts = 0;
    mockApi([
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => {
          attempts += 1;
          return attempts === 1
            ? apiError(503, { code: 'SERVICE_UNAVAILABLE', message: 'The database is not reachable.' })
            : { body: makeProfile({ submitted: true, content: makeContent() }) };
        },
      },
      { method: 'GET', path: /^\/mobilisations\/[^/]+$/, reply: () => ({ body: makeMobilisation() }) },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    const { user } = await renderApp(`/profiles/${profileId}`);

    expect(
      await screen.findByText('Tjänsten är inte tillgänglig just nu. Försök igen om en stund.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Mål' })).toBeInTheDocument();
  });

  it('shows a not-found page for a profile that does not exist', async () => {
    mockApi([
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => apiError(404, { code: 'NOT_FOUND', message: 'No such profile.' }),
      },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    await renderApp(`/profiles/${profileId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeInTheDocument();
  });
});

describe('"Vi är intresserade" on the organisation’s proposed matches', () => {
  const matches = makeProfileMatches();
  const need = matches.needs[0];
  if (!need) throw new Error('no need in the fixture');
  const [best, weaker] = need.matches;
  if (!best || !weaker) throw new Error('two proposals expected');
  const interestsPath = `/organisations/${organisationId}/interests`;
  const interestsPosted = `/mobilisations/${mobilisationId}/interests`;

  function server(user: ReturnType<typeof makeUser>, interests: InterestList = { sent: [], received: [] }) {
    return mockApi([
      sessionRoute(makeSession(user)),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => ({ body: makeProfile({ content: makeContent(), submitted: true }) }),
      },
      {
        method: 'GET',
        path: /^\/organisations\/[^/]+\/contacts$/,
        reply: () => ({ body: { contacts: [] } }),
      },
      { method: 'GET', path: `/profiles/${profileId}/matches`, reply: () => ({ body: matches }) },
      { method: 'GET', path: interestsPath, reply: () => ({ body: interests }) },
      {
        method: 'POST',
        path: interestsPosted,
        reply: () => ({ status: 201, body: { id: crypto.randomUUID(), mutual: false, delivery: 'members' } }),
      },
    ]);
  }

  const proposal = async (name: string) => {
    const link = await screen.findByRole('link', { name });
    const item = link.closest('li');
    if (!item) throw new Error(`no proposal from ${name}`);
    return item;
  };

  it('lets a member of the organisation tell a proposed counterpart, about the need and the offer that met', async () => {
    const sentBefore: Interest = {
      id: crypto.randomUUID(),
      from: { id: organisationId, name: 'Uppsala kommun' },
      to: { id: weaker.counterpart.organisation.id, name: weaker.counterpart.organisation.name },
      itemId: null,
      counterpartItemId: null,
      message: '',
      createdBy: 'Maja Medlem',
      createdAt: '2026-11-20T10:00:00.000Z',
      mutual: false,
      delivery: 'members',
      status: 'sent',
      answer: null,
    };
    const api = server(makeUser('member'), { sent: [sentBefore], received: [] });
    const { user } = await renderApp(`/profiles/${profileId}`);

    const first = await proposal('Mittuniversitetet');
    await user.click(await within(first).findByRole('button', { name: 'Vi är intresserade' }));
    expect(
      within(first).getByRole('heading', { level: 5, name: 'Visa intresse för Mittuniversitetet' }),
    ).toBeInTheDocument();
    await user.type(within(first).getByRole('textbox', { name: /Meddelande/ }), 'Vi vill gärna ses.');
    await user.click(within(first).getByRole('button', { name: 'Skicka intresse' }));
    expect(
      await within(first).findByText(
        'Intresset är skickat till Mittuniversitetet. De får ett mejl och en notis.',
      ),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', interestsPosted).map((call) => call.body)).toEqual([
      {
        fromOrganisationId: organisationId,
        toOrganisationId: best.counterpart.organisation.id,
        itemId: need.itemId,
        counterpartItemId: best.counterpart.itemId,
        message: 'Vi vill gärna ses.',
      },
    ]);

    // Interest already shown is said, not offered again.
    const second = await proposal('Region Västernorrland');
    expect(
      within(second).getByText('Ni har visat intresse för Region Västernorrland. Inte läst ännu.'),
    ).toBeInTheDocument();
    expect(within(second).queryByRole('button', { name: 'Vi är intresserade' })).not.toBeInTheDocument();
  });

  it.each<[string, Persona | 'otherMember']>([
    ['a member of another organisation', 'otherMember'],
    ['a participant', 'participant'],
    ['a coordinator', 'coordinator'],
  ])('offers it to nobody else: not to %s', async (_who, persona) => {
    const user =
      persona === 'otherMember'
        ? makeUser('member', {
            memberships: [
              makeMembership({
                role: 'member',
                organisationId: weaker.counterpart.organisation.id,
                organisationName: weaker.counterpart.organisation.name,
                profileId: weaker.counterpart.profileId,
              }),
            ],
          })
        : makeUser(persona);
    const api = server(user);
    await renderApp(`/profiles/${profileId}`);

    const first = await proposal('Mittuniversitetet');
    expect(within(first).getByText(/Matchningsgrad 87/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /intresserade/ })).not.toBeInTheDocument();
    expect(api.callsTo('GET', /\/interests$/)).toEqual([]);
  });
});

describe('needs and offers met, withdrawn and opened again', () => {
  const needId = '8347c134-a78e-4149-b63a-3292b9f99631';
  const offerId = 'aa5ab166-eec3-4f17-a362-64ed881b160d';

  it('lets those who may edit the profile mark a need met with a note, and open a withdrawn offer again', async () => {
    let closed: ItemStatus[] = [
      {
        itemId: offerId,
        state: 'withdrawn',
        note: 'Utbildningen ges inte längre.',
        changedAt: '2026-12-01T10:00:00.000Z',
        metBy: null,
      },
    ];
    const api = mockApi([
      sessionRoute(makeSession(makeUser('member'))),
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => ({
          body: { ...makeProfile({ content: makeContent(), submitted: true }), closedItems: closed },
        }),
      },
      {
        method: 'POST',
        path: new RegExp(`^/profiles/${profileId}/items/[^/]+/state$`),
        reply: (call) => {
          const itemId = call.path.split('/')[4] ?? '';
          const body = call.body as { state: ItemStatus['state']; note?: string };
          const status: ItemStatus = {
            itemId,
            state: body.state,
            note: body.note ?? '',
            changedAt: '2026-12-06T05:00:00.000Z',
            metBy: null,
          };
          closed = [...closed.filter((c) => c.itemId !== itemId), status].filter((c) => c.state !== 'open');
          return { body: status };
        },
      },
      { method: 'GET', path: /^\/mobilisations\/[^/]+$/, reply: () => ({ body: makeMobilisation() }) },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    const { user } = await renderApp(`/profiles/${profileId}`);

    const offers = (await screen.findByRole('heading', { level: 2, name: 'Kan erbjuda' })).closest('section');
    if (!offers) throw new Error('no offers');
    expect(within(offers).getByText('Tillbakadraget', { selector: '.badge' })).toBeInTheDocument();
    expect(within(offers).getByText('Utbildningen ges inte längre.')).toBeInTheDocument();

    const needs = screen.getByRole('heading', { level: 2, name: 'Behov av stöd' }).closest('section');
    if (!needs) throw new Error('no needs');
    await user.click(within(needs).getByRole('button', { name: /^Ändra status för: Vi behöver hjälp/ }));
    expect(within(needs).getByRole('radio', { name: 'Behovet är mött' })).toBeChecked();
    await user.type(
      within(needs).getByRole('textbox', { name: /Kommentar/ }),
      'Mittuniversitetet hjälpte oss.',
    );
    await user.click(within(needs).getByRole('button', { name: 'Spara status' }));
    expect(await within(needs).findByText('Mött', { selector: '.badge' })).toBeInTheDocument();
    expect(within(needs).getByText('Mittuniversitetet hjälpte oss.')).toBeInTheDocument();

    await user.click(within(offers).getByRole('button', { name: /^Öppna igen: Vi erbjuder utbildning/ }));
    await within(offers).findAllByRole('button', { name: /^Ändra status för/ });
    expect(within(offers).queryByText('Tillbakadraget', { selector: '.badge' })).not.toBeInTheDocument();
    expect(api.callsTo('POST', /\/items\//).map((c) => [c.path, c.body])).toEqual([
      [
        `/profiles/${profileId}/items/${needId}/state`,
        { state: 'met', note: 'Mittuniversitetet hjälpte oss.' },
      ],
      [`/profiles/${profileId}/items/${offerId}/state`, { state: 'open' }],
    ]);
  });

  it('lets a member say which proposed match met the need', async () => {
    const matches = makeProfileMatches();
    const regional = matches.needs[0]?.matches[1]?.counterpart;
    if (!regional) throw new Error('no second proposal');
    const api = mockApi([
      sessionRoute(makeSession(makeUser('member'))),
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => ({
          body: { ...makeProfile({ content: makeContent(), submitted: true }), closedItems: [] },
        }),
      },
      { method: 'GET', path: `/profiles/${profileId}/matches`, reply: () => ({ body: matches }) },
      {
        method: 'POST',
        path: `/profiles/${profileId}/items/${needId}/state`,
        reply: () => ({
          body: {
            itemId: needId,
            state: 'met',
            note: '',
            changedAt: '2026-12-06T05:00:00.000Z',
            metBy: {
              organisation: { id: regional.organisation.id, name: regional.organisation.name },
              initiative: null,
              itemId: regional.itemId,
            },
          } satisfies ItemStatus,
        }),
      },
      {
        method: 'GET',
        path: /^\/organisations\/[^/]+\/interests/,
        reply: () => ({ body: { sent: [], received: [] } }),
      },
      { method: 'GET', path: /^\/mobilisations\/[^/]+$/, reply: () => ({ body: makeMobilisation() }) },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    const { user } = await renderApp(`/profiles/${profileId}`);
    const needs = (await screen.findByRole('heading', { level: 2, name: 'Behov av stöd' })).closest(
      'section',
    );
    if (!needs) throw new Error('no needs');
    await user.click(within(needs).getByRole('button', { name: /^Ändra status för: Vi behöver hjälp/ }));
    const by = await within(needs).findByRole('combobox', { name: /Vem mötte behovet\?/ });
    await user.selectOptions(by, `Region Västernorrland: ${regional.text}`);
    await user.click(within(needs).getByRole('button', { name: 'Spara status' }));
    await waitFor(() =>
      expect(api.callsTo('POST', /\/items\//).map((c) => c.body)).toEqual([
        { state: 'met', note: '', metBy: { kind: 'match', itemId: regional.itemId } },
      ]),
    );
    expect(await within(needs).findByRole('status')).toHaveTextContent(/sparad/i);
  });

  it('shows the states to others, without a way to change them', async () => {
    mockApi([
      sessionRoute(makeSession(makeUser('participant'))),
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => ({
          body: {
            ...makeProfile({ content: makeContent(), submitted: true }),
            draft: null,
            closedItems: [
              {
                itemId: needId,
                state: 'met',
                note: '',
                changedAt: '2026-12-01T10:00:00.000Z',
                metBy: {
                  organisation: null,
                  initiative: {
                    id: '6f1c0a52-7c55-4f0e-a0a3-0f2ad1b0c001',
                    title: 'Följeforskning för unga',
                  },
                  itemId: null,
                },
              },
            ],
          },
        }),
      },
      { method: 'GET', path: /^\/mobilisations\/[^/]+$/, reply: () => ({ body: makeMobilisation() }) },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    await renderApp(`/profiles/${profileId}`);
    const needs = (await screen.findByRole('heading', { level: 2, name: 'Behov av stöd' })).closest(
      'section',
    );
    if (!needs) throw new Error('no needs');
    expect(within(needs).getByText('Mött', { selector: '.badge' })).toBeInTheDocument();
    expect(within(needs).getByRole('link', { name: 'Följeforskning för unga' })).toHaveAttribute(
      'href',
      '/initiatives/6f1c0a52-7c55-4f0e-a0a3-0f2ad1b0c001',
    );
    expect(screen.queryByRole('button', { name: /Ändra status/ })).not.toBeInTheDocument();
  });
});
