import type { ComputedNode, LayoutLinks } from '@kraftsamling/db';
import { analyse } from '@kraftsamling/matching';
import { layoutMap } from './layout';

/** A concept counts for an organisation when one of its needs or offers is clearly about it. */
const conceptScore = 2;

export type MapLayoutInput = {
  organisations: string[];
  links: LayoutLinks;
  previous: [organisationId: string, position: { x: number; y: number }][];
  items: { organisationId: string; text: string; themes: string[]; targetGroups: string[] }[];
  goals: [organisationId: string, goals: string[]][];
};

// The map lane's tasks, run in a worker thread: text analysis of every item and ForceAtlas2 take seconds on a
// large mobilisation, which must not be spent on the event loop that answers requests.
export const mapTasks = {
  /** Each organisation's place on the map and the concepts and goals it concerns. */
  'map.layout': (input: MapLayoutInput): ComputedNode[] => {
    const concepts = new Map<string, Set<string>>();
    for (const item of input.items) {
      const analysis = analyse(item.text, { themes: item.themes, targetGroups: item.targetGroups });
      const main = analysis.concepts[0];
      if (!main || main.score < conceptScore) continue;
      const set = concepts.get(item.organisationId) ?? new Set<string>();
      set.add(main.id);
      concepts.set(item.organisationId, set);
    }
    const positions = layoutMap({
      nodes: input.organisations,
      links: input.links,
      previous: new Map(input.previous),
    });
    const goals = new Map(input.goals);
    return input.organisations.map((id) => ({
      organisationId: id,
      x: positions.get(id)?.x ?? 0,
      y: positions.get(id)?.y ?? 0,
      concepts: [...(concepts.get(id) ?? [])].sort(),
      goals: [...(goals.get(id) ?? [])].sort(),
    }));
  },
};
