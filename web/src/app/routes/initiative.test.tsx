import type { Initiative } from '@kraftsamling/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeHistory, makeInitiative, organisations } from '../../features/initiatives/testing';
import { setLanguage } from '../../lib/i18n';
import {
  makeMobilisation,
  makeSession,
  makeUser,
  mobilisationId,
  type Persona,
} from '../../testing/fixtures';
import { apiError, mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const listed = makeInitiative({ state: 'listed', proposalReasons: [] });
const path = `/initiatives/${listed.id}`;

function initiativeApi(
  persona: Persona,
  options: { patch?: (body: unknown) => { status?: number; body: unknown } } = {},
) {
  let current: Initiative = listed;
  const api = mockApi([
    { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser(persona)) }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: makeMobilisation() }) },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/initiatives`,
      reply: () => ({ body: { items: [], nextCursor: null } }),
    },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/organisations`,
      reply: () => ({ body: { items: [], total: 0 } }),
    },
    { method: 'GET', path, reply: () => ({ body: current }) },
    { method: 'GET', path: `${path}/history`, reply: () => ({ body: makeHistory(current) }) },
    {
      method: 'PATCH',
      path,
      reply: (call) => {
        if (options.patch) return options.patch(call.body);
        const body = call.body as { status?: Initiative['status']; title?: string };
        current = {
          ...current,
          ...(body.status ? { status: body.status } : {}),
          ...(body.title ? { title: body.title } : {}),
          version: current.version + 1,
        };
        return { body: current };
      },
    },
    {
      method: 'PUT',
      path: /^\/initiatives\/[^/]+\/participants\/[^/]+\/endorsement$/,
      reply: (call) => {
        const organisationId = call.path.split('/')[4];
        const { endorsement } = call.body as { endorsement: 'forankrad' };
        current = {
          ...current,
          version: current.version + 1,
          participants: current.participants.map((p) =>
            p.organisation.id === organisationId ? { ...p, endorsement } : p,
          ),
        };
        return { body: current };
      },
    },
    {
      method: 'PUT',
      path: /^\/mobilisations\/[^/]+\/projects\/[^/]+\/goal$/,
      reply: (call) => {
        const projectId = call.path.split('/')[4] ?? '';
        const { goal } = call.body as { goal: string };
        current = {
          ...current,
          links: {
            ...current.links,
            projects: current.links.projects.map((p) => (p.id === projectId ? { ...p, goal } : p)),
          },
        };
        return { body: { projectId, goal } };
      },
    },
    {
      method: 'POST',
      path: /^\/profiles\/[^/]+\/items\/[^/]+\/state$/,
      reply: (call) => {
        const itemId = call.path.split('/')[4] ?? '';
        const body = call.body as { state: 'met' | 'open' };
        const met = body.state === 'met';
        current = {
          ...current,
          links: {
            ...current.links,
            needs: current.links.needs.map((n) =>
              n.id === itemId ? { ...n, state: body.state, metHere: met } : n,
            ),
          },
        };
        return {
          body: {
            itemId,
            state: body.state,
            note: '',
            changedAt: '2026-12-06T05:00:00.000Z',
            metBy: met
              ? { organisation: null, initiative: { id: current.id, title: current.title }, itemId: null }
              : null,
          },
        };
      },
    },
  ]);
  return {
    api,
    replace: (next: Initiative) => {
      current = next;
    },
  };
}

