import {
  type Db,
  type InitiativeInput,
  listCurrentDecisions,
  listGoals,
  loadCurrentProjects,
  loadPairsForProposals,
  upsertProposal,
  writeProjectGoalLinks,
} from '@kraftsamling/db';
import { kindLabels, listConcepts } from '@kraftsamling/matching';
import type { GeneratedText, MatchReason, SupportKind } from '@kraftsamling/shared';
import { currentKinds, isTemplate } from '../kinds/kinds';
import { syncIndex } from '../matching/rematch';
import type { ServerTasks } from '../workers/tasks';
import type { WorkerThreads } from '../workers/threads';

type Workers = WorkerThreads<ServerTasks>;
type Labels = { sv: string; en: string };

/** How strongly a project's text must concern a concept to be linked to that concept's initiative. */
const projectConceptScore = 2;

type Group = {
  concept: string;
  needs: Set<string>;
  offers: Set<string>;
  organisations: Set<string>;
  offersByOrg: Map<string, number>;
  goals: Map<string, number>;
  accepted: number;
  suggested: number;
};

const countUp = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
const topOf = <K>(map: Map<K, number>): K | undefined => [...map].sort((a, b) => b[1] - a[1])[0]?.[0];

/**
 * The platform's own proposals for the initiative list: accepted and suggested matches about the same concept
 * become one proposed initiative with their organisations, needs and offers, the participants' projects that
 * concern the same thing, and the goal they serve. Every current project is linked to the overall goal it
 * serves best on the way. Rejected pairs take no part.
 */
