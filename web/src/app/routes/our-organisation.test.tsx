import type { Interest, InterestList, OrganisationInitiative } from '@kraftsamling/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../lib/i18n';
import {
  makeContent,
  makeMobilisation,
  makeProfile,
  makeProfileMatches,
  makeSession,
  makeUser,
  mobilisationId,
  organisationId,
  profileId,
} from '../../testing/fixtures';
import { mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const initiativesPath = `/organisations/${organisationId}/initiatives`;
const interestsPath = `/organisations/${organisationId}/interests`;

const asked: OrganisationInitiative = {
  id: '3f0d2a64-7f43-4a53-a1d5-4d3c1f0b9a11',
  title: 'Utvärdering, följeforskning och effektmätning',
  generatedText: {
    sv: {
      title: 'Utvärdering, följeforskning och effektmätning',
      description:
        '3 behov och 2 erbjudanden från 3 organisationer gäller utvärdering. Föreslaget av plattformen.',
    },
    en: {
      title: 'Evaluation, follow-up research and impact measurement',
      description: '3 needs and 2 offers from 3 organisations concern evaluation. Proposed by the platform.',
    },
  },
  status: 'forankring',
  goals: ['G2'],
  period: { start: '2027-Q1', end: '2027-Q4' },
  endorsement: 'inbjuden',
  lead: false,
  participantCount: 3,
  updatedAt: '2026-12-01T10:00:00.000Z',
};
const led: OrganisationInitiative = {
  ...asked,
  id: '5b1c3b5e-3d2f-4f7e-9c55-6c0b1a2d3e4f',
  title: 'Gemensam kampanj om psykisk hälsa',
  generatedText: null,
  status: 'beslutad',
  endorsement: 'forankrad',
  lead: true,
  participantCount: 5,
};
const received: Interest = {
  id: crypto.randomUUID(),
  from: { id: 'bfe50943-0ddf-4dba-960c-70970ba48050', name: 'Mittuniversitetet' },
  to: { id: organisationId, name: 'Uppsala kommun' },
  itemId: null,
  counterpartItemId: null,
  message: 'Vi forskar på utvärdering och vill gärna hjälpa er.',
  createdBy: 'Ulla Universitet',
  createdAt: '2026-11-27T10:00:00.000Z',
  mutual: true,
  delivery: 'members',
  status: 'read',
  answer: null,
};

function server(options: {
  submitted?: boolean;
  initiatives?: OrganisationInitiative[];
  interests?: InterestList;
}) {
  return mockApi([
    sessionRoute(makeSession(makeUser('member'))),
    ...mobilisationRoutes(makeMobilisation()),
    {
      method: 'GET',
      path: `/profiles/${profileId}`,
      reply: () => ({ body: makeProfile({ content: makeContent(), submitted: options.submitted ?? true }) }),
    },
    { method: 'GET', path: `/profiles/${profileId}/matches`, reply: () => ({ body: makeProfileMatches() }) },
    {
      method: 'GET',
      path: initiativesPath,
      reply: () => ({ body: { items: options.initiatives ?? [asked, led] } }),
    },
    {
      method: 'GET',
      path: interestsPath,
      reply: () => ({ body: options.interests ?? { sent: [], received: [received] } }),
    },
  ]);
}

const section = (name: string) => {
  const heading = screen.getByRole('heading', { level: 2, name });
  const element = heading.closest('section');
  if (!element) throw new Error(`no section ${name}`);
  return element;
};

afterEach(async () => {
  await act(() => setLanguage('sv'));
});

describe("a member's own organisation", () => {
  it('shows the profile, the initiatives waiting for an answer first, interest and the proposed matches', async () => {
    const api = server({});
    await renderApp(`/m/${mobilisationId}/our-organisation`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Uppsala kommun' })).toBeInTheDocument();
    expect(api.callsTo('GET', initiativesPath)[0]?.query.get('mobilisationId')).toBe(mobilisationId);

    const profile = section('Er profil');
    expect(await within(profile).findByText('Inlämnad', { selector: '.badge' })).toBeInTheDocument();
    expect(within(profile).getByRole('link', { name: 'Redigera profilen' })).toHaveAttribute(
      'href',
      `/profiles/${profileId}/edit`,
    );

    const initiatives = section('Initiativ ni är med i');
    expect(
      await within(initiatives).findByText('Ett initiativ väntar på ert svar om förankring.'),
    ).toBeInTheDocument();
    const items = within(initiatives).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: asked.title })).toHaveAttribute(
      'href',
      `/initiatives/${asked.id}`,
    );
    expect(within(first).getByText('Inbjuden')).toBeInTheDocument();
    expect(
      within(first).getByRole('link', { name: `Svara om förankring av ${asked.title}` }),
    ).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: led.title })).toBeInTheDocument();
    expect(within(second).getByText('Ni har ansvar')).toBeInTheDocument();
    expect(within(second).queryByRole('link', { name: /Svara om förankring/ })).not.toBeInTheDocument();

    const interests = section('Intresse');
    expect(
      within(interests).getByRole('heading', { level: 3, name: 'Intresse ni har fått (1)' }),
    ).toBeInTheDocument();
    expect(within(interests).getByText('Mittuniversitetet')).toBeInTheDocument();
    expect(within(interests).getByText('Ömsesidigt')).toBeInTheDocument();
    expect(
      within(interests).getByText('Vi forskar på utvärdering och vill gärna hjälpa er.'),
    ).toBeInTheDocument();
    expect(
      within(interests).getByText(
        'Ni har inte visat intresse för någon ännu. Gör det vid de föreslagna matchningarna nedan.',
      ),
    ).toBeInTheDocument();

    // The proposed matches, with "vi är intresserade" for the organisation at hand.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Vilka kan möta våra behov' }),
    ).toBeInTheDocument();
    expect((await screen.findAllByRole('button', { name: 'Vi är intresserade' })).length).toBeGreaterThan(0);
  });

  it('reads in English, the platform’s own words included', async () => {
    server({});
    const { user } = await renderApp(`/m/${mobilisationId}/our-organisation`);
    await screen.findByRole('heading', { level: 1, name: 'Uppsala kommun' });
    await user.click(screen.getByRole('button', { name: 'English' }));

    const initiatives = await screen.findByRole('heading', {
      level: 2,
      name: 'Initiatives you take part in',
    });
    const list = initiatives.closest('section') as HTMLElement;
    expect(
      within(list).getByRole('link', { name: 'Evaluation, follow-up research and impact measurement' }),
    ).toBeInTheDocument();
    // What people wrote stays as written.
    expect(within(list).getByRole('link', { name: led.title })).toBeInTheDocument();
    expect(within(list).getByText('One initiative awaits your answer on endorsement.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Your profile' })).toBeInTheDocument();
  });

  it('says what comes before there is anything to show', async () => {
    server({ submitted: false, initiatives: [], interests: { sent: [], received: [] } });
    await renderApp(`/m/${mobilisationId}/our-organisation`);

    expect(
      await screen.findByText('Er organisation är inte med i något initiativ ännu.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ingen har visat intresse för er ännu.')).toBeInTheDocument();
    expect(
      await screen.findByText(/När ni har lämnat in profilen föreslår plattformen organisationer/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Vilka kan möta våra behov' })).not.toBeInTheDocument();
  });

  it('tells someone who is not a member of an organisation there where they are', async () => {
    mockApi([sessionRoute(makeSession(makeUser('coordinator'))), ...mobilisationRoutes(makeMobilisation())]);
    await renderApp(`/m/${mobilisationId}/our-organisation`);
    expect(
      await screen.findByText('Du är inte medlem i någon organisation i den här kraftsamlingen.'),
    ).toBeInTheDocument();
  });
});

describe('signing in', () => {
  it('takes a member to their organisation, and others to the start page', async () => {
    for (const [persona, landing] of [
      ['member', `/m/${mobilisationId}/our-organisation`],
      ['participant', '/'],
    ] as const) {
      mockApi([
        sessionRoute(makeSession(null)),
        ...mobilisationRoutes(makeMobilisation()),
        { method: 'POST', path: '/session', reply: () => ({ body: makeSession(makeUser(persona)) }) },
      ]);
      const { user, router, unmount } = await renderApp('/sign-in');
      await user.type(await screen.findByLabelText('E-postadress'), 'maja@exempel.se');
      await user.type(screen.getByLabelText('Lösenord'), 'correct horse battery staple');
      await user.click(screen.getByRole('button', { name: 'Logga in' }));
      await waitFor(() => expect(router.state.location.pathname).toBe(landing));
      unmount();
    }
  });
});
