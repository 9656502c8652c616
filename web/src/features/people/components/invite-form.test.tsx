import {
  createInvitationSchema,
  type Invitation,
  type OrganisationList,
  type Session,
} from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeInvitation,
  makeListItem,
  makeMember,
  makeMobilisation,
  makeSession,
  makeUser,
  mobilisationId,
} from '../../../testing/fixtures';
import { type ApiCall, mobilisationRoutes, mockApi, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

const organisations = [
  makeListItem({ id: 'f0b8b6b2-7c1e-4d0a-9a51-2d1c3e4f5a60', name: 'Föreningen Ung Puls, Sundsvall' }),
  makeListItem({
    id: 'a7c9d1e3-5f7a-4b9c-8d0e-1f2a3b4c5d6e',
    name: 'Region Västernorrland',
    sector: 'region',
  }),
];

function peopleServer(session: Session = makeSession(makeUser('coordinator')), more: Invitation[] = []) {
  const invitations: Invitation[] = [
    makeInvitation({ status: 'accepted', email: 'tidigare@exempel.se' }),
    ...more,
  ];
  return mockApi([
    sessionRoute(session),
    ...mobilisationRoutes(makeMobilisation()),
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/members`,
      reply: () => ({ body: { items: [makeMember()] } }),
    },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/invitations`,
      reply: () => ({ body: { items: invitations } }),
    },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/outbox`,
      reply: () => ({ body: { items: [], total: 0 } }),
    },
    ...(['link', 'resend', 'revoke'] as const).map((action) => ({
      method: 'POST' as const,
      path: new RegExp(`^/mobilisations/${mobilisationId}/invitations/([^/]+)/${action}$`),
      reply: (call: ApiCall) => {
        const invitation = invitations.find((i) => call.path.includes(i.id));
        if (!invitation) return { status: 404, body: {} };
        if (action === 'link')
          return {
            body: {
              url: `http://localhost/invitation/ny-${invitation.id}`,
              expiresAt: '2026-12-20T10:00:00.000Z',
            },
          };
        if (action === 'revoke') invitation.status = 'revoked';
        return { body: invitation };
      },
    })),
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/organisations`,
      reply: (call: ApiCall) => {
        const q = call.query.get('q')?.toLowerCase() ?? '';
        const items = organisations.filter((o) => o.organisation.name.toLowerCase().includes(q));
        const body: OrganisationList = { items, total: items.length };
        return { body };
      },
    },
    {
      method: 'POST',
      path: `/mobilisations/${mobilisationId}/invitations`,
      reply: (call) => {
        const input = createInvitationSchema.parse(call.body);
        const organisation = organisations.find((o) => o.organisation.id === input.organisationId);
        const created = makeInvitation({
          ...input,
          organisationName: organisation?.organisation.name ?? null,
          createdAt: '2026-11-25T12:00:00.000Z',
        });
        invitations.push(created);
        return { status: 201, body: created };
      },
    },
  ]);
}

describe('inviting a person', () => {
  it('asks which organisation a member will represent before sending anything', async () => {
    const api = peopleServer();
    const { user } = await renderApp(`/m/${mobilisationId}/people`);
    await user.type(await screen.findByLabelText('E-postadress'), 'kim@ungpuls.se');
    expect(screen.getByRole('radio', { name: 'Organisationsmedlem' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));

    const summary = await screen.findByRole('alert', { name: 'Inbjudan kan inte skickas ännu' });
    expect(
      within(summary).getByRole('link', {
        name: 'Organisation: Välj vilken organisation personen ska företräda.',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Organisation' })).toHaveAccessibleDescription(
      /Välj vilken organisation personen ska företräda\./,
    );
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/invitations`)).toHaveLength(0);
  });

  it('finds the organisation by searching, sends the invitation and lists it', async () => {
    const api = peopleServer();
    const { user } = await renderApp(`/m/${mobilisationId}/people`);
    await user.type(await screen.findByLabelText('E-postadress'), 'Kim@UngPuls.se');
    await user.type(screen.getByLabelText(/^Namn/), 'Kim Kontakt');
    await user.type(screen.getByRole('searchbox', { name: 'Organisation' }), 'ung puls');
    await waitFor(() =>
      expect(screen.queryByRole('radio', { name: /Region Västernorrland/ })).not.toBeInTheDocument(),
    );
    await user.click(screen.getByRole('radio', { name: /Föreningen Ung Puls, Sundsvall/ }));
    expect(screen.getByText('Vald: Föreningen Ung Puls, Sundsvall')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));

    expect(
      await screen.findByText('Inbjudan är skickad till kim@ungpuls.se.', { exact: false }),
    ).toBeInTheDocument();
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/invitations`)[0]?.body).toEqual({
      email: 'kim@ungpuls.se',
      name: 'Kim Kontakt',
      role: 'member',
      organisationId: organisations[0]?.organisation.id,
    });
    const table = await screen.findByRole('table', { name: /2 inbjudningar/ });
    const row = within(table)
      .getByRole('rowheader', { name: /kim@ungpuls\.se/ })
      .closest('tr');
    if (!row) throw new Error('No row for the invitation');
    expect(within(row).getByText('Skickad')).toBeInTheDocument();
    expect(within(row).getByText('Föreningen Ung Puls, Sundsvall')).toBeInTheDocument();
    expect(screen.getByLabelText('E-postadress')).toHaveValue('');
  });

  it('invites a coordinator without an organisation, and offers the administrator role to administrators only', async () => {
    const api = peopleServer();
    const { user } = await renderApp(`/m/${mobilisationId}/people`);
    await user.type(await screen.findByLabelText('E-postadress'), 'ny.samordnare@exempel.se');
    expect(screen.queryByRole('radio', { name: 'Administratör' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Samordnare' }));
    expect(screen.queryByRole('searchbox', { name: 'Organisation' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skicka inbjudan' }));
    await screen.findByText(/Inbjudan är skickad till ny\.samordnare@exempel\.se/);
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/invitations`)[0]?.body).toMatchObject({
      role: 'coordinator',
      organisationId: null,
    });
  });

  it('hands over a new link, mails an invitation again and revokes it after asking', async () => {
    const open = makeInvitation({ email: 'kim@ungpuls.se', status: 'opened' });
    const api = peopleServer(undefined, [open]);
    const { user } = await renderApp(`/m/${mobilisationId}/people`);
    const table = await screen.findByRole('table', { name: /2 inbjudningar/ });
    expect(within(table).getAllByRole('button', { name: /Kopiera länk/ })).toHaveLength(1);

    await user.click(within(table).getByRole('button', { name: /^Kopiera länk\s*kim@ungpuls\.se$/ }));
    const field = await screen.findByRole('textbox', { name: 'Inbjudningslänk för kim@ungpuls.se' });
    expect(field).toHaveValue(`http://localhost/invitation/ny-${open.id}`);
    expect(
      screen.getAllByRole('status').some((s) => /ny länk för kim@ungpuls\.se/.test(s.textContent ?? '')),
    ).toBe(true);

    await user.click(within(table).getByRole('button', { name: /^Skicka igen\s*kim@ungpuls\.se$/ }));
    await screen.findByText('Inbjudan till kim@ungpuls.se är skickad igen, med en ny länk.');

    await user.click(within(table).getByRole('button', { name: /^Återkalla\s*kim@ungpuls\.se$/ }));
    expect(
      api.callsTo('POST', `/mobilisations/${mobilisationId}/invitations/${open.id}/revoke`),
    ).toHaveLength(0);
    await user.click(within(table).getByRole('button', { name: /^Ja, återkalla\s*kim@ungpuls\.se$/ }));
    await screen.findByText('Inbjudan till kim@ungpuls.se är återkallad. Länken fungerar inte längre.');
    expect(
      api.callsTo('POST', `/mobilisations/${mobilisationId}/invitations/${open.id}/revoke`),
    ).toHaveLength(1);
    await waitFor(() =>
      expect(within(table).queryByRole('button', { name: /Kopiera länk/ })).not.toBeInTheDocument(),
    );
  });

  it('lets an administrator invite administrators', async () => {
    peopleServer(makeSession(makeUser('admin')));
    await renderApp(`/m/${mobilisationId}/people`);
    expect(await screen.findByRole('radio', { name: 'Administratör' })).toBeInTheDocument();
  });
});
