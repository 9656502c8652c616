import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeContent, makeMobilisation, makeProfile, profileId } from '../../testing/fixtures';
import { apiError, mockApi } from '../../testing/mock-api';
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
