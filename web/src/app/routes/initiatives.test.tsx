import type { Initiative, InitiativeSummary } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeInitiative, organisations } from '../../features/initiatives/testing';
import {
  makeMobilisation,
  makeSession,
  makeUser,
  mobilisationId,
  type Persona,
} from '../../testing/fixtures';
import { mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const listPath = `/mobilisations/${mobilisationId}/initiatives`;

const proposal = makeInitiative();
const otherProposal = makeInitiative({
  id: '6c1f4e2d-8b3a-4c5d-9e6f-7a8b9c0d1e2f',
  title: 'Föräldraskapsstöd',
  goals: ['G1'],
  version: 2,
  proposalReasons: [{ kind: 'concept', sv: 'behov som gäller föräldraskap', en: 'needs about parenting' }],
});
const listed = makeInitiative({
  id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  title: 'Gemensam kampanj om psykisk hälsa',
  state: 'listed',
  status: 'beslutad',
  goals: ['G1', 'G3'],
  period: { start: '2026-Q3', end: '2027-Q2' },
  proposalReasons: [],
  version: 7,
});

/** An initiative as the list gives it: links counted. */
function summary({ links, ...rest }: Initiative): InitiativeSummary {
  return {
    ...rest,
    participantCount: rest.participants.length,
    linkCounts: { needs: links.needs.length, offers: links.offers.length, projects: links.projects.length },
  };
}

function initiativesApi(persona: Persona = 'coordinator', more: Initiative[] = []) {
  let proposals: Initiative[] = [proposal, otherProposal];
  const api = mockApi([
    { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser(persona)) }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: makeMobilisation() }) },
    {
      method: 'GET',
      path: listPath,
      reply: (call) => {
        const state = call.query.get('state');
        const items = state === 'proposed' ? proposals : state === 'listed' ? [listed, ...more] : [];
        const goal = call.query.get('goal');
        const filtered = goal ? items.filter((i) => i.goals.includes(goal)) : items;
        // Pages as the server gives them: `limit` at a time, after the cursor.
        const limit = Number(call.query.get('limit') ?? 25);
        const after = call.query.get('after');
        const start = after ? filtered.findIndex((i) => i.id === after) + 1 : 0;
        const page = filtered.slice(start, start + limit);
        const nextCursor = start + limit < filtered.length ? (page.at(-1)?.id ?? null) : null;
        return { body: { items: page.map(summary), nextCursor } };
      },
    },
    {
      method: 'GET',
      path: /^\/initiatives\/[^/]+$/,
      reply: (call) => ({
        body: [...proposals, listed].find((i) => i.id === call.path.split('/')[2]) ?? proposal,
      }),
    },
    {
      method: 'PATCH',
      path: /^\/initiatives\/[^/]+$/,
      reply: (call) => {
        const id = call.path.split('/')[2];
        const target = proposals.find((p) => p.id === id) ?? proposal;
        const state = (call.body as { state: 'listed' | 'discarded' }).state;
        proposals = proposals.filter((p) => p.id !== id);
        return { body: { ...target, state, version: target.version + 1 } };
      },
    },
    {
      method: 'POST',
      path: /^\/initiatives\/[^/]+\/merge$/,
      reply: () => ({ body: { ...proposal, version: proposal.version + 1 } }),
    },
    {
      method: 'POST',
      path: /^\/initiatives\/[^/]+\/split$/,
      reply: (call) => ({
        status: 201,
        body: makeInitiative({
          id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
          state: 'listed',
          title: (call.body as { title: string }).title,
          proposalReasons: [],
        }),
      }),
    },
    {
      method: 'POST',
      path: `/mobilisations/${mobilisationId}/initiative-proposals`,
      reply: () => ({ body: { created: 30, updated: 2, projectsLinked: 93 } }),
    },
  ]);
  return api;
}

