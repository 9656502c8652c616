import {
  AppError,
  type FieldError,
  type GoalUsage,
  type Mobilisation,
  type OverallGoal,
} from '@kraftsamling/shared';
import { sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import type { MobilisationGoalRow, MobilisationRow } from '../schema';
import { notFound, rethrowUniqueViolation, versionConflict } from './errors';

type MobilisationRecord = MobilisationRow & { organisation_count: number };

export function mobilisationFromRow(row: MobilisationRecord, goals: MobilisationGoalRow[]): Mobilisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    goals: goals
      .filter((g) => g.mobilisation_id === row.id)
      .sort((a, b) => a.position - b.position)
      .map((g) => ({ code: g.code, sv: g.text_sv, en: g.text_en, retired: g.retired_at !== null })),
    organisationCount: row.organisation_count,
    publicAccess: row.public_access,
    currencyMonths: row.currency_months,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function selectMobilisations(db: Db) {
  return db
    .selectFrom('mobilisations as m')
    .selectAll('m')
    .select((eb) =>
      eb
        .selectFrom('profiles as p')
        .whereRef('p.mobilisation_id', '=', 'm.id')
        .select(sql<number>`count(*)::int`.as('n'))
        .as('organisation_count'),
    );
}

async function withGoals(db: Db, rows: (MobilisationRow & { organisation_count: number | null })[]) {
  if (rows.length === 0) return [];
  const goals = await db
    .selectFrom('mobilisation_goals')
    .selectAll()
    .where(
      'mobilisation_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => mobilisationFromRow({ ...r, organisation_count: r.organisation_count ?? 0 }, goals));
}

/**
 * The mobilisations a person may see: those that publish their profiles, those the person has a role in,
 * and all of them for a platform administrator. `null` lists every mobilisation (internal use).
 */
export async function listMobilisations(
  db: Db,
  viewer: { userId: string | null; platformAdmin: boolean } | null = null,
): Promise<Mobilisation[]> {
  let query = selectMobilisations(db);
  if (viewer && !viewer.platformAdmin) {
    const userId = viewer.userId;
    query = query.where((eb) =>
      eb.or([
        eb('m.public_access', '=', 'profiles'),
        ...(userId
          ? [
              eb.exists(
                eb
                  .selectFrom('memberships as ms')
                  .select('ms.id')
                  .whereRef('ms.mobilisation_id', '=', 'm.id')
                  .where('ms.user_id', '=', userId),
              ),
            ]
          : []),
      ]),
    );
  }
  return withGoals(db, await query.orderBy('m.created_at').execute());
}

export async function getMobilisation(db: Db, id: string): Promise<Mobilisation> {
  const row = await selectMobilisations(db).where('m.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('mobilisation');
  const [mobilisation] = await withGoals(db, [row]);
  return mobilisation as Mobilisation;
}

/** A mobilisation's name, or undefined when there is none with this id. */
export async function mobilisationName(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('mobilisations').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}

export async function findMobilisationIdBySlug(db: Db, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('mobilisations').select('id').where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

export type NewMobilisation = {
  slug: string;
  name: string;
  description: string;
  periodStart: string | null;
  periodEnd: string | null;
  goals: OverallGoal[];
  publicAccess?: 'none' | 'profiles';
  currencyMonths?: number;
};

export async function insertMobilisation(db: Db, input: NewMobilisation): Promise<string> {
  return withTransaction(db, async (trx) => {
    const { id } = await rethrowUniqueViolation(
      trx
        .insertInto('mobilisations')
        .values({
          slug: input.slug,
          name: input.name,
          description: input.description,
          period_start: input.periodStart,
          period_end: input.periodEnd,
          ...(input.publicAccess ? { public_access: input.publicAccess } : {}),
          ...(input.currencyMonths ? { currency_months: input.currencyMonths } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
      {
        mobilisations_slug_key: {
          path: 'body.slug',
          message: 'A mobilisation with this slug already exists.',
        },
      },
    );
    await replaceGoals(trx, id, input.goals);
    return id;
  });
}

/**
 * Makes the mobilisation's goals the given list, in its order. A goal left out is removed only if no initiative
 * or project chose it; otherwise the whole change is refused with what uses it, for the coordinator to retire it
 * instead (decision 030). Retiring keeps the goal where it was chosen and out of new choices and matching.
 */
async function replaceGoals(db: Db, mobilisationId: string, goals: OverallGoal[]) {
  const given = new Set(goals.map((g) => g.code));
  const current = await db
    .selectFrom('mobilisation_goals')
    .select('code')
    .where('mobilisation_id', '=', mobilisationId)
    .execute();
  const leaving = current.map((g) => g.code).filter((code) => !given.has(code));
  if (leaving.length > 0) {
    const usage = await goalUsage(db, mobilisationId, leaving);
    const fields: FieldError[] = usage
      .filter((u) => u.initiatives.length > 0 || u.projects > 0)
      .map((u) => {
        const message = `Goal ${u.code} is chosen by ${u.initiatives.length} initiatives and ${u.projects} projects: retire it instead`;
        return { path: `body.goals`, code: 'goal_in_use', message };
      });
    if (fields.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Goals in use can be retired, not removed.', { fields });
    }
    await db
      .deleteFrom('mobilisation_goals')
      .where('mobilisation_id', '=', mobilisationId)
      .where('code', 'in', leaving)
      .execute();
  }
  if (goals.length === 0) return;
  await db
    .insertInto('mobilisation_goals')
    .values(
      goals.map((g, position) => ({
        mobilisation_id: mobilisationId,
        code: g.code,
        position,
        text_sv: g.sv,
        text_en: g.en,
        retired_at: g.retired ? sql<Date>`now()` : null,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['mobilisation_id', 'code']).doUpdateSet({
        position: (eb) => eb.ref('excluded.position'),
        text_sv: (eb) => eb.ref('excluded.text_sv'),
        text_en: (eb) => eb.ref('excluded.text_en'),
        // A goal retired earlier keeps the time it was retired.
        retired_at: sql<Date | null>`case when excluded.retired_at is null then null
          else coalesce(mobilisation_goals.retired_at, excluded.retired_at) end`,
      }),
    )
    .execute();
}

/** The initiatives and current projects that chose each goal (all of the mobilisation's goals by default). */
export async function goalUsage(
  db: Db,
  mobilisationId: string,
  codes?: string[],
): Promise<GoalUsage['items']> {
  const goals =
    codes ??
    (
      await db
        .selectFrom('mobilisation_goals')
        .select('code')
        .where('mobilisation_id', '=', mobilisationId)
        .orderBy('position')
        .execute()
    ).map((g) => g.code);
  if (goals.length === 0) return [];
  const [initiatives, projects] = await Promise.all([
    db
      .selectFrom('initiatives')
      .select(['id', 'title', 'goal_codes'])
      .where('mobilisation_id', '=', mobilisationId)
      .where(sql<boolean>`goal_codes && ${sql.val(goals)}::text[]`)
      .orderBy('title')
      .execute(),
    db
      .selectFrom('projects as pr')
      .innerJoin('profiles as p', 'p.id', 'pr.profile_id')
      .select(['pr.goal_codes'])
      .where('p.mobilisation_id', '=', mobilisationId)
      .where('pr.withdrawn_at', 'is', null)
      .where(sql<boolean>`pr.goal_codes && ${sql.val(goals)}::text[]`)
      .execute(),
  ]);
  return goals.map((code) => ({
    code,
    initiatives: initiatives
      .filter((i) => i.goal_codes.includes(code))
      .map((i) => ({ id: i.id, title: i.title })),
    projects: projects.filter((p) => p.goal_codes.includes(code)).length,
  }));
}

/**
 * Why a goal may not be chosen, or null when it may: it must be the mobilisation's, and a retired one only
 * stays where it was chosen before (`held`).
 */
export async function goalRefusals(
  db: Db,
  mobilisationId: string,
  choices: { path: string; code: string; held: ReadonlySet<string> }[],
): Promise<FieldError[]> {
  if (choices.length === 0) return [];
  const rows = await db
    .selectFrom('mobilisation_goals')
    .select(['code', 'retired_at'])
    .where('mobilisation_id', '=', mobilisationId)
    .execute();
  const retired = new Map(rows.map((g) => [g.code, g.retired_at !== null]));
  return choices.flatMap(({ path, code, held }): FieldError[] => {
    if (!retired.has(code))
      return [{ path, code: 'unknown_goal', message: `The mobilisation has no goal ${code}` }];
    if (retired.get(code) && !held.has(code))
      return [{ path, code: 'retired_goal', message: `Goal ${code} is retired and cannot be chosen anew` }];
    return [];
  });
}

export type MobilisationPatch = {
  name?: string | undefined;
  description?: string | undefined;
  periodStart?: string | null | undefined;
  periodEnd?: string | null | undefined;
  goals?: OverallGoal[] | undefined;
  publicAccess?: 'none' | 'profiles' | undefined;
  currencyMonths?: number | undefined;
};

/** Applies a patch if `expectedVersion` is still current; otherwise nothing changes and VERSION_CONFLICT. */
export async function updateMobilisation(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: MobilisationPatch,
): Promise<void> {
  await withTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom('mobilisations')
      .select(['version', 'period_start', 'period_end'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound('mobilisation');
    if (current.version !== expectedVersion) throw versionConflict('mobilisation', current.version);
    const start = patch.periodStart !== undefined ? patch.periodStart : current.period_start;
    const end = patch.periodEnd !== undefined ? patch.periodEnd : current.period_end;
    if (start && end && start > end) {
      const message = 'The period ends before it starts';
      throw new AppError('VALIDATION_FAILED', message, {
        fields: [{ path: 'body.periodEnd', code: 'custom', message }],
      });
    }
    await trx
      .updateTable('mobilisations')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.periodStart !== undefined ? { period_start: patch.periodStart } : {}),
        ...(patch.periodEnd !== undefined ? { period_end: patch.periodEnd } : {}),
        ...(patch.publicAccess !== undefined ? { public_access: patch.publicAccess } : {}),
        ...(patch.currencyMonths !== undefined ? { currency_months: patch.currencyMonths } : {}),
        version: current.version + 1,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
    if (patch.goals) await replaceGoals(trx, id, patch.goals);
  });
}

/** The goals matching links projects and proposals to: the active ones, in order. */
export async function listGoals(
  db: Db,
  mobilisationId: string,
): Promise<{ code: string; sv: string; en: string }[]> {
  const rows = await db
    .selectFrom('mobilisation_goals')
    .select(['code', 'text_sv', 'text_en'])
    .where('mobilisation_id', '=', mobilisationId)
    .where('retired_at', 'is', null)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ code: r.code, sv: r.text_sv, en: r.text_en }));
}
