import {
  AppError,
  emptyProfileContent,
  isMunicipalityInCounty,
  type JoinedOrganisation,
  type Organisation,
  type OrganisationList,
  type ProfileStatus,
} from '@kraftsamling/shared';
import { type ExpressionBuilder, sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import type { Database, OrganisationRow, OrganisationTable, ProfileTable } from '../schema';
import { notFound, rethrowUniqueViolation, versionConflict } from './errors';

export function organisationFromRow(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    orgNumber: row.org_number,
    sector: row.sector as Organisation['sector'],
    county: row.county as Organisation['county'],
    municipality: row.municipality,
    website: row.website,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function profileStatus(row: {
  draft_version: number;
  submitted_version: number | null;
}): ProfileStatus {
  if (row.submitted_version === null) return row.draft_version === 1 ? 'empty' : 'draft';
  return row.submitted_version === row.draft_version ? 'submitted' : 'changed';
}

const uniqueOrgNumber = {
  organisations_org_number_key: {
    path: 'body.orgNumber',
    message: 'An organisation with this organisationsnummer is already registered.',
  },
};

export async function getOrganisation(db: Db, id: string): Promise<Organisation> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('organisation');
  return organisationFromRow(row);
}

export type NewOrganisationInput = {
  name: string;
  orgNumber: string | null;
  sector: string;
  county: string;
  municipality: string | null;
  website: string | null;
};

/** Registers an organisation as a participant of a mobilisation, with an empty profile to fill in. */
export async function createOrganisationInMobilisation(
  db: Db,
  mobilisationId: string,
  input: NewOrganisationInput,
  externalId: string | null = null,
): Promise<JoinedOrganisation> {
  return withTransaction(db, async (trx) => {
    const mobilisation = await trx
      .selectFrom('mobilisations')
      .select('id')
      .where('id', '=', mobilisationId)
      .executeTakeFirst();
    if (!mobilisation) throw notFound('mobilisation');
    const row = await rethrowUniqueViolation(
      trx
        .insertInto('organisations')
        .values({
          name: input.name,
          org_number: input.orgNumber,
          sector: input.sector,
          county: input.county,
          municipality: input.municipality,
          website: input.website,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
      uniqueOrgNumber,
    );
    const profile = await trx
      .insertInto('profiles')
      .values({
        mobilisation_id: mobilisationId,
        organisation_id: row.id,
        external_id: externalId,
        draft: JSON.stringify(emptyProfileContent),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { organisation: organisationFromRow(row), profileId: profile.id };
  });
}

export type OrganisationPatch = Partial<NewOrganisationInput>;

export async function updateOrganisation(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: OrganisationPatch,
): Promise<Organisation> {
  return withTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound('organisation');
    if (current.version !== expectedVersion) throw versionConflict('organisation', current.version);
    const county = patch.county ?? current.county;
    const municipality = patch.municipality !== undefined ? patch.municipality : current.municipality;
    if (municipality && !isMunicipalityInCounty(municipality, county)) {
      const message = 'The municipality is not in the given county';
      throw new AppError('VALIDATION_FAILED', message, {
        fields: [{ path: 'body.municipality', code: 'custom', message }],
      });
    }
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const row = await rethrowUniqueViolation(
      trx
        .updateTable('organisations')
        .set({
          ...('name' in defined ? { name: patch.name } : {}),
          ...('orgNumber' in defined ? { org_number: patch.orgNumber } : {}),
          ...('sector' in defined ? { sector: patch.sector } : {}),
          county,
          municipality,
          ...('website' in defined ? { website: patch.website } : {}),
          version: current.version + 1,
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow(),
      uniqueOrgNumber,
    );
    return organisationFromRow(row);
  });
}

export type OrganisationFilter = {
  q?: string | undefined;
  sector?: string | undefined;
  county?: string | undefined;
  status?: ProfileStatus | undefined;
  limit: number;
  offset: number;
};

type ListScope = ExpressionBuilder<Database & { p: ProfileTable; o: OrganisationTable }, 'p' | 'o'>;

const liveItems = (eb: ListScope, kind: 'need' | 'offer') =>
  eb
    .selectFrom('profile_items as i')
    .whereRef('i.profile_id', '=', 'p.id')
    .where('i.kind', '=', kind)
    .where('i.withdrawn_at', 'is', null)
    .select(sql<number>`count(*)::int`.as('n'));

/** The mobilisation's organisations, searchable by name or municipality, accents and case ignored. */
export async function listOrganisationsInMobilisation(
  db: Db,
  mobilisationId: string,
  filter: OrganisationFilter,
): Promise<OrganisationList> {
  let query = db
    .selectFrom('profiles as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .where('p.mobilisation_id', '=', mobilisationId);
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`unaccent(lower(o.name))`, 'like', sql`unaccent(${pattern})`),
        eb(sql`unaccent(lower(coalesce(o.municipality, '')))`, 'like', sql`unaccent(${pattern})`),
      ]),
    );
  }
  if (filter.sector) query = query.where('o.sector', '=', filter.sector);
  if (filter.county) query = query.where('o.county', '=', filter.county);
  if (filter.status) {
    const status = filter.status;
    query = query.where((eb) => {
      switch (status) {
        case 'empty':
          return eb.and([eb('p.submitted_version', 'is', null), eb('p.draft_version', '=', 1)]);
        case 'draft':
          return eb.and([eb('p.submitted_version', 'is', null), eb('p.draft_version', '>', 1)]);
        case 'submitted':
          return eb('p.submitted_version', '=', eb.ref('p.draft_version'));
        case 'changed':
          return eb.and([
            eb('p.submitted_version', 'is not', null),
            eb('p.submitted_version', '<>', eb.ref('p.draft_version')),
          ]);
      }
    });
  }
  const [{ total }, rows] = await Promise.all([
    query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    query
      .selectAll('o')
      .select((eb) => [
        'p.id as profile_id',
        'p.draft_version',
        'p.submitted_version',
        eb
          .selectFrom('profile_revisions as r')
          .whereRef('r.profile_id', '=', 'p.id')
          .select(sql<Date>`max(r.submitted_at)`.as('s'))
          .as('submitted_at'),
        liveItems(eb, 'need').as('need_count'),
        liveItems(eb, 'offer').as('offer_count'),
        eb
          .selectFrom('projects as j')
          .whereRef('j.profile_id', '=', 'p.id')
          .where('j.withdrawn_at', 'is', null)
          .select(sql<number>`count(*)::int`.as('n'))
          .as('project_count'),
      ])
      // The stored sort key (migration 20261206T0221), read in index order.
      .orderBy('o.sort_name')
      .orderBy('o.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return {
    total,
    items: rows.map((row) => ({
      organisation: organisationFromRow(row),
      profileId: row.profile_id,
      status: profileStatus(row),
      submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
      needCount: row.need_count ?? 0,
      offerCount: row.offer_count ?? 0,
      projectCount: row.project_count ?? 0,
    })),
  };
}

/** The organisation's participation in a mobilisation (its profile there), if it takes part. */
export async function findParticipation(
  db: Db,
  mobilisationId: string,
  organisationId: string,
): Promise<{ profileId: string; organisationName: string } | undefined> {
  const row = await db
    .selectFrom('profiles as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'o.name'])
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('p.organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ? { profileId: row.id, organisationName: row.name } : undefined;
}
