import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // The title and description the platform wrote for a proposal, in Swedish and English, so that each person
  // reads them in their own language for as long as nobody has rewritten them.
  await db.schema.alterTable('initiatives').addColumn('generated_text', 'jsonb').execute();
  // A member's own page lists the initiatives its organisation takes part in: found from the organisation.
  await db.schema
    .createIndex('initiative_participants_organisation_idx')
    .on('initiative_participants')
    .column('organisation_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('initiative_participants_organisation_idx').execute();
  await db.schema.alterTable('initiatives').dropColumn('generated_text').execute();
}
