import type { ImportPreview } from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMobilisation, makeSession, makeUser, mobilisationId } from '../../../testing/fixtures';
import { type ApiCall, apiError, mobilisationRoutes, mockApi, sessionRoute } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

const csv =
  'Organisation;Län;Vad skulle ni behöva stöd eller hjälp med?\r\nFöreningen Gröna Bänken;Atlantis;Lokaler\r\n';

function previewFor(call: ApiCall): ImportPreview {
  const body = call.body as { mapping?: ImportPreview['mapping'] };
  const mapping = body.mapping ?? {
    columns: [
      { header: 'Organisation', field: 'name' },
      { header: 'Län', field: 'county' },
      { header: 'Vad skulle ni behöva stöd eller hjälp med?', field: 'needs' },
    ],
  };
  return {
    format: 'csv',
    sheets: [],
    sheet: null,
    mapping,
    mappingSource: body.mapping ? 'given' : 'proposed',
    counts: { rows: 1, new: 0, updated: 0, unchanged: 0, withErrors: 1 },
    problems: [
      {
        row: 2,
        column: 'Län',
        code: 'unknown_county',
        sv: 'Okänt län: "Atlantis".',
        en: 'Unknown county: "Atlantis".',
      },
    ],
    profiles: [
      {
        row: 2,
        status: 'error',
        name: 'Föreningen Gröna Bänken',
        orgNumber: null,
        sector: 'annan',
        county: '',
        municipality: null,
        website: null,
        contact: null,
        goals: '',
        projects: [],
        needs: ['Lokaler'],
        offers: [],
        tags: [],
      },
    ],
  };
}