describe('the initiative list', () => {
  it('shows each listed initiative with status, goals, period, lead, participants with endorsement and link counts', async () => {
    initiativesApi('participant');
    await renderApp(`/m/${mobilisationId}/initiatives`);

    const card = await screen.findByRole('article', { name: 'Gemensam kampanj om psykisk hälsa' });
    expect(screen.getByRole('heading', { level: 2, name: /Beslutad/ })).toBeInTheDocument();
    expect(within(card).getByText('Beslutad')).toBeInTheDocument();
    expect(within(card).getByText('Ett mer hälsofrämjande samhälle och levnadssätt')).toBeInTheDocument();
    expect(within(card).getByText('kvartal 3 2026 – kvartal 2 2027')).toBeInTheDocument();
    expect(within(card).getByText('Mittuniversitetet', { selector: 'dd' })).toBeInTheDocument();
    expect(within(card).getByText('Förankrad i egen organisation')).toBeInTheDocument();
    expect(within(card).getByText('1 behov, 1 erbjudande, 1 projekt')).toBeInTheDocument();
    // Participants download the list, in the interface's language; only coordinators see proposals.
    expect(screen.getByRole('link', { name: /Ladda ner Excel/ })).toHaveAttribute(
      'href',
      `/api/mobilisations/${mobilisationId}/initiatives/export?format=xlsx&lang=sv`,
    );
    expect(screen.getByRole('link', { name: /Ladda ner CSV/ })).toHaveAttribute(
      'href',
      `/api/mobilisations/${mobilisationId}/initiatives/export?format=csv&lang=sv`,
    );
    expect(screen.getByRole('link', { name: 'Utskriftsvänlig version' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Förslag/ })).not.toBeInTheDocument();
  });

  it('groups by goal and filters by status through the address', async () => {
    const api = initiativesApi('participant');
    const { user, router } = await renderApp(`/m/${mobilisationId}/initiatives`);
    await screen.findByRole('article', { name: 'Gemensam kampanj om psykisk hälsa' });

    await user.selectOptions(screen.getByLabelText('Gruppera efter'), 'goal');
    expect(screen.getByRole('heading', { level: 2, name: /G1: Ett mer hälsofrämjande/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /G3: Hållbara stöd/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Status'), 'beslutad');

    expect(new URLSearchParams(router.state.location.search).get('group')).toBe('goal');
    await waitFor(() =>
      expect(api.callsTo('GET', listPath).some((c) => c.query.get('status') === 'beslutad')).toBe(true),
    );
  });

  it('lets a coordinator take a proposal into the list, sending its version', async () => {
    const api = initiativesApi();
    const { user } = await renderApp(`/m/${mobilisationId}/initiatives?view=proposals`);
    const card = await screen.findByRole('article', { name: proposal.title });
    expect(within(card).getByText('behov och erbjudanden som gäller utvärdering')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: /Ta in i listan/ }));

    await waitFor(() => expect(api.callsTo('PATCH', `/initiatives/${proposal.id}`)).toHaveLength(1));
    expect(api.callsTo('PATCH', `/initiatives/${proposal.id}`)[0]?.body).toEqual({
      version: 4,
      state: 'listed',
    });
    expect(await screen.findByText(`”${proposal.title}” är nu med i initiativlistan.`)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: proposal.title })).not.toBeInTheDocument(),
    );
  });

  it('lets a coordinator discard a proposal', async () => {
    const api = initiativesApi();
    const { user } = await renderApp(`/m/${mobilisationId}/initiatives?view=proposals`);
    const card = await screen.findByRole('article', { name: otherProposal.title });
    await user.click(within(card).getByRole('button', { name: /Avfärda/ }));
    await waitFor(() => expect(api.callsTo('PATCH', `/initiatives/${otherProposal.id}`)).toHaveLength(1));
    expect(api.callsTo('PATCH', `/initiatives/${otherProposal.id}`)[0]?.body).toEqual({
      version: 2,
      state: 'discarded',
    });
    expect(await screen.findByText(`”${otherProposal.title}” är avfärdat.`)).toBeInTheDocument();
  });

  it('merges the chosen initiative into a proposal, sending both versions', async () => {
    const api = initiativesApi();
    const { user } = await renderApp(`/m/${mobilisationId}/initiatives?view=proposals`);
    const card = await screen.findByRole('article', { name: proposal.title });

    await user.click(within(card).getByRole('button', { name: /Slå ihop med…/ }));
    const dialog = within(card).getByRole('region', {
      name: `Slå ihop ”${proposal.title}” med ett annat initiativ`,
    });
    expect(dialog.querySelector('h3')).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Slå ihop' }));
    expect(
      within(dialog).getByText('Välj vilket initiativ som ska slås ihop med det här.'),
    ).toBeInTheDocument();

    await user.selectOptions(within(dialog).getByLabelText('Initiativ att slå ihop med'), listed.id);
    await user.click(within(dialog).getByRole('button', { name: 'Slå ihop' }));

    await waitFor(() => expect(api.callsTo('POST', `/initiatives/${proposal.id}/merge`)).toHaveLength(1));
    expect(api.callsTo('POST', `/initiatives/${proposal.id}/merge`)[0]?.body).toEqual({
      version: 4,
      otherId: listed.id,
      otherVersion: 7,
    });
    expect(
      await screen.findByText(`”${listed.title}” är sammanslaget med ”${proposal.title}”.`),
    ).toBeInTheDocument();
  });

  it('splits the chosen participants and links off into a new initiative', async () => {
    const api = initiativesApi();
    const { user } = await renderApp(`/m/${mobilisationId}/initiatives?view=proposals`);
    const card = await screen.findByRole('article', { name: proposal.title });

    await user.click(within(card).getByRole('button', { name: /Dela upp…/ }));
    // The list counts the links; the panel reads them first.
    const dialog = await within(card).findByRole('region', { name: `Dela upp ”${proposal.title}”` });
    await user.click(within(dialog).getByRole('button', { name: 'Dela upp' }));
    expect(within(dialog).getByText('Fyll i fältet.')).toBeInTheDocument();
    expect(api.callsTo('POST', `/initiatives/${proposal.id}/split`)).toHaveLength(0);

    await user.type(
      within(dialog).getByLabelText('Det nya initiativets titel'),
      'Utvärdering i Västernorrland',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Dela upp' }));
    expect(
      within(dialog).getByText('Välj minst en deltagare eller koppling som ska flytta.'),
    ).toBeInTheDocument();

    const movers = within(dialog).getByRole('group', { name: 'Deltagare som flyttar' });
    await user.click(within(movers).getByLabelText('Region Västernorrland'));
    const projects = within(dialog).getByRole('group', { name: 'Projekt som flyttar' });
    await user.click(within(projects).getByLabelText(/Ungdomsmottagning online/));
    await user.click(within(dialog).getByRole('button', { name: 'Dela upp' }));

    await waitFor(() => expect(api.callsTo('POST', `/initiatives/${proposal.id}/split`)).toHaveLength(1));
    expect(api.callsTo('POST', `/initiatives/${proposal.id}/split`)[0]?.body).toEqual({
      version: 4,
      title: 'Utvärdering i Västernorrland',
      participants: [organisations.region.id],
      links: { needs: [], offers: [], projects: ['7b0e2559-a2ed-420a-8499-37c6e2cf876e'] },
    });
    expect(
      await screen.findByText('Det nya initiativet ”Utvärdering i Västernorrland” är skapat.'),
    ).toBeInTheDocument();
  });

  it('shows a long list a page at a time, the next page below on "Visa fler"', async () => {
    const more = Array.from({ length: 30 }, (_, i) =>
      makeInitiative({
        id: `0a1b2c3d-4e5f-4a6b-8c7d-${String(i).padStart(12, '0')}`,
        title: `Initiativ nummer ${i + 1}`,
        state: 'listed',
        status: 'pagaende',
        proposalReasons: [],
      }),
    );
    const api = initiativesApi('participant', more);
    const { user } = await renderApp(`/m/${mobilisationId}/initiatives`);
    await screen.findByRole('article', { name: 'Initiativ nummer 24' });
    expect(screen.queryByRole('article', { name: 'Initiativ nummer 25' })).not.toBeInTheDocument();
    expect(screen.getByText(/25 initiativ i listan/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Visa fler' }));
    expect(await screen.findByRole('article', { name: 'Initiativ nummer 30' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Initiativ nummer 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Visa fler' })).not.toBeInTheDocument();
    const pages = api.callsTo('GET', listPath).filter((c) => c.query.get('state') === 'listed');
    expect(pages.map((c) => c.query.get('after'))).toContain(more[23]?.id);
  });

  it('lets the platform propose initiatives and says what came of it', async () => {
    const api = initiativesApi();
    const { user } = await renderApp(`/m/${mobilisationId}/initiatives?view=proposals`);
    await user.click(await screen.findByRole('button', { name: 'Låt plattformen föreslå initiativ' }));
    expect(
      await screen.findByText(
        'Klart: 30 nya förslag, 2 uppdaterade. 93 projekt kopplades till ett övergripande mål.',
      ),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/initiative-proposals`)).toHaveLength(1);
  });
});
