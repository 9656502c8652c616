import type { AuditEvent } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeAuditEvent,
  makeMobilisation,
  makeSession,
  makeUser,
  mobilisationId,
  profileId,
} from '../../../testing/fixtures';
import { type ApiCall, mobilisationRoutes, mockApi, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

const events: AuditEvent[] = [
  makeAuditEvent({ id: 5, action: 'profile.submitted', details: { revision: 3 } }),
  makeAuditEvent({
    id: 4,
    action: 'invitation.sent',
    entityType: 'invitation',
    entityId: '3d0f6a55-4b6f-4e7e-9a8b-2c1d0e9f8a7b',
    entityName: null,
    profileId: null,
    actorName: 'Sara Samordnare',
    details: { email: 'kim@ungpuls.se', role: 'member', organisationId: null },
  }),
  makeAuditEvent({
    id: 3,
    action: 'organisation.contacts_updated',
    entityType: 'organisation',
    details: { count: 2 },
  }),
  makeAuditEvent({
    id: 2,
    action: 'match.accepted',
    entityType: 'match',
    entityName: null,
    profileId: null,
    details: {},
  }),
  makeAuditEvent({
    id: 1,
    action: 'mobilisation.archived',
    entityType: 'mobilisation',
    entityName: null,
    profileId: null,
    details: {},
  }),
];

function auditServer(total = events.length) {
  return mockApi([
    sessionRoute(makeSession(makeUser('coordinator'))),
    ...mobilisationRoutes(makeMobilisation()),
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/audit`,
      reply: (call: ApiCall) => {
        const type = call.query.get('entityType');
        const items = events.filter((e) => !type || e.entityType === type);
        return { body: { items, total: type ? items.length : total } };
      },
    },
  ]);
}

describe('the audit log', () => {
  it('says in Swedish who did what and when, and shows actions it does not know as they are', async () => {
    auditServer();
    await renderApp(`/m/${mobilisationId}/audit`);
    const list = await screen.findByRole('list', { name: 'Händelser' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Lämnade in profilen (version 3)');
    expect(items[0]).toHaveTextContent('Maja Medlem');
    expect(items[0]).toHaveTextContent('25 november 2026');
    expect(items[0]).toHaveTextContent('Gäller: Profil – Uppsala kommun');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Uppsala kommun' })).toHaveAttribute(
      'href',
      `/profiles/${profileId}`,
    );
    expect(items[1]).toHaveTextContent('Bjöd in kim@ungpuls.se som organisationsmedlem');
    expect(items[1]).toHaveTextContent('Gäller: Inbjudan');
    expect(within(items[1] as HTMLElement).queryByRole('link')).not.toBeInTheDocument();
    expect(items[2]).toHaveTextContent('Uppdaterade kontaktpersonerna (2 kontaktpersoner)');
    expect(items[3]).toHaveTextContent('Godkände en föreslagen matchning');
    expect(
      within(items[4] as HTMLElement).getByText('mobilisation.archived', { selector: 'code' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('5 händelser');
  });

  it('filters by what the events concern through the address', async () => {
    const api = auditServer();
    const { user, router } = await renderApp(`/m/${mobilisationId}/audit`);
    await screen.findByRole('list', { name: 'Händelser' });
    await user.selectOptions(screen.getByLabelText('Visa händelser för'), 'Inbjudan');
    await waitFor(() => expect(router.state.location.search).toBe('?entityType=invitation'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 händelse'));
    expect(api.callsTo('GET', `/mobilisations/${mobilisationId}/audit`).at(-1)?.query.get('entityType')).toBe(
      'invitation',
    );
  });

  it('pages through a long log', async () => {
    const api = auditServer(60);
    const { user } = await renderApp(`/m/${mobilisationId}/audit`);
    const pages = await screen.findByRole('navigation', { name: 'Sidor i loggen' });
    expect(within(pages).getByText('Sida 1 av 3')).toBeInTheDocument();
    await user.click(within(pages).getByRole('link', { name: /Nästa sida/ }));
    await waitFor(() =>
      expect(api.callsTo('GET', `/mobilisations/${mobilisationId}/audit`).at(-1)?.query.get('offset')).toBe(
        '25',
      ),
    );
  });
});
