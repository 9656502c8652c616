import type { AuditEvent } from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';
import type { AuditEventRow } from '../schema';

export type AuditEntry = {
  mobilisationId: string | null;
  actor: { id: string; name: string } | null;
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
};

/** Written in the same transaction as the change it describes, so the log never misses or invents one. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      mobilisation_id: entry.mobilisationId,
      actor_id: entry.actor?.id ?? null,
      actor_name: entry.actor?.name ?? 'system',
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

type EntityLabel = { name: string | null; profileId: string | null };

export function auditEventFromRow(
  row: AuditEventRow,
  label: EntityLabel = { name: null, profileId: null },
): AuditEvent {
  return {
    id: row.id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    entityName: label.name,
    profileId: label.profileId,
    actorName: row.actor_name,
    details: row.details,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listAudit(
  db: Db,
  mobilisationId: string,
  filter: { entityType?: string | undefined; entityId?: string | undefined; limit: number; offset: number },
): Promise<{ items: AuditEvent[]; total: number }> {
  let query = db.selectFrom('audit_events').where('mobilisation_id', '=', mobilisationId);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute(),
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  const labels = await labelEntities(db, rows, mobilisationId);
  return {
    items: rows.map((r) => auditEventFromRow(r, labels.get(`${r.entity_type}:${r.entity_id}`))),
    total: count.n,
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What each event's entity is called now, and the profile page to look at for organisation and profile events,
 * fetched in one query per kind of entity.
 */
async function labelEntities(
  db: Db,
  rows: AuditEventRow[],
  mobilisationId: string,
): Promise<Map<string, EntityLabel>> {
  const ids = (type: string) =>
    [...new Set(rows.filter((r) => r.entity_type === type).map((r) => r.entity_id))].filter((id) =>
      uuidPattern.test(id),
    );
  const labels = new Map<string, EntityLabel>();
  const profiles = ids('profile');
  const organisations = ids('organisation');
  const initiatives = ids('initiative');
  const [byProfile, byOrganisation, byInitiative] = await Promise.all([
    profiles.length
      ? db
          .selectFrom('profiles as p')
          .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
          .select(['p.id', 'o.name'])
          .where('p.id', 'in', profiles)
          .execute()
      : [],
    organisations.length
      ? db
          .selectFrom('organisations as o')
          .leftJoin('profiles as p', (join) =>
            join.onRef('p.organisation_id', '=', 'o.id').on('p.mobilisation_id', '=', mobilisationId),
          )
          .select(['o.id', 'o.name', 'p.id as profile_id'])
          .where('o.id', 'in', organisations)
          .execute()
      : [],
    initiatives.length
      ? db.selectFrom('initiatives').select(['id', 'title']).where('id', 'in', initiatives).execute()
      : [],
  ]);
  for (const r of byProfile) labels.set(`profile:${r.id}`, { name: r.name, profileId: r.id });
  for (const r of byOrganisation)
    labels.set(`organisation:${r.id}`, { name: r.name, profileId: r.profile_id });
  for (const r of byInitiative) labels.set(`initiative:${r.id}`, { name: r.title, profileId: null });
  return labels;
}

export async function listAuditByActor(db: Db, userId: string): Promise<AuditEvent[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('actor_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map((r) => auditEventFromRow(r));
}

/**
 * When an account is deleted its events stay (they are the record of a public process) but no longer name
 * the person.
 */
export async function anonymiseAuditActor(db: Db, userId: string, replacement: string): Promise<void> {
  await db
    .updateTable('audit_events')
    .set({ actor_id: null, actor_name: replacement })
    .where('actor_id', '=', userId)
    .execute();
}
