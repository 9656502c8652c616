import {
  type Contact,
  type ImportMapping,
  importMappingSchema,
  type Organisation,
  type ProfileContent,
  profileDraftContentSchema,
} from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';
import { organisationFromRow } from './organisations';

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

/**
 * The existing organisation an imported row stands for: the one with its organisationsnummer (unique across
 * the platform), else one with the same name (case and spacing aside) already in the mobilisation, with its
 * profile there if it has one.
 */
export async function findImportedOrganisation(
  db: Db,
  mobilisationId: string,
  key: { orgNumber: string | null; name: string },
): Promise<{ organisationId: string; profileId: string | null } | undefined> {
  const profileOf = async (organisationId: string) => {
    const profile = await db
      .selectFrom('profiles')
      .select('id')
      .where('mobilisation_id', '=', mobilisationId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    return { organisationId, profileId: profile?.id ?? null };
  };
  if (key.orgNumber) {
    const byNumber = await db
      .selectFrom('organisations')
      .select('id')
      .where('org_number', '=', key.orgNumber)
      .executeTakeFirst();
    if (byNumber) return profileOf(byNumber.id);
  }
  const byName = await db
    .selectFrom('profiles as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['o.id as organisationId', 'p.id as profileId'])
    .where('p.mobilisation_id', '=', mobilisationId)
    .where(
      sql<string>`lower(regexp_replace(trim(o.name), '\\s+', ' ', 'g'))`,
      '=',
      key.name.trim().replace(/\s+/g, ' ').toLowerCase(),
    )
    .orderBy('o.created_at')
    .executeTakeFirst();
  return byName;
}

/** Adds an organisation that exists elsewhere on the platform to a mobilisation, with an empty profile. */
export async function addProfileForOrganisation(
  db: Db,
  mobilisationId: string,
  organisationId: string,
  emptyDraft: string,
): Promise<string> {
  const row = await db
    .insertInto('profiles')
    .values({ mobilisation_id: mobilisationId, organisation_id: organisationId, draft: emptyDraft })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
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
