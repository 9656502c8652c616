// `pnpm cli link-goals <profiles.json> [--lang sv|en]`: for every current project, the overall goal it serves
// best, with a score and reasons, as JSON on stdout. A thin wrapper around the engine's linkGoals.
import {
  describeGoalReason,
  type GoalDefinition,
  linkGoals,
  type ReasonLanguage,
} from '@kraftsamling/matching';
import { fieldOf, toOrganisations } from './engine-input';
import {
  type ProfilesFile,
  parseCommandArgs,
  quietOnClosedPipe,
  readProfilesFile,
  UsageError,
} from './profiles-file';

function goalsOf(file: ProfilesFile, path: string): GoalDefinition[] {
  const goals = (file.goals ?? []).filter((g) => g.sv?.trim() || g.en?.trim());
  if (goals.length === 0)
    throw new UsageError(`${path} has no overall goals ("goals": [{ "id", "sv", "en" }])`);
  return goals.map((g) => ({ id: g.id, sv: g.sv, en: g.en }));
}

export async function run(args: string[]): Promise<number> {
  let options: { file: string; lang: ReasonLanguage };
  let file: ProfilesFile;
  let goals: GoalDefinition[];
  try {
    options = parseCommandArgs(args, []);
    file = await readProfilesFile(options.file);
    goals = goalsOf(file, options.file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `link-goals: ${error.message}\nusage: pnpm cli link-goals <profiles.json> [--lang sv|en]\n`,
    );
    return 2;
  }
  const matchable = toOrganisations(file);
  const itemsOf = new Map(matchable.map((o) => [o.id, o]));
  // What each organisation says it works for, and its needs and offers, are context for its projects.
  const organisations = file.organisations.map((org) => {
    const goalsAnswer = org.answers.goals;
    return {
      id: org.id,
      projects: (org.answers.currentProjects ?? []).map((p) =>
        typeof p === 'string' ? { description: p } : { title: p.title, description: p.description },
      ),
      goals: Array.isArray(goalsAnswer) ? goalsAnswer.join('. ') : goalsAnswer,
      needs: itemsOf.get(org.id)?.needs.map((i) => i.text) ?? [],
      offers: itemsOf.get(org.id)?.offers.map((i) => i.text) ?? [],
    };
  });
  quietOnClosedPipe();
  const field = fieldOf(file, matchable);
  const projects = linkGoals(goals, organisations, { field }).map((link) => ({
    org: link.org,
    index: link.index,
    goal: link.goal,
    score: link.score,
    reasons: link.reasons.map((reason) => describeGoalReason(reason, options.lang)),
  }));
  process.stdout.write(`${JSON.stringify({ projects }, null, 1)}\n`);
  return 0;
}
