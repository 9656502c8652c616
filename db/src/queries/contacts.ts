import type { Contact } from '@kraftsamling/shared';
import type { Db } from '../kysely';

export async function listContacts(db: Db, organisationId: string): Promise<Contact[]> {
  const rows = await db
    .selectFrom('organisation_contacts')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    email: r.email,
    phone: r.phone,
    title: r.title,
    mayContact: r.may_contact,
  }));
}

export async function replaceContacts(db: Db, organisationId: string, contacts: Contact[]): Promise<void> {
  await db.deleteFrom('organisation_contacts').where('organisation_id', '=', organisationId).execute();
  if (contacts.length === 0) return;
  await db
    .insertInto('organisation_contacts')
    .values(
      contacts.map((c, position) => ({
        organisation_id: organisationId,
        position,
        name: c.name,
        email: c.email,
        phone: c.phone,
        title: c.title,
        may_contact: c.mayContact,
      })),
    )
    .execute();
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
    contact: { name: r.name, email: r.email, phone: r.phone, title: r.title, mayContact: r.may_contact },
  }));
}

export async function deleteContactEntriesByEmail(db: Db, email: string): Promise<void> {
  await db.deleteFrom('organisation_contacts').where('email', '=', email.toLowerCase()).execute();
}
