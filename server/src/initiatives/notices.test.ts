import type { Endorsement, Initiative, InitiativeState, InitiativeStatus } from '@kraftsamling/shared';
import { describe, expect, it } from 'vitest';
import { initiativeNotices } from './notices';

const organisation = (id: string) => ({
  id,
  name: `Organisation ${id}`,
  sector: 'kommun' as const,
  county: 'Uppsala län',
});

function initiative(
  status: InitiativeStatus,
  participants: [string, Endorsement][],
  state: InitiativeState = 'listed',
): Initiative {
  return {
    id: 'i',
    mobilisationId: 'm',
    title: 'Initiativ',
    description: '',
    status,
    state,
    goals: [],
    period: { start: null, end: null },
    lead: null,
    participants: participants.map(([id, endorsement]) => ({
      organisation: organisation(id),
      endorsement,
      lead: false,
    })),
    links: { needs: [], offers: [], projects: [] },
    proposalReasons: [],
    generatedText: null,
    mergedInto: null,
    version: 1,
    createdAt: '2026-12-06T00:00:00.000Z',
    updatedAt: '2026-12-06T00:00:00.000Z',
  };
}

const told = (before: Initiative | null, after: Initiative) =>
  initiativeNotices(before, after).map((n) => `${n.organisationId}:${n.kind}`);

describe('who hears of a change to an initiative', () => {
  it('tells every participant of a new listed initiative that it was added', () => {
    expect(
      told(
        null,
        initiative('forslag', [
          ['a', 'inbjuden'],
          ['b', 'forankrad'],
        ]),
      ),
    ).toEqual(['a:initiative.added', 'b:initiative.added']);
  });

  it('tells nobody of proposals or discarded initiatives, and everyone when a proposal is listed', () => {
    const proposal = initiative('forslag', [['a', 'inbjuden']], 'proposed');
    expect(told(null, proposal)).toEqual([]);
    expect(told(proposal, initiative('forslag', [['a', 'inbjuden']], 'discarded'))).toEqual([]);
    expect(told(proposal, initiative('forslag', [['a', 'inbjuden']]))).toEqual(['a:initiative.added']);
  });

  it('tells only the organisations that joined, and nobody of other edits', () => {
    const before = initiative('beslutad', [['a', 'inbjuden']]);
    expect(told(before, initiative('beslutad', [['a', 'inbjuden']]))).toEqual([]);
    expect(
      told(
        before,
        initiative('beslutad', [
          ['a', 'inbjuden'],
          ['b', 'inbjuden'],
        ]),
      ),
    ).toEqual(['b:initiative.added']);
  });

  it('asks for endorsement once: when the stage begins, on joining during it, or when an answer is reopened', () => {
    const planned = initiative('forslag', [
      ['a', 'inbjuden'],
      ['b', 'forankrad'],
    ]);
    const asking = initiative('forankring', [
      ['a', 'inbjuden'],
      ['b', 'forankrad'],
    ]);
    // Those that have answered already are not asked.
    expect(told(planned, asking)).toEqual(['a:initiative.endorsement_requested']);
    expect(told(asking, asking)).toEqual([]);
    expect(
      told(
        asking,
        initiative('forankring', [
          ['a', 'inbjuden'],
          ['b', 'forankrad'],
          ['c', 'inbjuden'],
        ]),
      ),
    ).toEqual(['c:initiative.endorsement_requested']);
    expect(
      told(
        asking,
        initiative('forankring', [
          ['a', 'inbjuden'],
          ['b', 'inbjuden'],
        ]),
      ),
    ).toEqual(['b:initiative.endorsement_requested']);
    // An answer given tells nobody.
    expect(
      told(
        asking,
        initiative('forankring', [
          ['a', 'avbojd'],
          ['b', 'forankrad'],
        ]),
      ),
    ).toEqual([]);
  });
});
