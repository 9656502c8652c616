import {
  createMobilisationSchema,
  type Mobilisation,
  type UpdateMobilisation,
  updateMobilisationSchema,
} from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMobilisation, makeSession, makeUser, mobilisationId } from '../../testing/fixtures';
import { apiError, mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const initiativeId = '5d0f3c1e-8a7b-4c2d-9e6f-1a2b3c4d5e6f';

function settingsServer(options: { conflict?: boolean } = {}) {
  let stored = makeMobilisation({ version: 3 });
  return mockApi([
    { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('coordinator')) }) },
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: stored }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [stored] } }) },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/goals/usage`,
      reply: () => ({
        body: {
          items: [
            { code: 'G1', initiatives: [{ id: initiativeId, title: 'Gemensam kampanj' }], projects: 2 },
            { code: 'G2', initiatives: [], projects: 0 },
            { code: 'G3', initiatives: [], projects: 0 },
          ],
        },
      }),
    },
    {
      method: 'PATCH',
      path: `/mobilisations/${mobilisationId}`,
      reply: (call) => {
        if (options.conflict)
          return apiError(409, { code: 'VERSION_CONFLICT', message: 'Changed', currentVersion: 4 });
        const patch: UpdateMobilisation = updateMobilisationSchema.parse(call.body);
        const goals = (patch.goals ?? []).map((g) => ({
          code: g.code,
          sv: g.sv,
          en: g.en ?? '',
          retired: !!g.retired,
        }));
        stored = { ...stored, name: patch.name ?? stored.name, goals, version: stored.version + 1 };
        return { body: stored };
      },
    },
  ]);
}

describe("a mobilisation's settings", () => {
  it('retires a goal in use, removes an unused one and saves with the version it read', async () => {
    const api = settingsServer();
    const { user } = await renderApp(`/m/${mobilisationId}/settings`);
    await screen.findByRole('heading', { level: 1, name: 'Inställningar' });
    const g1 = await screen.findByRole('group', { name: 'Mål G1' });
    // A goal in use says what uses it and offers retiring, not removal.
    expect(await within(g1).findByRole('link', { name: 'Gemensam kampanj' })).toHaveAttribute(
      'href',
      `/initiatives/${initiativeId}`,
    );
    expect(within(g1).getByText('2 projekt')).toBeInTheDocument();
    expect(within(g1).queryByRole('button', { name: 'Ta bort mål G1' })).not.toBeInTheDocument();

    await user.click(within(g1).getByRole('button', { name: 'Pensionera mål G1' }));
    await user.click(screen.getByRole('button', { name: 'Ta bort mål G3' }));
    const name = screen.getByLabelText('Namn');
    await user.clear(name);
    await user.type(name, 'Kraftsamling 2030');
    await user.click(screen.getByRole('button', { name: 'Spara inställningarna' }));

    expect(await screen.findByText('Inställningarna är sparade.')).toBeInTheDocument();
    const [patch] = api.callsTo('PATCH', `/mobilisations/${mobilisationId}`);
    expect(patch?.body).toMatchObject({
      version: 3,
      name: 'Kraftsamling 2030',
      goals: [
        { code: 'G1', retired: true },
        { code: 'G2', retired: false },
      ],
    });
    expect(screen.getByRole('button', { name: 'Återta mål G1' })).toBeInTheDocument();
  });

  it('says so plainly when someone else saved first, and saves nothing of its own', async () => {
    settingsServer({ conflict: true });
    const { user } = await renderApp(`/m/${mobilisationId}/settings`);
    await screen.findByRole('group', { name: 'Mål G1' });
    await user.click(screen.getByRole('button', { name: 'Spara inställningarna' }));
    expect(await screen.findByText(/Någon annan har ändrat inställningarna/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda om' })).toBeInTheDocument();
  });

  it('keeps members out', async () => {
    mockApi([
      { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('member')) }) },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}`,
        reply: () => ({ body: makeMobilisation() }),
      },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    await renderApp(`/m/${mobilisationId}/settings`);
    expect(
      await screen.findByText('Bara kraftsamlingens samordnare kan ändra inställningarna.'),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Namn')).not.toBeInTheDocument();
  });
});

/** A step's heading, once focus has moved to it (the flow does that in the next frame, which can be late). */
async function step(name: string) {
  const heading = await screen.findByRole('heading', { level: 2, name });
  await waitFor(() => expect(heading).toHaveFocus());
  return heading;
}

