import { type Contact, contactListInputSchema } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeContent,
  makeMobilisation,
  makeProfile,
  makeSession,
  makeUser,
  organisationId,
  profileId,
} from '../../../testing/fixtures';
import { mobilisationRoutes, mockApi, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

describe('editing the contact persons', () => {
  it('adds a contact person after checking the email, saves the whole list and says so', async () => {
    let stored: Contact[] = [
      { name: 'Maja Medlem', email: 'maja@exempel.se', phone: null, title: null, mayContact: false },
    ];
    const api = mockApi([
      sessionRoute(makeSession(makeUser('member'))),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'GET',
        path: `/profiles/${profileId}`,
        reply: () => ({ body: makeProfile({ content: makeContent() }) }),
      },
      {
        method: 'PUT',
        path: `/profiles/${profileId}/draft`,
        reply: () => ({ body: makeProfile({ content: makeContent() }) }),
      },
      {
        method: 'GET',
        path: `/organisations/${organisationId}/contacts`,
        reply: () => ({ body: { contacts: stored } }),
      },
      {
        method: 'PUT',
        path: `/organisations/${organisationId}/contacts`,
        reply: (call) => {
          stored = contactListInputSchema.parse(call.body).contacts;
          return { body: { contacts: stored } };
        },
      },
    ]);
    const { user } = await renderApp(`/profiles/${profileId}/edit`);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Kontaktpersoner' })).closest(
      'section',
    );
    if (!section) throw new Error('No contacts section');
    expect(
      within(section).getByText(/visas bara för inloggade deltagare i kraftsamlingen/),
    ).toBeInTheDocument();
    expect(await within(section).findByDisplayValue('maja@exempel.se')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Lägg till kontaktperson' }));
    const second = within(section).getByRole('group', { name: 'Kontaktperson 2' });
    await waitFor(() => expect(within(second).getByLabelText('Namn')).toHaveFocus());
    await user.type(within(second).getByLabelText('Namn'), 'Alex Andersson');
    await user.type(within(second).getByLabelText('E-post'), 'alex@');
    await user.type(within(second).getByLabelText(/Telefon/), '070-123 45 67');
    // Alex agreed to be mailed about interest when the organisation has no account here.
    await user.click(within(second).getByRole('checkbox', { name: 'Får kontaktas om intresse' }));
    await user.click(within(section).getByRole('button', { name: 'Spara kontaktpersoner' }));

    const summary = await within(section).findByRole('alert', {
      name: 'Kontaktpersonerna kan inte sparas ännu',
    });
    expect(
      within(summary).getByRole('link', { name: /Kontaktperson 2, e-post: Ange en e-postadress/ }),
    ).toBeInTheDocument();
    expect(api.callsTo('PUT', `/organisations/${organisationId}/contacts`)).toHaveLength(0);

    await user.type(within(second).getByLabelText('E-post'), 'exempel.se');
    await user.click(within(section).getByRole('button', { name: 'Spara kontaktpersoner' }));
    expect(await within(section).findByText('Kontaktpersonerna är sparade.')).toBeInTheDocument();
    expect(api.callsTo('PUT', `/organisations/${organisationId}/contacts`)[0]?.body).toEqual({
      contacts: [
        { name: 'Maja Medlem', email: 'maja@exempel.se', phone: null, title: null, mayContact: false },
        {
          name: 'Alex Andersson',
          email: 'alex@exempel.se',
          phone: '070-123 45 67',
          title: null,
          mayContact: true,
        },
      ],
    });
  });
});
