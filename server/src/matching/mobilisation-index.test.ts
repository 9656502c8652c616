import type { MatchableProfile } from '@kraftsamling/db';
import { describe, expect, it } from 'vitest';
import { MobilisationIndex } from './mobilisation-index';
import { linkNeedTexts, needTextBatches } from './need-goals';

const goals = [
  { id: 'G1', sv: 'Fler unga i arbete eller studier', en: 'More young people in work or studies' },
  { id: 'G2', sv: 'Bättre psykisk hälsa hos barn och unga', en: 'Better mental health among children' },
  { id: 'G3', sv: 'Ett tryggare närområde', en: 'Safer neighbourhoods' },
];

// Texts that name one goal, texts that name several, and texts that name none, shared between profiles.
const texts = [
  'Vi behöver handledare som kan hjälpa unga att hitta praktikplatser och jobb.',
  'Vi söker samtalsstöd för barn som mår psykiskt dåligt.',
  'Vi behöver fler vuxna som rör sig i bostadsområdet på kvällarna.',
  'Vi behöver hjälp.',
  'Vi söker lokaler.',
  'Vi vill nå unga som varken arbetar eller studerar och som mår dåligt.',
  'Stöd till föräldrar i området vars barn har ångest.',
];

const profiles: MatchableProfile[] = Array.from({ length: 12 }, (_, p) => ({
  profileId: `00000000-0000-4000-8000-${String(p).padStart(12, '0')}`,
  organisationId: `00000000-0000-4000-9000-${String(p).padStart(12, '0')}`,
  county: 'Västernorrlands län',
  municipality: null,
  sector: 'ideell',
  revision: 1,
  needs: [0, 1, 2].map((k) => ({
    id: `00000000-0000-4000-a000-${String(p * 10 + k).padStart(12, '0')}`,
    text: texts[(p * 2 + k * 3) % texts.length] as string,
    themes: [],
    targetGroups: [],
    supportKind: null,
  })),
  offers: [],
}));

const revisions = profiles.map((p): [string, number] => [p.profileId, p.revision]);
const needIds = profiles.flatMap((p) => p.needs.map((n) => n.id));

function loaded(deferGoals: boolean): MobilisationIndex {
  const mi = new MobilisationIndex('00000000-0000-4000-8000-00000000ffff');
  mi.plan(goals, revisions);
  // In two batches, as a sync reads them.
  mi.load(profiles.slice(0, 5), deferGoals);
  mi.load(profiles.slice(5), deferGoals);
  return mi;
}

const goalsOf = (mi: MobilisationIndex) => needIds.map((id) => mi.goalOf(id));

describe('a cold index whose needs are linked to goals elsewhere', () => {
  const inPlace = goalsOf(loaded(false));

  it('gets the goals it would have linked itself, from the same batches', () => {
    expect(new Set(inPlace).size).toBeGreaterThan(1);
    const mi = loaded(true);
    const seen = new Set<string>();
    const batches = [
      ...needTextBatches(profiles.slice(0, 5), seen),
      ...needTextBatches(profiles.slice(5), seen),
    ];
    const links = batches.flatMap((batch) => {
      const linked = linkNeedTexts(goals, batch);
      return batch.map((text, i): [string, string | null] => [text, linked[i] ?? null]);
    });
    expect(links.length).toBe(new Set(texts).size);
    mi.takeGoalLinks(links);
    expect(goalsOf(mi)).toEqual(inPlace);
  });

  it('links them itself when the links do not come, or when the next sync starts first', () => {
    const without = loaded(true);
    without.takeGoalLinks([]);
    expect(goalsOf(without)).toEqual(inPlace);
    const unfinished = loaded(true);
    unfinished.plan(goals, revisions);
    expect(goalsOf(unfinished)).toEqual(inPlace);
  });
});