describe('an initiative’s page', () => {
  it('shows the details, the participants with endorsement, the linked items and the history', async () => {
    initiativeApi('participant');
    await renderApp(path);

    expect(await screen.findByRole('heading', { level: 1, name: listed.title })).toBeInTheDocument();
    const goals = screen.getByText('Övergripande mål', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(
      within(goals).getByText('Individer som är rustade att nå sin fulla potential'),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Deltagande organisationer med förankring' });
    const row = within(table).getByRole('row', { name: /Uppsala kommun/ });
    expect(within(row).getByText('Förankrad i egen organisation')).toBeInTheDocument();
    expect(screen.getByText('Vi behöver hjälp att utvärdera våra insatser för unga.')).toBeInTheDocument();
    expect(screen.getByText('Ungdomsmottagning online')).toBeInTheDocument();
    const history = await screen.findByRole('region', { name: 'Historik' });
    expect(within(history).getByText('Ändrade initiativet')).toBeInTheDocument();
    expect(within(history).getByText('Status: Förslag → Beslutad')).toBeInTheDocument();
    expect(within(history).getByText('Sara Samordnare')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Redigera' })).not.toBeInTheDocument();
  });

  it('refuses a lead that is not a participant, before sending anything', async () => {
    const { api } = initiativeApi('coordinator');
    const { user } = await renderApp(`${path}?edit=1`);
    const form = await screen.findByRole('region', { name: 'Redigera initiativet' });

    // Mittuniversitetet leads; removing it as a participant leaves a lead that does not take part.
    await user.click(within(form).getByRole('button', { name: 'Ta bort Mittuniversitetet' }));
    expect(within(form).getByLabelText('Ansvarig organisation')).toHaveDisplayValue(
      'Mittuniversitetet (inte deltagare)',
    );
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));

    const summary = await screen.findByRole('alert', { name: 'Initiativet kan inte sparas ännu' });
    expect(
      within(summary).getByRole('link', {
        name: 'Ansvarig organisation: Den ansvariga organisationen måste vara en av deltagarna.',
      }),
    ).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());
    expect(api.callsTo('PATCH', path)).toHaveLength(0);
  });

  it('refuses a period whose end comes before its start', async () => {
    const { api } = initiativeApi('coordinator');
    const { user } = await renderApp(`${path}?edit=1`);
    const form = await screen.findByRole('region', { name: 'Redigera initiativet' });
    await user.selectOptions(within(form).getByLabelText('Från och med'), '2027-Q1');
    await user.selectOptions(within(form).getByLabelText('Till och med'), '2026-Q4');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));
    expect(
      await screen.findByRole('link', { name: 'Till och med: Perioden kan inte sluta före den börjar.' }),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Till och med')).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('PATCH', path)).toHaveLength(0);
  });

  it('saves status, period and lead with the version the form started from', async () => {
    const { api } = initiativeApi('coordinator');
    const { user } = await renderApp(`${path}?edit=1`);
    const form = await screen.findByRole('region', { name: 'Redigera initiativet' });
    await user.selectOptions(within(form).getByLabelText('Status'), 'beslutad');
    await user.selectOptions(within(form).getByLabelText('Från och med'), '2026-Q3');
    await user.selectOptions(within(form).getByLabelText('Till och med'), '2027-Q2');
    await user.selectOptions(within(form).getByLabelText('Ansvarig organisation'), organisations.region.id);
    await user.selectOptions(
      within(form).getByLabelText('Förankring för Region Västernorrland'),
      'forankrad',
    );
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));

    await waitFor(() => expect(api.callsTo('PATCH', path)).toHaveLength(1));
    expect(api.callsTo('PATCH', path)[0]?.body).toEqual({
      version: 4,
      title: listed.title,
      description: listed.description,
      status: 'beslutad',
      goals: ['G2'],
      period: { start: '2026-Q3', end: '2027-Q2' },
      leadOrganisationId: organisations.region.id,
      participants: [
        { organisationId: organisations.universitet.id, endorsement: 'inbjuden' },
        { organisationId: organisations.region.id, endorsement: 'forankrad' },
        { organisationId: organisations.uppsala.id, endorsement: 'forankrad' },
      ],
      links: {
        needs: ['8347c134-a78e-4149-b63a-3292b9f99631'],
        offers: ['aa5ab166-eec3-4f17-a362-64ed881b160d'],
        projects: ['7b0e2559-a2ed-420a-8499-37c6e2cf876e'],
      },
    });
    expect(await screen.findByText('Ändringarna är sparade.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Redigera initiativet' })).not.toBeInTheDocument();
  });

  it('says when someone else saved in between, and loads the latest version on request', async () => {
    const { api, replace } = initiativeApi('coordinator', {
      patch: () => apiError(409, { code: 'VERSION_CONFLICT', message: 'Stale version.', currentVersion: 5 }),
    });
    const { user } = await renderApp(`${path}?edit=1`);
    const form = await screen.findByRole('region', { name: 'Redigera initiativet' });
    await user.clear(within(form).getByLabelText('Titel'));
    await user.type(within(form).getByLabelText('Titel'), 'Min titel');
    await user.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));

    expect(await screen.findByText('Någon annan har ändrat initiativet under tiden')).toBeInTheDocument();
    replace({ ...listed, title: 'Någon annans titel', version: 5 });
    await user.click(screen.getByRole('button', { name: 'Ladda om senaste versionen' }));

    await waitFor(() => expect(within(form).getByLabelText('Titel')).toHaveValue('Någon annans titel'));
    expect(screen.queryByText('Någon annan har ändrat initiativet under tiden')).not.toBeInTheDocument();
    expect(api.callsTo('PATCH', path)[0]?.body).toMatchObject({ version: 4, title: 'Min titel' });
  });

  it('lets a member set the endorsement of its own organisation, and only that', async () => {
    const { api } = initiativeApi('member');
    const { user } = await renderApp(path);
    const control = await screen.findByRole('region', { name: 'Förankring för Uppsala kommun' });
    expect(
      screen.queryByRole('region', { name: 'Förankring för Region Västernorrland' }),
    ).not.toBeInTheDocument();
    expect(within(control).getByRole('radio', { name: /Förankrad i egen organisation/ })).toBeChecked();

    await user.click(within(control).getByRole('radio', { name: /Avböjd/ }));
    await user.click(within(control).getByRole('button', { name: 'Spara förankring' }));

    const put = `/initiatives/${listed.id}/participants/${organisations.uppsala.id}/endorsement`;
    await waitFor(() => expect(api.callsTo('PUT', put)).toHaveLength(1));
    expect(api.callsTo('PUT', put)[0]?.body).toEqual({ endorsement: 'avbojd' });
    const table = screen.getByRole('table', { name: 'Deltagande organisationer med förankring' });
    await waitFor(() =>
      expect(
        within(within(table).getByRole('row', { name: /Uppsala kommun/ })).getByText('Avböjd'),
      ).toBeInTheDocument(),
    );
    expect(screen.queryByRole('button', { name: 'Redigera' })).not.toBeInTheDocument();
  });

  it("reads the platform's own words in the interface's language until someone rewrites them", async () => {
    const words = {
      sv: { title: listed.title, description: listed.description },
      en: {
        title: 'Evaluation, follow-up research and impact measurement',
        description:
          '3 needs and 2 offers from 3 organisations concern evaluation. Proposed by the platform.',
      },
    };
    const { replace } = initiativeApi('participant');
    replace({ ...listed, generatedText: words });
    const { user } = await renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: words.sv.title })).toBeInTheDocument();
    expect(screen.getByText(words.sv.description)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: words.en.title })).toBeInTheDocument();
    expect(screen.getByText(words.en.description)).toBeInTheDocument();
    await act(() => setLanguage('sv'));
  });
});

