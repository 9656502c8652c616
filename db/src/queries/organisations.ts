import {
  AppError,
  emptyProfileContent,
  isMunicipalityInCounty,
  type JoinedOrganisation,
  JsonText,
  type Organisation,
  type OrganisationList,
  type ProfileStatus,
} from '@kraftsamling/shared';
import { type ExpressionBuilder, sql } from 'kysely';
import { isoTimestamp } from '../json-text';
import { type Db, withTransaction } from '../kysely';
import { executePrepared } from '../prepared';
import type { Database, OrganisationRow, ProfileTable } from '../schema';
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

export const uniqueOrgNumber = {
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

/** Throws not_found unless the mobilisation exists: checked before anything is written for it. */
export async function requireMobilisation(db: Db, mobilisationId: string): Promise<void> {
  const mobilisation = await db
    .selectFrom('mobilisations')
    .select('id')
    .where('id', '=', mobilisationId)
    .executeTakeFirst();
  if (!mobilisation) throw notFound('mobilisation');
}

/** Registers an organisation as a participant of a mobilisation, with an empty profile to fill in. */
export async function createOrganisationInMobilisation(
  db: Db,
  mobilisationId: string,
  input: NewOrganisationInput,
  externalId: string | null = null,
): Promise<JoinedOrganisation> {
  return withTransaction(db, async (trx) => {
    await requireMobilisation(trx, mobilisationId);
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
  const [row] = await updateOrganisations(db, [{ id, expectedVersion, patch }]);
  return row as Organisation;
}

/**
 * `updateOrganisation` for many organisations at once (an import): each patch applies only if its expected
 * version is still the stored one, all or none, in three statements whatever their number. Returns the
 * organisations as updated, in the order given.
 */
export async function updateOrganisations(
  db: Db,
  updates: { id: string; expectedVersion: number; patch: OrganisationPatch }[],
): Promise<Organisation[]> {
  if (updates.length === 0) return [];
  return withTransaction(db, async (trx) => {
    const ids = updates.map((u) => u.id);
    if (new Set(ids).size !== ids.length) throw new Error('an organisation appears twice in one batch');
    const current = new Map(
      (
        await trx
          .selectFrom('organisations')
          .selectAll()
          .where(sql<boolean>`id = any(${ids}::uuid[])`)
          .orderBy('id')
          .forUpdate()
          .execute()
      ).map((row) => [row.id, row]),
    );
    const rows = updates.map(({ id, expectedVersion, patch }) => {
      const row = current.get(id);
      if (!row) throw notFound('organisation');
      if (row.version !== expectedVersion) throw versionConflict('organisation', row.version);
      const county = patch.county ?? row.county;
      const municipality = patch.municipality !== undefined ? patch.municipality : row.municipality;
      if (municipality && !isMunicipalityInCounty(municipality, county)) {
        const message = 'The municipality is not in the given county';
        throw new AppError('VALIDATION_FAILED', message, {
          fields: [{ path: 'body.municipality', code: 'custom', message }],
        });
      }
      return {
        id,
        name: patch.name ?? row.name,
        org_number: patch.orgNumber !== undefined ? patch.orgNumber : row.org_number,
        sector: patch.sector ?? row.sector,
        county,
        municipality,
        website: patch.website !== undefined ? patch.website : row.website,
        version: row.version + 1,
      };
    });
    const updated = await rethrowUniqueViolation(
      sql<OrganisationRow>`update organisations as o
        set name = v.name, org_number = v.org_number, sector = v.sector, county = v.county,
          municipality = v.municipality, website = v.website, version = v.version, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, name text, org_number text,
          sector text, county text, municipality text, website text, version integer)
        where o.id = v.id
        returning o.*`.execute(trx),
      uniqueOrgNumber,
    );
    const byId = new Map(updated.rows.map((row) => [row.id, organisationFromRow(row)]));
    return ids.map((id) => byId.get(id) as Organisation);
  });
}

/** Organisations by id (an import reads those its rows stand for at once). */
export async function getOrganisations(db: Db, ids: string[]): Promise<Map<string, Organisation>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('organisations')
    .selectAll()
    .where(sql<boolean>`id = any(${ids}::uuid[])`)
    .execute();
  return new Map(rows.map((row) => [row.id, organisationFromRow(row)]));
}

export type OrganisationFilter = {
  q?: string | undefined;
  sector?: string | undefined;
  county?: string | undefined;
  status?: ProfileStatus | undefined;
  limit: number;
  offset: number;
};

/** The mobilisation's organisations, searchable by name or municipality, accents and case ignored. */
export async function listOrganisationsInMobilisation(
  db: Db,
  mobilisationId: string,
  filter: OrganisationFilter,
): Promise<JsonText<OrganisationList>> {
  const status = filter.status;
  // The profile's own conditions: with no condition on the organisation, the count needs no join (every
  // profile has its organisation) and reads the (mobilisation, organisation) index alone.
  const byStatus = (eb: ExpressionBuilder<Database & { p: ProfileTable }, 'p'>) => {
    switch (status) {
      case undefined:
        return eb.and([]);
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
  };
  const profiles = db.selectFrom('profiles as p').where('p.mobilisation_id', '=', mobilisationId);
  let query = profiles.innerJoin('organisations as o', 'o.id', 'p.organisation_id');
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
  if (status) query = query.where(byStatus);
  const byOrganisation = Boolean(filter.q || filter.sector || filter.county);
  const counted = (byOrganisation ? query : status ? profiles.where(byStatus) : profiles).select(
    sql<number>`count(*)::int`.as('total'),
  );
  // The page as PostgreSQL writes it (decision 047): each row's item as JSON in the schema's shape (its needs
  // and offers counted in one pass over the profile's items), the items in page order and the total (counted
  // once) in one text, by one statement, prepared (prepared.ts): one text per combination of filters.
  const page = query
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('profile_items as i')
          .whereRef('i.profile_id', '=', 'p.id')
          .where('i.withdrawn_at', 'is', null)
          .select([
            sql<number>`count(*) filter (where i.kind = 'need')::int`.as('needs'),
            sql<number>`count(*) filter (where i.kind = 'offer')::int`.as('offers'),
          ])
          .as('c'),
      (join) => join.onTrue(),
    )
    .select((eb) => [
      'o.sort_name',
      'o.id',
      sql<unknown>`json_build_object(
        'organisation', json_build_object('id', o.id, 'name', o.name, 'orgNumber', o.org_number,
          'sector', o.sector, 'county', o.county, 'municipality', o.municipality, 'website', o.website,
          'version', o.version, 'createdAt', ${isoTimestamp(sql`o.created_at`)},
          'updatedAt', ${isoTimestamp(sql`o.updated_at`)}),
        'profileId', p.id,
        'status', case when p.submitted_version is null then (case when p.draft_version = 1 then 'empty' else 'draft' end)
          when p.submitted_version = p.draft_version then 'submitted' else 'changed' end,
        'submittedAt', ${eb
          .selectFrom('profile_revisions as r')
          .whereRef('r.profile_id', '=', 'p.id')
          .select(isoTimestamp(sql`max(r.submitted_at)`).as('s'))},
        'needCount', c.needs, 'offerCount', c.offers,
        'projectCount', ${eb
          .selectFrom('projects as j')
          .whereRef('j.profile_id', '=', 'p.id')
          .where('j.withdrawn_at', 'is', null)
          .select(sql<number>`count(*)::int`.as('n'))})`.as('item'),
    ])
    // The stored sort key (migration 20261206T0221), read in index order.
    .orderBy('o.sort_name')
    .orderBy('o.id')
    .limit(filter.limit)
    .offset(filter.offset);
  const { rows } = await executePrepared(
    db,
    db.selectFrom(page.as('page')).select(
      sql<string>`'{"items":' || coalesce(json_agg(page.item order by page.sort_name, page.id), '[]')
          || ',"total":' || (${counted}) || '}'`.as('json'),
    ),
  );
  return new JsonText(rows[0]?.json ?? '');
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
