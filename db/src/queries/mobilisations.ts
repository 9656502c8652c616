import { AppError, type Mobilisation, type OverallGoal } from '@kraftsamling/shared';
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
      .map((g) => ({ code: g.code, sv: g.text_sv, en: g.text_en })),
    organisationCount: row.organisation_count,
    publicAccess: row.public_access,
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

async function replaceGoals(db: Db, mobilisationId: string, goals: OverallGoal[]) {
  await db.deleteFrom('mobilisation_goals').where('mobilisation_id', '=', mobilisationId).execute();
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
      })),
    )
    .execute();
}

export type MobilisationPatch = {
  name?: string | undefined;
  description?: string | undefined;
  periodStart?: string | null | undefined;
  periodEnd?: string | null | undefined;
  goals?: OverallGoal[] | undefined;
  publicAccess?: 'none' | 'profiles' | undefined;
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
        version: current.version + 1,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
    if (patch.goals) await replaceGoals(trx, id, patch.goals);
  });
}

/** The overall goals of a mobilisation, in order. */
export async function listGoals(
  db: Db,
  mobilisationId: string,
): Promise<{ code: string; sv: string; en: string }[]> {
  const rows = await db
    .selectFrom('mobilisation_goals')
    .select(['code', 'text_sv', 'text_en'])
    .where('mobilisation_id', '=', mobilisationId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ code: r.code, sv: r.text_sv, en: r.text_en }));
}
