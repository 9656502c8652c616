import { createOrganisationSchema, type JoinedOrganisation } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeMobilisation,
  makeOrganisation,
  makeProfile,
  makeSession,
  makeUser,
  mobilisationId,
  profileId,
} from '../../../testing/fixtures';
import { apiError, mockApi } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

function registrationServer(options: { orgNumberTaken?: boolean } = {}) {
  return mockApi([
    { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('coordinator')) }) },
    { method: 'GET', path: `/mobilisations/${mobilisationId}`, reply: () => ({ body: makeMobilisation() }) },
    { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    {
      method: 'GET',
      path: `/profiles/${profileId}`,
      reply: () => ({ body: makeProfile({ status: 'empty' }) }),
    },
    {
      method: 'POST',
      path: `/mobilisations/${mobilisationId}/organisations`,
      reply: (call) => {
        if (options.orgNumberTaken) {
          return apiError(409, {
            code: 'ALREADY_EXISTS',
            message: 'An organisation with this organisationsnummer is already registered.',
            fields: [
              {
                path: 'body.orgNumber',
                code: 'already_exists',
                message: 'An organisation with this organisationsnummer is already registered.',
              },
            ],
          });
        }
        const input = createOrganisationSchema.parse(call.body);
        const body: JoinedOrganisation = { organisation: makeOrganisation(input), profileId };
        return { status: 201, body };
      },
    },
  ]);
}

async function openForm() {
  const app = await renderApp(`/m/${mobilisationId}/organisations/new`);
  await screen.findByRole('heading', { level: 1, name: 'Registrera organisation' });
  await screen.findByLabelText('Namn');
  return app;
}

describe('registering an organisation', () => {
  it('tells a signed-in person without a coordinator role that coordinators register organisations', async () => {
    mockApi([
      { method: 'GET', path: '/session', reply: () => ({ body: makeSession(makeUser('member')) }) },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}`,
        reply: () => ({ body: makeMobilisation() }),
      },
      { method: 'GET', path: '/mobilisations', reply: () => ({ body: { items: [makeMobilisation()] } }) },
    ]);
    await renderApp(`/m/${mobilisationId}/organisations/new`);
    expect(
      await screen.findByRole('heading', { name: 'Du har inte tillgång till den här sidan' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Organisationer registreras av kraftsamlingens samordnare/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Namn')).not.toBeInTheDocument();
  });

  it('checks the organisationsnummer and required choices before sending anything', async () => {
    const api = registrationServer();
    const { user } = await openForm();

    await user.type(screen.getByLabelText(/Organisationsnummer/), '556677-8890');
    await user.click(screen.getByRole('button', { name: 'Registrera och fyll i profilen' }));

    const summary = await screen.findByRole('alert', { name: 'Det finns fel i formuläret' });
    expect(within(summary).getByRole('link', { name: 'Namn: Fyll i fältet.' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Organisationsnummer/)).toHaveAccessibleDescription(
      /Organisationsnumret stämmer inte/,
    );
    expect(screen.getByRole('combobox', { name: 'Sektor' })).toHaveAccessibleDescription(/Gör ett val\./);
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/organisations`)).toHaveLength(0);
  });

  it('offers only the municipalities of the chosen county, then opens the new profile for editing', async () => {
    const api = registrationServer();
    const { user, router } = await openForm();

    const municipality = screen.getByRole('combobox', { name: /Kommun/ });
    expect(municipality).toBeDisabled();
    await user.type(screen.getByLabelText('Namn'), 'Föreningen Uppsala Unga');
    await user.type(screen.getByLabelText(/Organisationsnummer/), '2120003005');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sektor' }), 'Civilsamhälle');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Län' }), 'Uppsala län');
    expect(municipality).toBeEnabled();
    const options = within(municipality)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toContain('Enköping');
    expect(options).not.toContain('Solna');
    await user.selectOptions(municipality, 'Enköping');
    await user.click(screen.getByRole('button', { name: 'Registrera och fyll i profilen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/profiles/${profileId}/edit`));
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/organisations`)[0]?.body).toEqual({
      name: 'Föreningen Uppsala Unga',
      orgNumber: '212000-3005',
      sector: 'civilsamhalle',
      county: 'Uppsala län',
      municipality: 'Enköping',
      website: null,
    });
    expect(await screen.findByText(/Föreningen Uppsala Unga är registrerad/)).toBeInTheDocument();
  });

  it('shows the server’s objection on the field it concerns', async () => {
    registrationServer({ orgNumberTaken: true });
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Namn'), 'Uppsala kommun');
    await user.type(screen.getByLabelText(/Organisationsnummer/), '212000-3005');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sektor' }), 'Kommun');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Län' }), 'Uppsala län');
    await user.click(screen.getByRole('button', { name: 'Registrera och fyll i profilen' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/Organisationsnummer/)).toHaveAccessibleDescription(
        /Det finns redan en organisation med det organisationsnumret\./,
      ),
    );
  });
});
