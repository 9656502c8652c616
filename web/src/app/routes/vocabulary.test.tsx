import {
  type KindsHistory,
  type KindsPreviewResult,
  type KindsVersion,
  kindsPreviewSchema,
  type ProposedTermList,
  replaceKindsSchema,
} from '@kraftsamling/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMobilisation, makeSession, makeUser, mobilisationId } from '../../testing/fixtures';
import { mobilisationRoutes, mockApi, sessionRoute } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const itemId = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b';
const profileId = '9840411d-4506-424c-b83c-883085741811';
const organisation = { id: 'bfe50943-0ddf-4dba-960c-70970ba48050', name: 'Trygga grannar' };

function vocabularyServer() {
  let current: KindsVersion = {
    version: 2,
    basis: 'own',
    note: '',
    revertedFrom: null,
    createdBy: 'Sam Samordnare',
    createdAt: '2026-12-01T10:00:00.000Z',
    kinds: [
      { id: 'walks', sv: 'Trygghetsvandringar', en: 'Safety walks', needsPresence: true },
      { id: 'dialogue', sv: 'Medborgardialog', en: 'Citizen dialogue' },
    ],
    targetGroups: [{ id: 'barn-och-unga', sv: 'Barn och unga', en: 'Children and young people' }],
    abbreviations: [],
  };
  const history: KindsHistory = {
    current: 2,
    items: [2, 1, 0].map((version) => ({
      version,
      basis: version === 0 ? 'template' : 'own',
      note: version === 1 ? 'Första egna' : '',
      revertedFrom: null,
      createdBy: version === 0 ? null : 'Sam Samordnare',
      createdAt: version === 0 ? null : '2026-12-01T10:00:00.000Z',
      kindCount: version === 0 ? 37 : 2,
    })),
  };
  const proposals: ProposedTermList = {
    fingerprint: 'abc',
    learnedAt: '2026-12-02T10:00:00.000Z',
    kindsVersion: 2,
    items: [
      {
        kind: { id: 'walks', sv: 'Trygghetsvandringar', en: 'Safety walks' },
        language: 'sv',
        word: 'trygghetsvärdar',
        stem: 'trygghetsvärd',
        tier: 'related',
        support: 4,
        uses: 5,
        confirmed: 4,
        evidence: [
          {
            itemId,
            side: 'offer',
            text: 'Våra trygghetsvärdar går i centrum på kvällarna.',
            profileId,
            organisation,
          },
        ],
      },
    ],
  };
  const base = `/mobilisations/${mobilisationId}/kinds`;
  return mockApi([
    sessionRoute(makeSession(makeUser('coordinator'))),
    ...mobilisationRoutes(makeMobilisation()),
    { method: 'GET', path: base, reply: () => ({ body: current }) },
    { method: 'GET', path: `${base}/versions`, reply: () => ({ body: history }) },
    { method: 'GET', path: `${base}/proposed-terms`, reply: () => ({ body: proposals }) },
    {
      method: 'GET',
      path: `/mobilisations/${mobilisationId}/match-runs/latest`,
      reply: () => ({ body: { run: null } }),
    },
    {
      method: 'PUT',
      path: base,
      reply: (call) => {
        const body = replaceKindsSchema.parse(call.body);
        current = {
          ...current,
          version: current.version + 1,
          kinds: body.kinds,
          targetGroups: body.targetGroups ?? current.targetGroups,
          abbreviations: body.abbreviations ?? current.abbreviations,
          note: body.note,
        };
        return { body: current };
      },
    },
    {
      method: 'POST',
      path: `${base}/preview`,
      reply: (call) => {
        const body = kindsPreviewSchema.parse(call.body);
        // Reads the text as a walk only when the kinds sent say "nattvandr*": the form's own, unsaved words.
        const knows = body.kinds.some((k) => k.terms?.sv?.core.includes('nattvandr*'));
        const result: KindsPreviewResult = {
          kinds: knows
            ? [
                {
                  id: 'walks',
                  sv: 'Trygghetsvandringar',
                  en: 'Safety walks',
                  score: 3,
                  evidence: ['nattvandrare'],
                },
              ]
            : [],
          targetGroups: [],
          matches: knows
            ? [
                {
                  itemId,
                  side: 'offer',
                  text: 'Vi går nattvandringar varje helg.',
                  profileId,
                  organisation,
                  score: 0.81,
                  suggested: true,
                },
              ]
            : [],
        };
        return { body: result };
      },
    },
    {
      method: 'POST',
      path: `${base}/proposed-terms`,
      reply: () => ({ body: { decision: 'accept', kindsVersion: 3 } }),
    },
    {
      method: 'POST',
      path: `${base}/revert`,
      reply: () => ({ body: { ...current, version: 3, revertedFrom: 1 } }),
    },
  ]);
}

