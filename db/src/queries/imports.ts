import { randomUUID } from 'node:crypto';
import {
  type Contact,
  emptyProfileContent,
  type ImportMapping,
  importMappingSchema,
  type Organisation,
  type ProfileContent,
  profileDraftContentSchema,
} from '@kraftsamling/shared';
import { sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import { rethrowUniqueViolation } from './errors';
import {
  type NewOrganisationInput,
  organisationFromRow,
  requireMobilisation,
  uniqueOrgNumber,
} from './organisations';

/** The mapping a mobilisation saved for its last spreadsheet import, or null. */
export async function getImportMapping(db: Db, mobilisationId: string): Promise<ImportMapping | null> {
  const row = await db
    .selectFrom('import_mappings')
    .select('mapping')
    .where('mobilisation_id', '=', mobilisationId)
    .executeTakeFirst();
  if (!row) return null;
  // Stored by this code from a validated mapping; a row that no longer parses is as good as none.
  const parsed = importMappingSchema.safeParse(row.mapping);
  return parsed.success ? parsed.data : null;
}

export async function saveImportMapping(
  db: Db,
  mobilisationId: string,
  mapping: ImportMapping,
  userId: string | null,
): Promise<void> {
  await db
    .insertInto('import_mappings')
    .values({ mobilisation_id: mobilisationId, mapping: JSON.stringify(mapping), updated_by: userId })
    .onConflict((oc) =>
      oc.column('mobilisation_id').doUpdateSet({
        mapping: JSON.stringify(mapping),
        updated_by: userId,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}

/** How an import row names its organisation, and what it was found as. */
export type ImportKey = { orgNumber: string | null; name: string };
export type ImportMatch = { organisationId: string; profileId: string | null };

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const storedNameKey = sql<string>`lower(regexp_replace(trim(o.name), '\\s+', ' ', 'g'))`;

/**
 * The existing organisations imported rows stand for, in their order (undefined: none): the one with the
 * row's organisationsnummer (unique across the platform), else one with the same name (case and spacing
 * aside) already in the mobilisation — the oldest, when several —, with its profile there if it has one.
 * Three statements for any number of rows.
 */
export async function findImportedOrganisations(
  db: Db,
  mobilisationId: string,
  keys: ImportKey[],
): Promise<(ImportMatch | undefined)[]> {
  const numbers = [...new Set(keys.flatMap((k) => (k.orgNumber ? [k.orgNumber] : [])))];
  const names = [...new Set(keys.map((k) => nameKey(k.name)))];
  const byNumber = new Map(
    numbers.length === 0
      ? []
      : (
          await db
            .selectFrom('organisations')
            .select(['id', 'org_number'])
            .where(sql<boolean>`org_number = any(${numbers}::text[])`)
            .execute()
        ).map((r) => [r.org_number as string, r.id]),
  );
  const numbered = [...byNumber.values()];
  const profileOf = new Map(
    numbered.length === 0
      ? []
      : (
          await db
            .selectFrom('profiles')
            .select(['id', 'organisation_id'])
            .where('mobilisation_id', '=', mobilisationId)
            .where(sql<boolean>`organisation_id = any(${numbered}::uuid[])`)
            .execute()
        ).map((r) => [r.organisation_id, r.id]),
  );
  const byName = new Map(
    names.length === 0
      ? []
      : (
          await db
            .selectFrom('profiles as p')
            .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
            .distinctOn(storedNameKey)
            .select([storedNameKey.as('key'), 'o.id as organisationId', 'p.id as profileId'])
            .where('p.mobilisation_id', '=', mobilisationId)
            .where(sql<boolean>`${storedNameKey} = any(${names}::text[])`)
            .orderBy(storedNameKey)
            .orderBy('o.created_at')
            .orderBy('o.id')
            .execute()
        ).map((r) => [r.key, { organisationId: r.organisationId, profileId: r.profileId }]),
  );
  return keys.map((key) => {
    const numberedId = key.orgNumber ? byNumber.get(key.orgNumber) : undefined;
    if (numberedId) return { organisationId: numberedId, profileId: profileOf.get(numberedId) ?? null };
    return byName.get(nameKey(key.name));
  });
}

/**
 * Registers new organisations as participants of a mobilisation, each with an empty profile to fill in
 * (`createOrganisationInMobilisation` for many at once): returns their ids in the order given.
 */
export async function createImportedOrganisations(
  db: Db,
  mobilisationId: string,
  inputs: NewOrganisationInput[],
): Promise<{ organisationId: string; profileId: string }[]> {
  if (inputs.length === 0) return [];
  return withTransaction(db, async (trx) => {
    await requireMobilisation(trx, mobilisationId);
    const created = inputs.map((input) => ({ input, organisationId: randomUUID(), profileId: randomUUID() }));
    for (let i = 0; i < created.length; i += rowsPerStatement) {
      const chunk = created.slice(i, i + rowsPerStatement);
      await rethrowUniqueViolation(
        trx
          .insertInto('organisations')
          .values(
            chunk.map(({ input, organisationId }) => ({
              id: organisationId,
              name: input.name,
              org_number: input.orgNumber,
              sector: input.sector,
              county: input.county,
              municipality: input.municipality,
              website: input.website,
            })),
          )
          .execute(),
        uniqueOrgNumber,
      );
    }
    await addProfiles(
      trx,
      mobilisationId,
      created.map((c) => ({ id: c.profileId, organisationId: c.organisationId })),
    );
    return created.map(({ organisationId, profileId }) => ({ organisationId, profileId }));
  });
}

/** Adds organisations that exist elsewhere on the platform to a mobilisation, each with an empty profile. */
export async function addImportedProfiles(
  db: Db,
  mobilisationId: string,
  organisationIds: string[],
): Promise<string[]> {
  const profiles = organisationIds.map((organisationId) => ({ id: randomUUID(), organisationId }));
  await addProfiles(db, mobilisationId, profiles);
  return profiles.map((p) => p.id);
}

const rowsPerStatement = 1000;

async function addProfiles(
  db: Db,
  mobilisationId: string,
  profiles: { id: string; organisationId: string }[],
) {
  const emptyDraft = JSON.stringify(emptyProfileContent);
  for (let i = 0; i < profiles.length; i += rowsPerStatement) {
    await db
      .insertInto('profiles')
      .values(
        profiles.slice(i, i + rowsPerStatement).map((p) => ({
          id: p.id,
          mobilisation_id: mobilisationId,
          organisation_id: p.organisationId,
          draft: emptyDraft,
        })),
      )
      .execute();
  }
}

/** One organisation of a mobilisation as the profile export writes it: the organisation, its draft, its first contact. */
export type ProfileExportRow = {
  organisation: Organisation;
  content: ProfileContent;
  contact: Contact | null;
};

/**
 * Every profile of a mobilisation with its current draft (what the organisation is working on; the last
 * submission when nothing changed since) and its first contact person, in the organisation list's order.
 */
export async function listProfilesForExport(db: Db, mobilisationId: string): Promise<ProfileExportRow[]> {
  const rows = await db
    .selectFrom('profiles as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .leftJoin('organisation_contacts as c', (join) =>
      join.onRef('c.organisation_id', '=', 'o.id').on('c.position', '=', 0),
    )
    .selectAll('o')
    .select([
      'p.draft',
      'c.name as contact_name',
      'c.email as contact_email',
      'c.phone as contact_phone',
      'c.title as contact_title',
      'c.may_contact as contact_may_contact',
    ])
    .where('p.mobilisation_id', '=', mobilisationId)
    .orderBy('o.sort_name')
    .orderBy('o.id')
    .execute();
  return rows.map((row) => ({
    organisation: organisationFromRow(row),
    // Written through the draft schema; parsed again so rows from an older schema get today's defaults.
    content: profileDraftContentSchema.parse(row.draft),
    contact:
      row.contact_email !== null
        ? {
            name: row.contact_name ?? '',
            email: row.contact_email,
            phone: row.contact_phone,
            title: row.contact_title,
            mayContact: row.contact_may_contact ?? false,
          }
        : null,
  }));
}
