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

export function auditEventFromRow(row: AuditEventRow): AuditEvent {
  return {
    id: row.id,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
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
  return { items: rows.map(auditEventFromRow), total: count.n };
}

export async function listAuditByActor(db: Db, userId: string): Promise<AuditEvent[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('actor_id', '=', userId)
    .orderBy('id')
    .execute();
  return rows.map(auditEventFromRow);
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
