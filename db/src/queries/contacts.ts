import type { Contact } from '@kraftsamling/shared';
import { type Selectable, sql } from 'kysely';
import type { Db } from '../kysely';
import type { OrganisationContactTable } from '../schema';

type ContactRow = Selectable<OrganisationContactTable>;

/** A contact person as the API has it, from its row. */
const contactFromRow = (
  r: Pick<ContactRow, 'name' | 'email' | 'phone' | 'title' | 'may_contact'>,
): Contact => ({
  name: r.name,
  email: r.email,
  phone: r.phone,
  title: r.title,
  mayContact: r.may_contact,
});

/** The row of an organisation's contact person at `position` (0 first). */
const contactToRow = (organisationId: string, position: number, c: Contact) => ({
  organisation_id: organisationId,
  position,
  name: c.name,
  email: c.email,
  phone: c.phone,
  title: c.title,
  may_contact: c.mayContact,
});

export async function listContacts(db: Db, organisationId: string): Promise<Contact[]> {
  const rows = await db
    .selectFrom('organisation_contacts')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('position')
    .execute();
  return rows.map(contactFromRow);
}

/** Stops contacting an organisation's contact persons at these addresses (any case); how many were changed. */
export async function stopContacting(db: Db, organisationId: string, emails: string[]): Promise<number> {
  if (emails.length === 0) return 0;
  const result = await db
    .updateTable('organisation_contacts')
    .set({ may_contact: false })
    .where('organisation_id', '=', organisationId)
    .where('may_contact', '=', true)
    .where(
      sql<string>`lower(trim(email))`,
      'in',
      emails.map((e) => e.trim().toLowerCase()),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function replaceContacts(db: Db, organisationId: string, contacts: Contact[]): Promise<void> {
  await db.deleteFrom('organisation_contacts').where('organisation_id', '=', organisationId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('organisation_contacts')
    .values(contacts.map((c, position) => contactToRow(organisationId, position, c)))
    .execute();
}

/** The contact persons of many organisations at once (an import), in their order. */
export async function listContactsOf(db: Db, organisationIds: string[]): Promise<Map<string, Contact[]>> {
  const byOrganisation = new Map<string, Contact[]>(organisationIds.map((id) => [id, []]));
  if (organisationIds.length === 0) return byOrganisation;
  const rows = await db
    .selectFrom('organisation_contacts')
    .selectAll()
    .where(sql<boolean>`organisation_id = any(${organisationIds}::uuid[])`)
    .orderBy('organisation_id')
    .orderBy('position')
    .execute();
  for (const r of rows) {
    byOrganisation.get(r.organisation_id)?.push(contactFromRow(r));
  }
  return byOrganisation;
}

/** Adds contact persons after an organisation's current ones (`position` is where each goes), in one statement. */
export async function addContacts(
  db: Db,
  contacts: { organisationId: string; position: number; contact: Contact }[],
): Promise<void> {
  for (let i = 0; i < contacts.length; i += 1000) {
    await db
      .insertInto('organisation_contacts')
      .values(
        contacts
          .slice(i, i + 1000)
          .map(({ organisationId, position, contact }) => contactToRow(organisationId, position, contact)),
      )
      .execute();
  }
}

/** A person's own entries as a contact, for their data export and for erasure. */
export async function listContactEntriesByEmail(db: Db, email: string) {
  const rows = await db
    .selectFrom('organisation_contacts as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select([
      'c.organisation_id',
      'o.name as organisation_name',
      'c.name',
      'c.email',
      'c.phone',
      'c.title',
      'c.may_contact',
    ])
    .where('c.email', '=', email.toLowerCase())
    .execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    contact: contactFromRow(r),
  }));
}

export async function deleteContactEntriesByEmail(db: Db, email: string): Promise<void> {
  await db.deleteFrom('organisation_contacts').where('email', '=', email.toLowerCase()).execute();
}