describe('starting a mobilisation', () => {
  it('goes step by step, checks each step, shows a summary and creates it all in one request', async () => {
    const created: Mobilisation = makeMobilisation({ id: '7e3c1b2a-4d5e-4f60-8a9b-0c1d2e3f4a5b' });
    const api = mockApi([
      { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('platformAdmin')) }) },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [] } }) },
      {
        method: 'GET',
        path: '/kind-templates',
        reply: () => ({
          body: {
            items: [
              { id: 'mental-health', kinds: [{ id: 'mhfa', sv: 'MHFA', en: 'MHFA' }], targetGroups: [] },
              {
                id: 'general-core',
                kinds: [
                  { id: 'eval', sv: 'Utvärdering', en: 'Evaluation', draws: ['eval'] },
                  { id: 'funding', sv: 'Finansiering', en: 'Funding', draws: ['funding'] },
                  { id: 'premises', sv: 'Lokaler', en: 'Premises', draws: ['premises'] },
                ],
                targetGroups: [],
              },
            ],
          },
        }),
      },
      {
        method: 'POST',
        path: '/mobilisations',
        reply: (call) => {
          createMobilisationSchema.parse(call.body);
          return { status: 201, body: created };
        },
      },
      { method: 'GET', path: `/mobilisations/${created.id}`, reply: () => ({ body: created }) },
    ]);
    const { user } = await renderApp('/m/new');
    await screen.findByRole('heading', { level: 2, name: 'Steg 1 av 5: Grunduppgifter' });

    // Nothing filled in: the step stays, with its problems listed.
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Namn');
    await user.type(screen.getByLabelText('Namn'), 'Hälsa i Skåne 2027');
    expect(screen.getByLabelText('Kortnamn i adresser')).toHaveValue('halsa-i-skane-2027');
    await user.click(screen.getByRole('radio', { name: /Bara de som deltar/ }));
    await user.click(screen.getByRole('button', { name: 'Nästa' }));

    await step('Steg 2 av 5: Övergripande mål');
    await user.type(screen.getByLabelText('Målet på svenska'), 'Jämlik hälsa i alla kommuner');
    await user.click(screen.getByRole('button', { name: 'Lägg till ett mål' }));
    const second = screen.getByRole('group', { name: 'Mål G2' });
    await user.type(within(second).getByLabelText('Målet på svenska'), 'Fler mötesplatser');
    await user.click(screen.getByRole('button', { name: 'Nästa' }));

    await step('Steg 3 av 5: Typer av stöd');
    expect(screen.getByRole('radio', { name: /Mallen för psykisk hälsa \(1 typer\)/ })).toBeChecked();
    // From scratch with nothing named: the step says so and stays.
    await user.click(screen.getByRole('radio', { name: /Från början/ }));
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('minst en typ av stöd');
    await user.click(screen.getByRole('radio', { name: /Den allmänna kärnan/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Lokaler' }));
    // Enter in a name adds the kind; a name taken is refused.
    await user.type(screen.getByLabelText('Namn på svenska'), 'Medborgardialog{enter}');
    await user.type(screen.getByLabelText('Namn på svenska'), 'Medborgardialog{enter}');
    expect(screen.getByText('Det finns redan en typ med det namnet.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Namn på svenska'));
    await user.type(screen.getByLabelText('Namn på svenska'), 'Trygghetsvandringar');
    await user.type(screen.getByLabelText(/Namn på engelska/), 'Safety walks');
    await user.click(screen.getByRole('button', { name: 'Lägg till typen' }));
    expect(screen.getByRole('button', { name: 'Ta bort Trygghetsvandringar' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nästa' }));

    await step('Steg 4 av 5: Samordnare');
    const emails = screen.getByLabelText(/E-postadresser/);
    await user.type(emails, 'inte-en-adress');
    await user.click(screen.getByRole('button', { name: 'Nästa' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('E-postadresser');
    await user.clear(emails);
    await user.type(emails, 'anna@region.se{enter}per@kommun.se');
    await user.click(screen.getByRole('button', { name: 'Nästa' }));

    await step('Steg 5 av 5: Sammanfattning');
    expect(api.callsTo('POST', '/mobilisations')).toHaveLength(0);
    expect(screen.getByText('anna@region.se, per@kommun.se')).toBeInTheDocument();
    expect(
      screen.getByText(/Den allmänna kärnan: 4 typer av stöd\. 1 typ från källan är urbockad\./),
    ).toBeInTheDocument();
    expect(screen.getByText('2 egna typer:')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Starta kraftsamlingen' }));

    await screen.findByRole('heading', { level: 1, name: created.name });
    expect(api.callsTo('POST', '/mobilisations')[0]?.body).toMatchObject({
      name: 'Hälsa i Skåne 2027',
      slug: 'halsa-i-skane-2027',
      publicAccess: 'none',
      goals: [
        { code: 'G1', sv: 'Jämlik hälsa i alla kommuner' },
        { code: 'G2', sv: 'Fler mötesplatser' },
      ],
      coordinators: ['anna@region.se', 'per@kommun.se'],
      kinds: {
        from: 'general-core',
        list: [
          { id: 'eval', sv: 'Utvärdering', en: 'Evaluation', draws: ['eval'] },
          { id: 'funding', sv: 'Finansiering', en: 'Funding', draws: ['funding'] },
          { id: 'medborgardialog', sv: 'Medborgardialog', en: 'Medborgardialog' },
          { id: 'trygghetsvandringar', sv: 'Trygghetsvandringar', en: 'Safety walks' },
        ],
      },
    });
  });
});
