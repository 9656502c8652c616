import {
  AppError,
  type Endorsement,
  type FieldError,
  type Initiative,
  type InitiativeState,
  type InitiativeStatus,
  type MatchReason,
} from '@kraftsamling/shared';
import { sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import type { InitiativeRow } from '../schema';
import { notFound, versionConflict } from './errors';

type OrgRef = Initiative['participants'][number]['organisation'];

export type InitiativeInput = {
  title: string;
  description: string;
  status: InitiativeStatus;
  goals: string[];
  period: { start: string | null; end: string | null };
  leadOrganisationId: string | null;
  participants: { organisationId: string; endorsement: Endorsement }[];
  links: { needs: string[]; offers: string[]; projects: string[] };
};

const orgRef = (r: { id: string; name: string; sector: string; county: string }): OrgRef => ({
  id: r.id,
  name: r.name,
  sector: r.sector as OrgRef['sector'],
  county: r.county,
});

async function loadDetails(db: Db, rows: InitiativeRow[]): Promise<Initiative[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [participants, links, leads] = await Promise.all([
    db
      .selectFrom('initiative_participants as ip')
      .innerJoin('organisations as o', 'o.id', 'ip.organisation_id')
      .select(['ip.initiative_id', 'ip.endorsement', 'o.id', 'o.name', 'o.sector', 'o.county'])
      .where('ip.initiative_id', 'in', ids)
      .execute(),
    db
      .selectFrom('initiative_links as l')
      .leftJoin('profile_items as i', 'i.id', 'l.item_id')
      .leftJoin('projects as j', 'j.id', 'l.item_id')
      .leftJoin('project_goal_links as g', 'g.project_id', 'j.id')
      .innerJoin('profiles as p', (join) =>
        join.on(sql<boolean>`p.id = coalesce(i.profile_id, j.profile_id)`),
      )
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select([
        'l.initiative_id',
        'l.kind',
        'l.item_id',
        sql<string>`coalesce(i.text, j.title)`.as('text'),
        sql<boolean>`coalesce(i.withdrawn_at, j.withdrawn_at) is not null`.as('withdrawn'),
        sql<
          string | null
        >`case when j.goal_codes is not null and cardinality(j.goal_codes) > 0 then j.goal_codes[1] else g.goal_code end`.as(
          'goal',
        ),
        'o.id',
        'o.name',
        'o.sector',
        'o.county',
      ])
      .where('l.initiative_id', 'in', ids)
      .execute(),
    db
      .selectFrom('organisations')
      .select(['id', 'name', 'sector', 'county'])
      .where(
        'id',
        'in',
        rows.map((r) => r.lead_organisation_id ?? '00000000-0000-0000-0000-000000000000'),
      )
      .execute(),
  ]);
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'sv');
  return rows.map((row) => {
    const own = links.filter((l) => l.initiative_id === row.id);
    const item = (l: (typeof own)[number]) => ({
      id: l.item_id,
      text: l.text,
      organisation: orgRef(l),
      withdrawn: l.withdrawn,
    });
    const lead = leads.find((o) => o.id === row.lead_organisation_id);
    return {
      id: row.id,
      mobilisationId: row.mobilisation_id,
      title: row.title,
      description: row.description,
      status: row.status,
      state: row.state,
      goals: row.goal_codes,
      period: { start: row.period_start, end: row.period_end },
      lead: lead ? orgRef(lead) : null,
      participants: participants
        .filter((p) => p.initiative_id === row.id)
        .map((p) => ({
          organisation: orgRef(p),
          endorsement: p.endorsement,
          lead: p.id === row.lead_organisation_id,
        }))
        .sort((a, b) => byName(a.organisation, b.organisation)),
      links: {
        needs: own.filter((l) => l.kind === 'need').map(item),
        offers: own.filter((l) => l.kind === 'offer').map(item),
        projects: own.filter((l) => l.kind === 'project').map((l) => ({ ...item(l), goal: l.goal })),
      },
      proposalReasons: Array.isArray(row.proposal_reasons) ? (row.proposal_reasons as MatchReason[]) : [],
      mergedInto: row.merged_into,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  });
}

export async function getInitiative(db: Db, id: string): Promise<Initiative> {
  const row = await db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('initiative');
  const [initiative] = await loadDetails(db, [row]);
  return initiative as Initiative;
}

export async function listInitiatives(
  db: Db,
  mobilisationId: string,
  filter: { state: InitiativeState; goal?: string | undefined; status?: InitiativeStatus | undefined },
): Promise<Initiative[]> {
  let query = db
    .selectFrom('initiatives')
    .selectAll()
    .where('mobilisation_id', '=', mobilisationId)
    .where('state', '=', filter.state);
  if (filter.goal) query = query.where(sql<boolean>`${filter.goal} = any(goal_codes)`);
  if (filter.status) query = query.where('status', '=', filter.status);
  return loadDetails(db, await query.orderBy('created_at').orderBy('id').execute());
}

/**
 * Participants must take part in the mobilisation, linked items must be its current needs, offers and
 * projects, and goals must be its own; everything wrong is reported at once, by field.
 */
async function validateInput(
  db: Db,
  mobilisationId: string,
  input: Partial<InitiativeInput>,
  prefix = 'body',
) {
  const fields: FieldError[] = [];
  if (input.participants?.length) {
    const ids = input.participants.map((p) => p.organisationId);
    const known = new Set(
      (
        await db
          .selectFrom('profiles')
          .select('organisation_id')
          .where('mobilisation_id', '=', mobilisationId)
          .where('organisation_id', 'in', ids)
          .execute()
      ).map((r) => r.organisation_id),
    );
    input.participants.forEach((p, i) => {
      if (!known.has(p.organisationId)) {
        fields.push({
          path: `${prefix}.participants.${i}.organisationId`,
          code: 'unknown_organisation',
          message: 'Not an organisation of this mobilisation',
        });
      }
    });
  }
  if (input.links) {
    for (const kind of ['needs', 'offers', 'projects'] as const) {
      const ids = input.links[kind];
      if (ids.length === 0) continue;
      const found =
        kind === 'projects'
          ? await db
              .selectFrom('projects as j')
              .innerJoin('profiles as p', 'p.id', 'j.profile_id')
              .select('j.id')
              .where('j.id', 'in', ids)
              .where('p.mobilisation_id', '=', mobilisationId)
              .execute()
          : await db
              .selectFrom('profile_items as i')
              .innerJoin('profiles as p', 'p.id', 'i.profile_id')
              .select('i.id')
              .where('i.id', 'in', ids)
              .where('i.kind', '=', kind === 'needs' ? 'need' : 'offer')
              .where('p.mobilisation_id', '=', mobilisationId)
              .execute();
      const known = new Set(found.map((r) => r.id));
      ids.forEach((id, i) => {
        if (!known.has(id)) {
          fields.push({
            path: `${prefix}.links.${kind}.${i}`,
            code: 'unknown_item',
            message: 'Not an item of this mobilisation',
          });
        }
      });
    }
  }
  if (input.goals?.length) {
    const known = new Set(
      (
        await db
          .selectFrom('mobilisation_goals')
          .select('code')
          .where('mobilisation_id', '=', mobilisationId)
          .execute()
      ).map((g) => g.code),
    );
    input.goals.forEach((code, i) => {
      if (!known.has(code))
        fields.push({
          path: `${prefix}.goals.${i}`,
          code: 'unknown_goal',
          message: `The mobilisation has no goal ${code}`,
        });
    });
  }
  if (fields.length > 0)
    throw new AppError('VALIDATION_FAILED', 'The initiative refers to things outside the mobilisation.', {
      fields,
    });
}

async function replaceParticipants(db: Db, id: string, participants: InitiativeInput['participants']) {
  await db.deleteFrom('initiative_participants').where('initiative_id', '=', id).execute();
  if (participants.length === 0) return;
  await db
    .insertInto('initiative_participants')
    .values(
      participants.map((p) => ({
        initiative_id: id,
        organisation_id: p.organisationId,
        endorsement: p.endorsement,
      })),
    )
    .execute();
}

async function replaceLinks(db: Db, id: string, links: InitiativeInput['links']) {
  await db.deleteFrom('initiative_links').where('initiative_id', '=', id).execute();
  const rows = [
    ...links.needs.map((item_id) => ({ initiative_id: id, kind: 'need' as const, item_id })),
    ...links.offers.map((item_id) => ({ initiative_id: id, kind: 'offer' as const, item_id })),
    ...links.projects.map((item_id) => ({ initiative_id: id, kind: 'project' as const, item_id })),
  ];
  if (rows.length > 0) await db.insertInto('initiative_links').values(rows).execute();
}

export type Actor = { id: string; name: string } | null;

/** Appends the initiative as it now is to its history. */
export async function recordInitiativeHistory(
  db: Db,
  id: string,
  action: string,
  actor: Actor,
): Promise<void> {
  const snapshot = await getInitiative(db, id);
  await db
    .insertInto('initiative_history')
    .values({
      initiative_id: id,
      version: snapshot.version,
      action,
      snapshot: JSON.stringify(snapshot),
      changed_by: actor?.id ?? null,
      changed_by_name: actor?.name ?? 'Kraftsamling',
    })
    .execute();
}

export async function listInitiativeHistory(db: Db, id: string) {
  const rows = await db
    .selectFrom('initiative_history')
    .selectAll()
    .where('initiative_id', '=', id)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    action: r.action,
    changedBy: r.changed_by_name,
    changedAt: r.changed_at.toISOString(),
    snapshot: r.snapshot as Initiative,
  }));
}