describe('marking a need met through the initiative', () => {
  const need = listed.links.needs[0];

  it('takes one step for a coordinator, shows it as met here, and can be undone', async () => {
    if (!need) throw new Error('no linked need');
    const { api } = initiativeApi('coordinator');
    const { user } = await renderApp(path);
    await user.click(
      await screen.findByRole('button', { name: /^Markera som mött genom initiativet: Vi behöver hjälp/ }),
    );
    expect(await screen.findByText('mött genom initiativet', { selector: '.badge' })).toBeInTheDocument();
    expect(
      api.callsTo('POST', `/profiles/${need.profileId}/items/${need.id}/state`).map((c) => c.body),
    ).toEqual([{ state: 'met', metBy: { kind: 'initiative', initiativeId: listed.id } }]);
    await user.click(screen.getByRole('button', { name: /^Ångra: öppna behovet igen – Vi behöver hjälp/ }));
    await waitFor(() =>
      expect(screen.queryByText('mött genom initiativet', { selector: '.badge' })).not.toBeInTheDocument(),
    );
  });

  it("lets a coordinator set the goal a linked project serves, which then shows as the project's goal", async () => {
    const project = listed.links.projects[0];
    if (!project) throw new Error('no linked project');
    const { api } = initiativeApi('coordinator');
    const { user } = await renderApp(path);
    const select = await screen.findByLabelText('Mål för projektet Ungdomsmottagning online');
    expect(select).toHaveValue('G2');
    await user.selectOptions(select, 'G3');
    await user.click(screen.getByRole('button', { name: 'Spara mål' }));
    expect(await screen.findByText('Målet är sparat. Plattformen lär sig av det.')).toBeInTheDocument();
    expect(
      api.callsTo('PUT', `/mobilisations/${mobilisationId}/projects/${project.id}/goal`).map((c) => c.body),
    ).toEqual([{ goal: 'G3' }]);
  });

  it('is not offered to participants who do not act for the need’s organisation', async () => {
    initiativeApi('participant');
    await renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: listed.title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Markera som mött/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Spara mål' })).not.toBeInTheDocument();
  });
});
