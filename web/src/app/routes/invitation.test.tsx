import { acceptInvitationSchema, type InvitationPreview, type Session } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  makeContent,
  makeMembership,
  makeMobilisation,
  makeProfile,
  makeSession,
  makeUser,
  organisationId,
  profileId,
} from '../../testing/fixtures';
import { apiError, mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const token = 'aW52aXRhdGlvbi10b2tlbi1mb3ItdGVzdHM';

function makePreview(overrides: Partial<InvitationPreview> = {}): InvitationPreview {
  return {
    email: 'kim@forening.se',
    name: 'Kim Kontakt',
    role: 'member',
    mobilisationName: 'Kraftsamling för psykisk hälsa',
    organisationName: 'Uppsala kommun',
    invitedBy: 'Sara Samordnare',
    status: 'pending',
    existingAccount: false,
    ...overrides,
  };
}

function invitationServer(preview: InvitationPreview, options: { wrongPassword?: boolean } = {}) {
  let session: Session = makeSession(null);
  return mockApi([
    sessionRoute(() => session),
    ...mobilisationRoutes(makeMobilisation()),
    {
      method: 'GET',
      path: `/invitations/${token}`,
      reply: () => ({ body: session.user ? { ...preview, status: 'accepted' } : preview }),
    },
    {
      method: 'POST',
      path: `/invitations/${token}/accept`,
      reply: (call) => {
        acceptInvitationSchema.parse(call.body);
        if (options.wrongPassword)
          return apiError(401, {
            code: 'INVALID_CREDENTIALS',
            message: 'Wrong password for the existing account.',
          });
        session = makeSession(
          makeUser('member', {
            email: preview.email,
            name: 'Kim Kontakt',
            memberships: [
              makeMembership({
                role: 'member',
                organisationId,
                organisationName: preview.organisationName,
                profileId,
              }),
            ],
          }),
        );
        return { body: session };
      },
    },
    {
      method: 'GET',
      path: `/profiles/${profileId}`,
      reply: () => ({ body: makeProfile({ content: makeContent() }) }),
    },
    { method: 'GET', path: /^\/organisations\/[^/]+\/contacts$/, reply: () => ({ body: { contacts: [] } }) },
  ]);
}

describe('accepting an invitation', () => {
  it('creates an account with a name and a new password, then opens the organisation’s profile for editing', async () => {
    const api = invitationServer(makePreview());
    const { user, router } = await renderApp(`/invitation/${token}`);

    expect(
      await screen.findByText(
        'Du är inbjuden att delta i Kraftsamling för psykisk hälsa för Uppsala kommun.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Organisationsmedlem')).toBeInTheDocument();
    expect(screen.getByText('Inbjuden av').nextElementSibling).toHaveTextContent('Sara Samordnare');
    expect(screen.getByLabelText('Namn')).toHaveValue('Kim Kontakt');
    await user.type(screen.getByLabelText('Nytt lösenord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Skapa konto och tacka ja' }));
    expect(screen.getByLabelText('Nytt lösenord')).toHaveAccessibleDescription(/Skriv minst 10 tecken\./);
    expect(api.callsTo('POST', `/invitations/${token}/accept`)).toHaveLength(0);

    await user.type(screen.getByLabelText('Nytt lösenord'), ' och lite till');
    const share = screen.getByRole('checkbox', {
      name: 'Visa mitt namn och min e-postadress som kontaktperson för Uppsala kommun',
    });
    expect(share).not.toBeChecked();
    await user.click(share);
    await user.click(screen.getByRole('button', { name: 'Skapa konto och tacka ja' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/profiles/${profileId}/edit`));
    expect(api.callsTo('POST', `/invitations/${token}/accept`)[0]?.body).toEqual({
      name: 'Kim Kontakt',
      password: 'kort och lite till',
      shareAsContact: true,
    });
    expect(
      await screen.findByText(
        'Välkommen till Kraftsamling för psykisk hälsa! Här fyller du i profilen för Uppsala kommun.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Inloggad som Kim Kontakt' })).toBeInTheDocument();
  });

  it('asks someone who already has an account only for its password', async () => {
    const api = invitationServer(makePreview({ existingAccount: true }));
    const { user, router } = await renderApp(`/invitation/${token}`);

    expect(await screen.findByText(/Det finns redan ett konto för kim@forening\.se/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Namn')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Nytt lösenord')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Lösenord'), 'mitt gamla lösenord');
    await user.click(screen.getByRole('button', { name: 'Tacka ja' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/profiles/${profileId}/edit`));
    expect(api.callsTo('POST', `/invitations/${token}/accept`)[0]?.body).toEqual({
      name: 'Kim Kontakt',
      password: 'mitt gamla lösenord',
      shareAsContact: false,
    });
  });

  it('says so when the existing account’s password is wrong', async () => {
    invitationServer(makePreview({ existingAccount: true }), { wrongPassword: true });
    const { user, router } = await renderApp(`/invitation/${token}`);
    await user.type(await screen.findByLabelText('Lösenord'), 'fel');
    await user.click(screen.getByRole('button', { name: 'Tacka ja' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Lösenordet stämmer inte för kontot.');
    expect(router.state.location.pathname).toBe(`/invitation/${token}`);
  });

  it('explains an expired invitation instead of offering the form', async () => {
    invitationServer(makePreview({ status: 'expired' }));
    await renderApp(`/invitation/${token}`);
    expect(await screen.findByText('Inbjudan har gått ut')).toBeInTheDocument();
    expect(screen.getByText(/Be den som bjöd in dig att skicka en ny inbjudan/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tacka ja/ })).not.toBeInTheDocument();
  });

  it('explains an invitation that has already been used', async () => {
    invitationServer(makePreview({ status: 'accepted' }));
    await renderApp(`/invitation/${token}`);
    const notice = (await screen.findByText('Inbjudan är redan använd')).closest('.notice');
    if (!(notice instanceof HTMLElement)) throw new Error('The message is not in a notice');
    expect(within(notice).getByRole('link', { name: 'Logga in' })).toHaveAttribute('href', '/sign-in');
  });

  it('explains a link that leads nowhere', async () => {
    mockApi([
      sessionRoute(makeSession(null)),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'GET',
        path: `/invitations/${token}`,
        reply: () => apiError(404, { code: 'NOT_FOUND', message: 'This invitation link is not valid.' }),
      },
    ]);
    await renderApp(`/invitation/${token}`);
    expect(await screen.findByText('Länken till inbjudan fungerar inte')).toBeInTheDocument();
  });
});
