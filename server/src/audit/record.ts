import { type Db, recordAudit } from '@kraftsamling/db';

/**
 * Who acts: a request, or a job acting for the person who asked for it (a large import). Only who is signed
 * in and which mobilisations the resource belongs to are read.
 */
export type Acting = {
  viewer: { user: { id: string; name: string } | null };
  scope?: { mobilisations: { id: string }[] } | undefined;
};

export type AuditFact = {
  action: string;
  entityType: string;
  entityId: string;
  details?: Record<string, unknown>;
  /** Defaults to the mobilisations the request's resource belongs to. */
  mobilisationIds?: string[];
  /** Defaults to the signed-in person (someone who just joined is not signed in yet). */
  actor?: { id: string; name: string };
};

/**
 * Records who did what, in the transaction of the change itself. An organisation taking part in several
 * mobilisations appears in each one's log.
 */
export async function audit(db: Db, request: Acting, fact: AuditFact): Promise<void> {
  const user = fact.actor ?? request.viewer.user;
  const mobilisationIds = fact.mobilisationIds ?? request.scope?.mobilisations.map((m) => m.id) ?? [];
  for (const mobilisationId of mobilisationIds.length > 0 ? mobilisationIds : [null]) {
    await recordAudit(db, {
      mobilisationId,
      actor: user ? { id: user.id, name: user.name } : null,
      action: fact.action,
      entityType: fact.entityType,
      entityId: fact.entityId,
      ...(fact.details ? { details: fact.details } : {}),
    });
  }
}
