import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never see the app's types
export async function up(db: Kysely<any>): Promise<void> {
  // One interest per sender, receiver and pair of items: a key fixed when the interest is written (the item
  // columns are set to null when an item goes, which must not make two interests collide), unique per
  // mobilisation so that interests sent at once from several instances cannot both be stored.
  await db.schema.alterTable('interests').addColumn('dedupe_key', 'text').execute();
  // Earlier repeats keep a null key: the first of each kind holds it, the rest stay as they were.
  await sql`
    update interests i set dedupe_key = concat_ws(':', i.from_organisation_id, i.to_organisation_id,
      coalesce(i.item_id::text, '-'), coalesce(i.counterpart_item_id::text, '-'))
    where i.id in (
      select distinct on (mobilisation_id, from_organisation_id, to_organisation_id, item_id, counterpart_item_id) id
      from interests
      order by mobilisation_id, from_organisation_id, to_organisation_id, item_id, counterpart_item_id, created_at, id
    )`.execute(db);
  await db.schema
    .createIndex('interests_dedupe_key')
    .on('interests')
    .columns(['mobilisation_id', 'dedupe_key'])
    .unique()
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('interests_dedupe_key').execute();
  await db.schema.alterTable('interests').dropColumn('dedupe_key').execute();
}