describe('the vocabulary editor', () => {
  it('adds a term a coordinator can try before saving, saves it as a new version, and takes and undoes changes', async () => {
    const api = vocabularyServer();
    const { user } = await renderApp(`/m/${mobilisationId}/vocabulary`);
    await screen.findByRole('heading', { level: 1, name: 'Ordlista för matchning' });

    const text = await screen.findByLabelText('Text att prova');
    await user.type(text, 'Vi behöver fler nattvandrare.');
    await user.click(screen.getByRole('button', { name: 'Visa hur texten läses' }));
    expect(await screen.findByText('Texten läses inte som någon av stödformerna.')).toBeInTheDocument();

    // Open the kind, add the word, and try again: the preview reads the unsaved form.
    await user.click(screen.getByText('Trygghetsvandringar', { selector: 'summary' }));
    await user.type(screen.getAllByLabelText(/^Säkra ord på svenska/)[0] as HTMLElement, 'nattvandr*');
    await user.click(screen.getByRole('button', { name: 'Visa hur texten läses' }));
    expect(await screen.findByText(/avgörande ord: nattvandrare/)).toBeInTheDocument();
    expect(screen.getByText('Vi går nattvandringar varje helg.')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Vad ändrade du/), 'Nattvandring');
    await user.click(screen.getByRole('button', { name: 'Spara som ny version' }));
    expect(await screen.findByText('Version 3 är sparad. Matchningen görs om med den.')).toBeInTheDocument();
    expect(api.callsTo('PUT', `/mobilisations/${mobilisationId}/kinds`)[0]?.body).toMatchObject({
      version: 2,
      note: 'Nattvandring',
      kinds: [
        { id: 'walks', needsPresence: true, terms: { sv: { core: ['nattvandr*'] } } },
        { id: 'dialogue' },
      ],
    });

    const proposal = screen
      .getByRole('heading', { name: '”trygghetsvärdar” → Trygghetsvandringar' })
      .closest('li');
    expect(
      within(proposal as HTMLElement).getByText('Våra trygghetsvärdar går i centrum på kvällarna.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Godta ”trygghetsvärdar”' }));
    expect(
      api.callsTo('POST', `/mobilisations/${mobilisationId}/kinds/proposed-terms`)[0]?.body,
    ).toMatchObject({
      kind: 'walks',
      stem: 'trygghetsvärd',
      decision: 'accept',
    });

    await user.click(screen.getByRole('button', { name: 'Gå tillbaka till version 1' }));
    expect(api.callsTo('POST', `/mobilisations/${mobilisationId}/kinds/revert`)[0]?.body).toMatchObject({
      to: 1,
    });
  });

  it('adds a target group and an abbreviation with the keyboard alone, checks them and saves them with the kinds', async () => {
    const api = vocabularyServer();
    const { user } = await renderApp(`/m/${mobilisationId}/vocabulary`);
    await screen.findByRole('heading', { level: 2, name: 'Målgrupper' });

    // The new group's Swedish name gets the focus; the words follow with Tab.
    screen.getByRole('button', { name: 'Lägg till en målgrupp' }).focus();
    await user.keyboard('{Enter}');
    // The focus moves with the next frame: typing starts once it is there, as a person's does.
    await waitFor(() => expect(document.activeElement?.tagName).toBe('INPUT'));
    await user.keyboard('Småföretagare');
    await user.tab();
    await user.keyboard('Small business owners');
    await user.tab();
    await user.keyboard('egenföretagare{Enter}enskild firma');

    screen.getByRole('button', { name: 'Lägg till en förkortning' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('INPUT'));
    await user.keyboard('MBD');
    await user.tab();
    await user.keyboard('medborgardialog');
    await user.tab();
    await user.tab();
    // Saved without saying what it stands for: the summary names the problem.
    await user.click(screen.getByRole('button', { name: 'Spara som ny version' }));
    expect(await screen.findByRole('link', { name: /MBD/ })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Matchningen läser den som'), 'Medborgardialog');
    await user.click(screen.getByRole('button', { name: 'Spara som ny version' }));
    expect(await screen.findByText('Version 3 är sparad. Matchningen görs om med den.')).toBeInTheDocument();
    expect(api.callsTo('PUT', `/mobilisations/${mobilisationId}/kinds`)[0]?.body).toMatchObject({
      targetGroups: [
        { id: 'barn-och-unga' },
        {
          id: 'smaforetagare',
          sv: 'Småföretagare',
          en: 'Small business owners',
          terms: { sv: { core: ['egenföretagare', 'enskild firma'] } },
        },
      ],
      abbreviations: [
        {
          abbreviation: 'MBD',
          expansion: { sv: 'medborgardialog', en: '' },
          means: 'dialogue',
          caseSensitive: false,
        },
      ],
    });
    // The saved group is shown closed, by its name.
    expect(screen.getByText('Småföretagare', { selector: 'summary' })).toBeInTheDocument();
  });
});
