export type GoalDefinition = { id: string; sv?: string; en?: string };
export type ProjectInput = { title?: string; description?: string };
export type GoalOrganisation = { id: string; projects: ProjectInput[] };
export type GoalLink = { org: string; index: number; goal: string; score: number; reasons: string[] };

export function linkGoals(goals: GoalDefinition[], organisations: GoalOrganisation[]): GoalLink[] {
  const first = goals[0]?.id ?? '';
  return organisations.flatMap((org) =>
    org.projects.map((_, index) => ({ org: org.id, index, goal: first, score: 0, reasons: [] })),
  );
}