export async function insertInitiative(
  db: Db,
  mobilisationId: string,
  input: InitiativeInput,
  actor: Actor,
  proposal?: { key: string; reasons: MatchReason[] },
): Promise<string> {
  return withTransaction(db, async (trx) => {
    await validateInput(trx, mobilisationId, input);
    const row = await trx
      .insertInto('initiatives')
      .values({
        mobilisation_id: mobilisationId,
        title: input.title,
        description: input.description,
        status: input.status,
        state: proposal ? 'proposed' : 'listed',
        proposal_key: proposal?.key ?? null,
        proposal_reasons: JSON.stringify(proposal?.reasons ?? []),
        merged_into: null,
        period_start: input.period.start,
        period_end: input.period.end,
        lead_organisation_id: input.leadOrganisationId,
        goal_codes: input.goals,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceParticipants(trx, row.id, input.participants);
    await replaceLinks(trx, row.id, input.links);
    await recordInitiativeHistory(trx, row.id, proposal ? 'proposed' : 'created', actor);
    return row.id;
  });
}

async function lockInitiative(db: Db, id: string, expectedVersion: number) {
  const row = await db
    .selectFrom('initiatives')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('initiative');
  if (row.version !== expectedVersion) throw versionConflict('initiative', row.version);
  if (row.state === 'merged')
    throw new AppError('VALIDATION_FAILED', 'This initiative was merged into another.');
  return row;
}

export type InitiativePatch = Partial<InitiativeInput> & { state?: 'listed' | 'discarded' };

export async function updateInitiative(
  db: Db,
  id: string,
  expectedVersion: number,
  patch: InitiativePatch,
  actor: Actor,
) {
  await withTransaction(db, async (trx) => {
    const row = await lockInitiative(trx, id, expectedVersion);
    await validateInput(trx, row.mobilisation_id, patch);
    const participants = patch.participants;
    const lead = patch.leadOrganisationId !== undefined ? patch.leadOrganisationId : row.lead_organisation_id;
    if (lead && participants && !participants.some((p) => p.organisationId === lead)) {
      const message = 'The lead organisation must be one of the participants';
      throw new AppError('VALIDATION_FAILED', message, {
        fields: [{ path: 'body.leadOrganisationId', code: 'custom', message }],
      });
    }
    const period = patch.period;
    await trx
      .updateTable('initiatives')
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        ...(patch.goals !== undefined ? { goal_codes: patch.goals } : {}),
        ...(period ? { period_start: period.start, period_end: period.end } : {}),
        ...(patch.leadOrganisationId !== undefined ? { lead_organisation_id: patch.leadOrganisationId } : {}),
        ...(patch.state !== undefined ? { state: patch.state } : {}),
        version: row.version + 1,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
    if (participants) await replaceParticipants(trx, id, participants);
    if (patch.links) await replaceLinks(trx, id, patch.links);
    const action =
      patch.state === 'listed' ? 'accepted' : patch.state === 'discarded' ? 'discarded' : 'updated';
    await recordInitiativeHistory(trx, id, action, actor);
  });
}

/** A participant's own answer on the initiative: invited, endorsed in its own organisation, or declined. */
export async function setEndorsement(
  db: Db,
  id: string,
  organisationId: string,
  endorsement: Endorsement,
  actor: Actor,
) {
  await withTransaction(db, async (trx) => {
    const result = await trx
      .updateTable('initiative_participants')
      .set({ endorsement, updated_at: sql<Date>`now()` })
      .where('initiative_id', '=', id)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n)
      throw new AppError('NOT_FOUND', 'The organisation does not take part in this initiative.');
    await trx
      .updateTable('initiatives')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
      .where('id', '=', id)
      .execute();
    await recordInitiativeHistory(trx, id, `endorsement:${endorsement}`, actor);
  });
}

const endorsementRank: Record<Endorsement, number> = { avbojd: 0, inbjuden: 1, forankrad: 2 };

/** Folds `otherId` into `id`: participants, links and goals are united; the other is kept, marked merged. */
export async function mergeInitiatives(
  db: Db,
  id: string,
  version: number,
  otherId: string,
  otherVersion: number,
  actor: Actor,
): Promise<void> {
  if (id === otherId) throw new AppError('VALIDATION_FAILED', 'An initiative cannot be merged with itself.');
  await withTransaction(db, async (trx) => {
    const target = await lockInitiative(trx, id, version);
    const other = await lockInitiative(trx, otherId, otherVersion);
    if (other.mobilisation_id !== target.mobilisation_id) throw notFound('initiative');
    const [a, b] = await loadDetails(trx, [target, other]);
    if (!a || !b) throw notFound('initiative');
    const participants = new Map<string, Endorsement>();
    for (const p of [...a.participants, ...b.participants]) {
      const previous = participants.get(p.organisation.id);
      if (!previous || endorsementRank[p.endorsement] > endorsementRank[previous])
        participants.set(p.organisation.id, p.endorsement);
    }
    const union = (x: { id: string }[], y: { id: string }[]) => [...new Set([...x, ...y].map((i) => i.id))];
    await replaceParticipants(
      trx,
      id,
      [...participants].map(([organisationId, endorsement]) => ({ organisationId, endorsement })),
    );
    await replaceLinks(trx, id, {
      needs: union(a.links.needs, b.links.needs),
      offers: union(a.links.offers, b.links.offers),
      projects: union(a.links.projects, b.links.projects),
    });
    await trx
      .updateTable('initiatives')
      .set({
        goal_codes: [...new Set([...a.goals, ...b.goals])],
        lead_organisation_id: target.lead_organisation_id ?? other.lead_organisation_id,
        description: [a.description, b.description].filter(Boolean).join('\n\n').slice(0, 4000),
        version: target.version + 1,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .execute();
    await trx
      .updateTable('initiatives')
      .set({ state: 'merged', merged_into: id, version: other.version + 1, updated_at: sql<Date>`now()` })
      .where('id', '=', otherId)
      .execute();
    await recordInitiativeHistory(trx, id, `merged:${otherId}`, actor);
    await recordInitiativeHistory(trx, otherId, `merged-into:${id}`, actor);
  });
}

/** Moves some participants and links of an initiative into a new one; returns the new initiative's id. */
export async function splitInitiative(
  db: Db,
  id: string,
  version: number,
  part: { title: string; participants: string[]; links: InitiativeInput['links'] },
  actor: Actor,
): Promise<string> {
  return withTransaction(db, async (trx) => {
    const row = await lockInitiative(trx, id, version);
    const [current] = await loadDetails(trx, [row]);
    if (!current) throw notFound('initiative');
    const fields: FieldError[] = [];
    const has = (list: { id: string }[], itemId: string) => list.some((i) => i.id === itemId);
    part.participants.forEach((orgId, i) => {
      if (!current.participants.some((p) => p.organisation.id === orgId)) {
        fields.push({
          path: `body.participants.${i}`,
          code: 'not_in_initiative',
          message: 'Not a participant of this initiative',
        });
      }
    });
    for (const kind of ['needs', 'offers', 'projects'] as const) {
      part.links[kind].forEach((itemId, i) => {
        if (!has(current.links[kind], itemId)) {
          fields.push({
            path: `body.links.${kind}.${i}`,
            code: 'not_in_initiative',
            message: 'Not linked to this initiative',
          });
        }
      });
    }
    if (fields.length > 0)
      throw new AppError('VALIDATION_FAILED', 'Only what the initiative has can be split off.', { fields });
    const moving = new Set(part.participants);
    const moved = current.participants.filter((p) => moving.has(p.organisation.id));
    const stays = current.participants.filter((p) => !moving.has(p.organisation.id));
    const keep = (kind: 'needs' | 'offers' | 'projects') =>
      current.links[kind].map((i) => i.id).filter((itemId) => !part.links[kind].includes(itemId));
    const newLead = moved.some((p) => p.lead) ? (current.lead?.id ?? null) : null;
    const created = await trx
      .insertInto('initiatives')
      .values({
        mobilisation_id: row.mobilisation_id,
        title: part.title,
        description: '',
        status: row.status,
        state: 'listed',
        proposal_key: null,
        proposal_reasons: JSON.stringify([]),
        merged_into: null,
        period_start: row.period_start,
        period_end: row.period_end,
        lead_organisation_id: newLead,
        goal_codes: row.goal_codes,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replaceParticipants(
      trx,
      created.id,
      moved.map((p) => ({ organisationId: p.organisation.id, endorsement: p.endorsement })),
    );
    await replaceLinks(trx, created.id, part.links);
    await replaceParticipants(
      trx,
      id,
      stays.map((p) => ({ organisationId: p.organisation.id, endorsement: p.endorsement })),
    );
    await replaceLinks(trx, id, { needs: keep('needs'), offers: keep('offers'), projects: keep('projects') });
    await trx
      .updateTable('initiatives')
      .set({
        version: row.version + 1,
        updated_at: sql<Date>`now()`,
        ...(newLead ? { lead_organisation_id: null } : {}),
      })
      .where('id', '=', id)
      .execute();
    await recordInitiativeHistory(trx, id, `split:${created.id}`, actor);
    await recordInitiativeHistory(trx, created.id, `split-from:${id}`, actor);
    return created.id;
  });
}

/**
 * Writes a platform proposal under its key. A proposal already taken into the list, discarded or merged is
 * the coordinators' now and is left alone; a still-open proposal is refreshed.
 */
export async function upsertProposal(
  db: Db,
  mobilisationId: string,
  key: string,
  input: InitiativeInput,
  reasons: MatchReason[],
): Promise<'created' | 'updated' | 'kept'> {
  return withTransaction(db, async (trx) => {
    const existing = await trx
      .selectFrom('initiatives')
      .select(['id', 'state', 'version'])
      .where('mobilisation_id', '=', mobilisationId)
      .where('proposal_key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) {
      await insertInitiative(trx, mobilisationId, input, null, { key, reasons });
      return 'created';
    }
    if (existing.state !== 'proposed') return 'kept';
    const current = await getInitiative(trx, existing.id);
    const ids = (list: { id: string }[]) => list.map((i) => i.id).sort();
    const same =
      current.title === input.title &&
      current.description === input.description &&
      JSON.stringify(current.goals) === JSON.stringify(input.goals) &&
      (current.lead?.id ?? null) === input.leadOrganisationId &&
      JSON.stringify(current.participants.map((p) => p.organisation.id).sort()) ===
        JSON.stringify(input.participants.map((p) => p.organisationId).sort()) &&
      JSON.stringify([ids(current.links.needs), ids(current.links.offers), ids(current.links.projects)]) ===
        JSON.stringify([
          [...input.links.needs].sort(),
          [...input.links.offers].sort(),
          [...input.links.projects].sort(),
        ]) &&
      // jsonb does not keep key order, so reasons are compared field by field.
      JSON.stringify(current.proposalReasons.map((r) => [r.kind, r.sv, r.en])) ===
        JSON.stringify(reasons.map((r) => [r.kind, r.sv, r.en]));
    if (same) return 'kept';
    await trx
      .updateTable('initiatives')
      .set({
        title: input.title,
        description: input.description,
        goal_codes: input.goals,
        lead_organisation_id: input.leadOrganisationId,
        proposal_reasons: JSON.stringify(reasons),
        version: existing.version + 1,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', existing.id)
      .execute();
    await replaceParticipants(trx, existing.id, input.participants);
    await replaceLinks(trx, existing.id, input.links);
    await recordInitiativeHistory(trx, existing.id, 'proposal-refreshed', null);
    return 'updated';
  });
}

/** Which mobilisation an initiative belongs to (for access checks). */
export async function mobilisationOfInitiative(db: Db, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('initiatives')
    .select('mobilisation_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.mobilisation_id;
}