export async function proposeInitiatives(
  db: Db,
  workers: Workers,
  mobilisationId: string,
): Promise<{ created: number; updated: number; projectsLinked: number }> {
  const goals = await listGoals(db, mobilisationId);
  const projects = await loadCurrentProjects(db, mobilisationId);
  // Projects are read with the mobilisation's own field, in the matching thread that holds it: its kinds are
  // the ones its matches are about, and its goals are learnt from the goals coordinators and organisations gave.
  const engineVersion = await syncIndex(db, workers, mobilisationId);
  const read = await workers.run('matching.projects', {
    mobilisationId,
    goals: goals.map((g) => ({ id: g.code, sv: g.sv, en: g.en })),
    projects: projects.map((p) => ({
      id: p.id,
      profileId: p.profileId,
      organisationGoals: p.organisationGoals,
      title: p.title,
      description: p.description,
      givenGoal: p.correctedGoal ?? p.goalCodes[0] ?? null,
    })),
    minKindScore: projectConceptScore,
  });
  const links = read.flatMap(({ id, link }) =>
    link ? [{ projectId: id, goal: link.goal, score: link.score, reasons: link.reasons }] : [],
  );
  await writeProjectGoalLinks(db, engineVersion, links);
  const goalOfProject = new Map(links.map((l) => [l.projectId, l.goal]));
  const kindsOfProject = new Map(read.map((r) => [r.id, new Set(r.kinds)]));
  const names = kindNames((await currentKinds(db, mobilisationId)).kinds);

  const decisions = await listCurrentDecisions(db, mobilisationId);
  const decisionOf = new Map(decisions.map((d) => [`${d.needId}:${d.offerId}`, d.decision]));
  const groups = new Map<string, Group>();
  for (const pair of await loadPairsForProposals(db, mobilisationId)) {
    const decision = decisionOf.get(`${pair.need_id}:${pair.offer_id}`);
    if (!pair.concept || decision === 'rejected') continue;
    if (decision !== 'accepted' && !pair.suggested) continue;
    let group = groups.get(pair.concept);
    if (!group) {
      group = {
        concept: pair.concept,
        needs: new Set(),
        offers: new Set(),
        organisations: new Set(),
        offersByOrg: new Map(),
        goals: new Map(),
        accepted: 0,
        suggested: 0,
      };
      groups.set(pair.concept, group);
    }
    group.needs.add(pair.need_id);
    group.offers.add(pair.offer_id);
    group.organisations.add(pair.need_org).add(pair.offer_org);
    countUp(group.offersByOrg, pair.offer_org);
    if (pair.goal_code) countUp(group.goals, pair.goal_code);
    if (decision === 'accepted') group.accepted++;
    else group.suggested++;
  }

  const projectsByOrg = new Map<string, typeof projects>();
  for (const p of projects)
    projectsByOrg.set(p.organisationId, [...(projectsByOrg.get(p.organisationId) ?? []), p]);

  let created = 0;
  let updated = 0;
  for (const group of groups.values()) {
    // One pair between two organisations is a match, not yet an initiative, unless someone accepted it.
    if (group.accepted === 0 && group.needs.size + group.offers.size < 3) continue;
    const concept = names.get(group.concept);
    if (!concept) continue;
    const linkedProjects = [...group.organisations].flatMap((org) =>
      (projectsByOrg.get(org) ?? []).filter((p) => kindsOfProject.get(p.id)?.has(group.concept)),
    );
    for (const p of linkedProjects) {
      const goal = goalOfProject.get(p.id);
      if (goal) countUp(group.goals, goal);
    }
    const goal = topOf(group.goals);
    const goalText = goals.find((g) => g.code === goal);
    const lead = topOf(group.offersByOrg) ?? null;
    // Written in both languages: each person reads the proposal in theirs until someone rewrites it.
    const generated: GeneratedText = {
      sv: {
        title: concept.label.sv,
        description:
          `${group.needs.size} behov och ${group.offers.size} erbjudanden från ${group.organisations.size} organisationer ` +
          `gäller ${concept.short.sv}. Föreslaget av plattformen.`,
      },
      en: {
        title: concept.label.en || concept.label.sv,
        description:
          `${group.needs.size} ${group.needs.size === 1 ? 'need' : 'needs'} and ${group.offers.size} ` +
          `${group.offers.size === 1 ? 'offer' : 'offers'} from ${group.organisations.size} organisations ` +
          `concern ${concept.short.en || concept.short.sv}. Proposed by the platform.`,
      },
    };
    const input: InitiativeInput = {
      title: generated.sv.title,
      description: generated.sv.description,
      status: 'forslag',
      goals: goal ? [goal] : [],
      period: { start: null, end: null },
      leadOrganisationId: lead,
      participants: [...group.organisations].map((organisationId) => ({
        organisationId,
        endorsement: 'inbjuden' as const,
      })),
      links: {
        needs: [...group.needs],
        offers: [...group.offers],
        projects: linkedProjects.map((p) => p.id),
      },
    };
    const reasons: MatchReason[] = [
      {
        kind: 'concept',
        sv: `behov och erbjudanden som gäller ${concept.short.sv}`,
        en: `needs and offers that concern ${concept.short.en}`,
      },
      {
        kind: 'matches',
        sv: `${group.accepted} godkända och ${group.suggested} föreslagna matchningar`,
        en: `${group.accepted} accepted and ${group.suggested} proposed matches`,
      },
      ...(goalText
        ? [
            {
              kind: 'goal',
              sv: `tjänar främst ${goalText.code}: ${goalText.sv}`,
              en: `mainly serves ${goalText.code}: ${goalText.en || goalText.sv}`,
            },
          ]
        : []),
      ...(linkedProjects.length
        ? [
            {
              kind: 'projects',
              sv: `${linkedProjects.length} pågående projekt berör samma sak`,
              en: `${linkedProjects.length} current projects concern the same`,
            },
          ]
        : []),
      ...(lead
        ? [
            {
              kind: 'lead',
              sv: 'ansvar föreslås för den som erbjuder mest',
              en: 'lead proposed: the organisation offering most',
            },
          ]
        : []),
    ];
    const outcome = await upsertProposal(
      db,
      mobilisationId,
      `concept:${group.concept}`,
      input,
      reasons,
      generated,
    );
    if (outcome === 'created') created++;
    if (outcome === 'updated') updated++;
  }
  return { created, updated, projectsLinked: links.length };
}

/** The names initiatives are given for each kind of the mobilisation: its own, or the template's. */
function kindNames(kinds: SupportKind[]): Map<string, { label: Labels; short: Labels }> {
  if (isTemplate(kinds))
    return new Map(listConcepts().map((c) => [c.id, { label: c.label, short: c.short }]));
  const short = kindLabels(kinds);
  return new Map(
    kinds.map((k) => [
      k.id,
      { label: { sv: k.sv, en: k.en }, short: short.get(k.id) ?? { sv: k.sv, en: k.en } },
    ]),
  );
}
