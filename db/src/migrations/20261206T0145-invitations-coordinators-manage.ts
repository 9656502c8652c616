import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // Coordinators follow and manage their invitations: whether the link was opened, and revoking one.
  await db.schema
    .alterTable('invitations')
    .addColumn('opened_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  // A mobilisation's coordinators read the mail sent on its behalf (invitations, interests); mail of no
  // mobilisation (password resets) stays for platform administrators.
  await db.schema
    .alterTable('outbox')
    .addColumn('mobilisation_id', 'uuid', (c) => c.references('mobilisations.id').onDelete('set null'))
    .execute();
  await sql`create index outbox_mobilisation_idx on outbox (mobilisation_id, created_at) where mobilisation_id is not null`.execute(
    db,
  );
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('mobilisation_id').execute();
  await db.schema.alterTable('invitations').dropColumn('opened_at').dropColumn('revoked_at').execute();
}
