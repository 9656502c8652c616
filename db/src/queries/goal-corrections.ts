import { AppError } from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';
import { notFound } from './errors';
import { goalRefusals } from './mobilisations';

/** The project as its mobilisation has it now, with the goal a coordinator set, or NOT_FOUND. */
async function currentProject(db: Db, mobilisationId: string, projectId: string) {
  const project = await db
    .selectFrom('projects as j')
    .innerJoin('profiles as p', 'p.id', 'j.profile_id')
    .leftJoin('project_goal_corrections as c', 'c.project_id', 'j.id')
    .select(['j.id', 'c.goal_code as corrected'])
    .where('j.id', '=', projectId)
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('j.withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (!project) throw notFound('project');
  return project;
}

/**
 * A coordinator's word on which overall goal a project serves (in the caller's transaction). It stands over
 * the engine's link wherever the project's goal is shown, and teaches the engine the mobilisation's goals the
 * next time projects are linked. A retired goal may stay where it was set, not be chosen anew.
 */
export async function correctProjectGoal(
  db: Db,
  input: { mobilisationId: string; projectId: string; goal: string; userId: string },
): Promise<{ previous: string | null }> {
  const project = await currentProject(db, input.mobilisationId, input.projectId);
  const refusals = await goalRefusals(db, input.mobilisationId, [
    { path: 'body.goal', code: input.goal, held: new Set(project.corrected ? [project.corrected] : []) },
  ]);
  if (refusals.length > 0) {
    throw new AppError('VALIDATION_FAILED', refusals[0]?.message ?? 'The goal cannot be chosen.', {
      fields: refusals,
    });
  }
  await db
    .insertInto('project_goal_corrections')
    .values({ project_id: input.projectId, goal_code: input.goal, corrected_by: input.userId })
    .onConflict((oc) =>
      oc.column('project_id').doUpdateSet({
        goal_code: input.goal,
        corrected_by: input.userId,
        corrected_at: sql<Date>`now()`,
      }),
    )
    .execute();
  return { previous: project.corrected };
}

/** Takes a coordinator's correction back: the engine's link (or the organisation's own choice) shows again. */
export async function removeProjectGoalCorrection(
  db: Db,
  mobilisationId: string,
  projectId: string,
): Promise<{ previous: string | null }> {
  const project = await currentProject(db, mobilisationId, projectId);
  await db.deleteFrom('project_goal_corrections').where('project_id', '=', projectId).execute();
  return { previous: project.corrected };
}