describe('importing survey answers', () => {
  it('uploads a file, shows the mapping and each row problem, and imports only when asked, skipping errors', async () => {
    const api = mockApi([
      sessionRoute(makeSession(makeUser('coordinator'))),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'POST',
        path: `/mobilisations/${mobilisationId}/imports/preview`,
        reply: (call) => ({ body: previewFor(call) }),
      },
      {
        method: 'POST',
        path: `/mobilisations/${mobilisationId}/imports`,
        reply: (call) =>
          (call.body as { skipRowsWithErrors?: boolean }).skipRowsWithErrors
            ? {
                body: {
                  counts: { rows: 1, new: 0, updated: 0, unchanged: 0, withErrors: 1 },
                  skipped: 1,
                  rematchQueued: false,
                  invited: 0,
                },
              }
            : apiError(400, {
                code: 'VALIDATION_FAILED',
                message:
                  '1 of 1 rows have errors. Fix them in the file, or choose to skip them. Nothing was imported.',
              }),
      },
    ]);
    const { user } = await renderApp(`/m/${mobilisationId}/import`);
    expect(await screen.findByRole('heading', { level: 1, name: /Importera enkätsvar/ })).toBeInTheDocument();

    // Without a file: an error summary that takes focus and links to the field.
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Välj en fil att importera.');
    await waitFor(() => expect(summary).toHaveFocus());

    await user.upload(
      screen.getByLabelText(/Fil \(xlsx eller csv\)/),
      new File([csv], 'svar.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    expect(
      await screen.findByText('1 rader: 0 nya organisationer, 0 uppdaterade, 0 oförändrade, 1 med fel.'),
    ).toBeInTheDocument();
    const sent = api.callsTo('POST', `/mobilisations/${mobilisationId}/imports/preview`)[0]?.body as {
      file: { name: string; data: string };
    };
    expect(sent.file.name).toBe('svar.csv');
    expect(new TextDecoder().decode(Uint8Array.from(atob(sent.file.data), (c) => c.charCodeAt(0)))).toBe(csv);
    const problems = screen.getByRole('list', { name: 'Problem i filen' });
    expect(within(problems).getByRole('listitem')).toHaveTextContent(
      'Rad 2, kolumn ”Län”: Okänt län: "Atlantis".',
    );
    expect(screen.getByRole('list', { name: 'Så här blir de första profilerna' })).toHaveTextContent(
      'Lokaler',
    );

    // Adjust the mapping and preview again with it.
    await user.selectOptions(screen.getByLabelText('Kolumn ”Län”'), 'Används inte');
    await user.click(screen.getByRole('button', { name: 'Uppdatera förhandsgranskningen' }));
    await waitFor(() =>
      expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/imports/preview`)).toHaveLength(2),
    );
    const second = api.callsTo('POST', `/mobilisations/${mobilisationId}/imports/preview`)[1]
      ?.body as ImportPreview;
    expect(second.mapping.columns[1]).toEqual({ header: 'Län', field: 'ignore' });

    // Rows with errors stop the import until the coordinator chooses to skip them.
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1 of 1 rows have errors');
    await user.click(screen.getByLabelText('Hoppa över raderna med fel och importera resten'));
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    expect(
      await screen.findByText(/Importen är klar: 0 nya, 0 uppdaterade, 0 oförändrade, 1 rader överhoppade./),
    ).toBeInTheDocument();
    const imported = api.callsTo('POST', `/mobilisations/${mobilisationId}/imports`).at(-1)?.body as {
      mapping: ImportPreview['mapping'];
      skipRowsWithErrors: boolean;
    };
    expect(imported.skipRowsWithErrors).toBe(true);
    expect(imported.mapping.columns[1]?.field).toBe('ignore');
  });

  it('follows a large import run by a job until it ends, then shows its result, invitations included', async () => {
    const runId = '7b0c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8';
    let polls = 0;
    const run = (status: 'queued' | 'running' | 'done', progress: number) => ({
      id: runId,
      fileName: 'svar.csv',
      status,
      progress,
      total: status === 'queued' ? 0 : 400,
      result:
        status === 'done'
          ? {
              counts: { rows: 400, new: 397, updated: 0, unchanged: 0, withErrors: 3 },
              skipped: 3,
              rematchQueued: true,
              invited: 397,
            }
          : null,
      error: null,
      createdAt: '2026-12-06T05:00:00.000Z',
      finishedAt: status === 'done' ? '2026-12-06T05:00:09.000Z' : null,
    });
    const api = mockApi([
      sessionRoute(makeSession(makeUser('coordinator'))),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'POST',
        path: `/mobilisations/${mobilisationId}/imports/preview`,
        reply: (call) => ({ body: previewFor(call) }),
      },
      {
        method: 'POST',
        path: `/mobilisations/${mobilisationId}/imports`,
        reply: () => ({ status: 202, body: { run: run('queued', 0) } }),
      },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}/imports/runs/${runId}`,
        reply: () => {
          polls++;
          return { body: { run: polls < 2 ? run('running', 150) : run('done', 400) } };
        },
      },
    ]);
    const { user } = await renderApp(`/m/${mobilisationId}/import`);
    await user.upload(
      await screen.findByLabelText(/Fil \(xlsx eller csv\)/),
      new File([csv], 'svar.csv', { type: 'text/csv' }),
    );
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    await user.click(await screen.findByLabelText('Hoppa över raderna med fel och importera resten'));
    await user.click(screen.getByLabelText(/Bjud in kontaktpersonerna/));
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    expect(await screen.findByRole('heading', { name: 'Import av svar.csv' })).toBeInTheDocument();
    // Shown from the import's own answer, before any poll: a small file's job may end before the first one.
    expect(screen.getByText('Importen väntar på sin tur.')).toBeInTheDocument();
    expect(
      await screen.findByText(
        /Importen är klar: 397 nya, 0 uppdaterade, 0 oförändrade, 3 rader överhoppade./,
        undefined,
        {
          timeout: 5000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('397 kontaktpersoner har bjudits in.')).toBeInTheDocument();
    // The ended run stays where the person was looking.
    expect(screen.getByRole('heading', { name: 'Import av svar.csv' })).toBeInTheDocument();
    expect(screen.getByText('Importen är klar.')).toBeInTheDocument();
    const sent = api.callsTo('POST', `/mobilisations/${mobilisationId}/imports`)[0]?.body as {
      inviteContacts: boolean;
    };
    expect(sent.inviteContacts).toBe(true);
  });

  it('tells why a file or a run could not be imported in the reader’s language', async () => {
    const runId = '8c1d2e3f-4a5b-4c6d-8e7f-a0b1c2d3e4f5';
    const failed = {
      id: runId,
      fileName: 'svar.csv',
      status: 'failed',
      progress: 0,
      total: 0,
      result: null,
      error: { sv: 'Filen är tom.', en: 'The file is empty.' },
      createdAt: '2026-12-06T05:00:00.000Z',
      finishedAt: '2026-12-06T05:00:01.000Z',
    };
    let previews = 0;
    mockApi([
      sessionRoute(makeSession(makeUser('coordinator'))),
      ...mobilisationRoutes(makeMobilisation()),
      {
        method: 'POST',
        path: `/mobilisations/${mobilisationId}/imports/preview`,
        reply: (call) =>
          ++previews === 1
            ? apiError(400, {
                code: 'VALIDATION_FAILED',
                message: 'The workbook has no sheets.',
                texts: { sv: 'Arbetsboken har inga blad.', en: 'The workbook has no sheets.' },
              })
            : { body: previewFor(call) },
      },
      {
        method: 'POST',
        path: `/mobilisations/${mobilisationId}/imports`,
        reply: () => ({
          status: 202,
          body: { run: { ...failed, status: 'queued', error: null, finishedAt: null } },
        }),
      },
      {
        method: 'GET',
        path: `/mobilisations/${mobilisationId}/imports/runs/${runId}`,
        reply: () => ({ body: { run: failed } }),
      },
    ]);
    const { user } = await renderApp(`/m/${mobilisationId}/import`);
    const input = await screen.findByLabelText(/Fil \(xlsx eller csv\)/);
    await user.upload(input, new File([csv], 'svar.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(/Arbetsboken har inga blad\./)).toBeInTheDocument();
    expect(within(summary).queryByText(/no sheets/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    await user.click(await screen.findByLabelText('Hoppa över raderna med fel och importera resten'));
    await user.click(screen.getByRole('button', { name: 'Importera' }));
    expect(
      await screen.findByText(/Importen misslyckades och ingenting sparades: Filen är tom\./, undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/The file is empty/)).not.toBeInTheDocument();
  });
});
