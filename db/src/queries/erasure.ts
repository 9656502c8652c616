import { sql } from 'kysely';
import type { Db } from '../kysely';
import { anonymiseAuditActor } from './audit';

/** How a deleted person is named where the record of what they did stays. */
export type ErasedPerson = { id: string; email: string; name: string };

const regexEscape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text as it appears inside a JSON string, so it can be found in jsonb read as text. */
const asInJson = (text: string) => JSON.stringify(text).slice(1, -1);

/**
 * Erases a person when their account is deleted (GDPR art. 17), in the caller's transaction. Their email goes
 * from everywhere it is stored; where what they did stays as the record of a public process (the audit log,
 * decisions on matches, initiative history, interests sent, answered and passed on) they are named `replacement` instead. Sessions,
 * memberships, password resets and notices go with the account. Attempt limits hold only hashes of their keys
 * and are pruned within the hour.
 *
 * A new table or column that can hold an email or a name belongs here: `tests/api/account-erasure.test.ts`
 * searches every text and JSON column of the schema for the person after this has run.
 */
export async function erasePerson(db: Db, person: ErasedPerson, replacement: string): Promise<void> {
  const email = person.email.toLowerCase();
  await anonymiseAuditActor(db, person.id, replacement);
  await db
    .updateTable('match_decisions')
    .set({ decided_by: null, decided_by_name: replacement })
    .where('decided_by', '=', person.id)
    .execute();
  await db
    .updateTable('initiative_history')
    .set({ changed_by: null, changed_by_name: replacement })
    .where('changed_by', '=', person.id)
    .execute();
  await db
    .updateTable('interests')
    .set({ created_by: null, created_by_name: replacement })
    .where('created_by', '=', person.id)
    .execute();
  await db
    .updateTable('interests')
    .set({ answered_by: null, answered_by_name: replacement })
    .where('answered_by', '=', person.id)
    .execute();
  await db
    .updateTable('interests')
    .set({ passed_on_by: null, passed_on_by_name: replacement })
    .where('passed_on_by', '=', person.id)
    .execute();
  // Events about the person (an invitation sent to them, say) keep their facts without the address.
  const inDetails = regexEscape(asInJson(email));
  await db
    .updateTable('audit_events')
    .set({
      details: sql<string>`regexp_replace(details::text, ${inDetails}, ${asInJson(replacement)}, 'gi')::jsonb`,
    })
    .where(sql<boolean>`details::text ilike ${`%${asInJson(email).replace(/[\\%_]/g, '\\$&')}%`}`)
    .execute();
  // Invitations they sent name them in the mails to the invited; those copies name the replacement now.
  const invited = db
    .selectFrom('invitations')
    .select(sql<string>`lower(email)`.as('email'))
    .where('invited_by', '=', person.id);
  if (person.name.trim().length > 0) {
    await db
      .updateTable('outbox')
      .set({
        subject: sql<string>`replace(subject, ${person.name}, ${replacement})`,
        body_text: sql<string>`replace(body_text, ${person.name}, ${replacement})`,
      })
      .where(sql<string>`lower(to_address)`, 'in', invited)
      .execute();
  }
  await db.deleteFrom('outbox').where(sql<string>`lower(to_address)`, '=', email).execute();
  await db
    .deleteFrom('invitations')
    .where((eb) => eb.or([eb(sql<string>`lower(email)`, '=', email), eb('accepted_by', '=', person.id)]))
    .execute();
  await db.deleteFrom('organisation_contacts').where(sql<string>`lower(email)`, '=', email).execute();
  await db.deleteFrom('users').where('id', '=', person.id).execute();
}

/**
 * Every table and column of the schema whose text (text, varchar, arrays of them, json, jsonb) contains `needle`,
 * case-insensitively, with how many rows. Read from the catalogue, so no table is forgotten; for checking that
 * an erasure left nothing behind.
 */
export async function findTextInEveryColumn(
  db: Db,
  needle: string,
): Promise<{ table: string; column: string; rows: number }[]> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.table_name, c.column_name
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
           or (c.data_type = 'ARRAY' and c.udt_name in ('_text', '_varchar')))
    order by c.table_name, c.column_name`.execute(db);
  const pattern = `%${needle.replace(/[\\%_]/g, '\\$&')}%`;
  const found: { table: string; column: string; rows: number }[] = [];
  for (const { table_name: table, column_name: column } of columns.rows) {
    const result = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(table)} where ${sql.ref(column)}::text ilike ${pattern}`.execute(
      db,
    );
    const rows = result.rows[0]?.n ?? 0;
    if (rows > 0) found.push({ table, column, rows });
  }
  return found;
}
