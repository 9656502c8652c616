import { AppError, type DecisionValue } from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';

type OrganisationRef = { id: string; name: string; sector: string; county: string };
type Side = { id: string; text: string; profileId: string; organisation: OrganisationRef };

export type ReviewRow = {
  need: Side;
  offer: Side;
  score: number;
  suggested: boolean;
  concept: string | null;
  goal: string | null;
  reasons: unknown;
  decision: { decision: DecisionValue; note: string; decidedBy: string; decidedAt: Date } | null;
};

export type ReviewFilter = {
  state: 'open' | 'accepted' | 'rejected' | 'later' | 'all';
  goal?: string | undefined;
  concept?: string | undefined;
  county?: string | undefined;
  sector?: string | undefined;
  limit: number;
  offset: number;
};

/** The latest decision on each decided pair of a mobilisation (earlier ones are its history). */
export function latestDecisions(db: Db, mobilisationId: string) {
  return db
    .selectFrom('match_decisions')
    .selectAll()
    .distinctOn(['need_id', 'offer_id'])
    .where('mobilisation_id', '=', mobilisationId)
    .orderBy('need_id')
    .orderBy('offer_id')
    .orderBy('id', 'desc');
}

/**
 * The pairs coordinators review: every suggested match and every pair someone decided on, with the latest
 * decision. A rejection stands only while both texts are as they were when it was made; an edited text makes
 * the pair open again.
 */
export async function listReview(
  db: Db,
  mobilisationId: string,
  filter: ReviewFilter,
): Promise<{ items: ReviewRow[]; total: number }> {
  const effective = sql<string | null>`case
      when d.decision is null then null
      when d.decision = 'rejected' and (d.need_revision <> n.revision_number or d.offer_revision <> o.revision_number) then null
      else d.decision end`;
  let query = db
    .with('latest', () => latestDecisions(db, mobilisationId))
    .with('pairs', (qb) =>
      qb
        .selectFrom('matches')
        .select(['need_id', 'offer_id'])
        .where('mobilisation_id', '=', mobilisationId)
        .where('suggested', '=', true)
        .union(qb.selectFrom('latest').select(['need_id', 'offer_id'])),
    )
    .selectFrom('pairs as p')
    .innerJoin('profile_items as n', 'n.id', 'p.need_id')
    .innerJoin('profile_items as o', 'o.id', 'p.offer_id')
    .innerJoin('profiles as np', 'np.id', 'n.profile_id')
    .innerJoin('profiles as op', 'op.id', 'o.profile_id')
    .innerJoin('organisations as no', 'no.id', 'np.organisation_id')
    .innerJoin('organisations as oo', 'oo.id', 'op.organisation_id')
    .leftJoin('matches as m', (join) =>
      join.onRef('m.need_id', '=', 'p.need_id').onRef('m.offer_id', '=', 'p.offer_id'),
    )
    .leftJoin('latest as d', (join) =>
      join.onRef('d.need_id', '=', 'p.need_id').onRef('d.offer_id', '=', 'p.offer_id'),
    )
    .where('n.withdrawn_at', 'is', null)
    .where('o.withdrawn_at', 'is', null);
  if (filter.state === 'open') query = query.where(effective, 'is', null);
  else if (filter.state !== 'all') query = query.where(effective, '=', filter.state);
  if (filter.concept) query = query.where('m.concept', '=', filter.concept);
  if (filter.goal) query = query.where('m.goal_code', '=', filter.goal);
  if (filter.county) {
    const county = filter.county;
    query = query.where((eb) => eb.or([eb('no.county', '=', county), eb('oo.county', '=', county)]));
  }
  if (filter.sector) {
    const sector = filter.sector;
    query = query.where((eb) => eb.or([eb('no.sector', '=', sector), eb('oo.sector', '=', sector)]));
  }
  const [count, rows] = await Promise.all([
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    query
      .select([
        'n.id as need_id',
        'n.text as need_text',
        'np.id as need_profile_id',
        'no.id as need_org_id',
        'no.name as need_org_name',
        'no.sector as need_org_sector',
        'no.county as need_org_county',
        'o.id as offer_id',
        'o.text as offer_text',
        'op.id as offer_profile_id',
        'oo.id as offer_org_id',
        'oo.name as offer_org_name',
        'oo.sector as offer_org_sector',
        'oo.county as offer_org_county',
        'm.score',
        'm.suggested',
        'm.concept',
        'm.goal_code',
        'm.reasons',
        effective.as('decision'),
        'd.note',
        'd.decided_by_name',
        'd.decided_at',
      ])
      .orderBy(sql`coalesce(m.score, 0)`, 'desc')
      .orderBy('n.id')
      .orderBy('o.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return {
    total: count.n,
    items: rows.map((r) => ({
      need: {
        id: r.need_id,
        text: r.need_text,
        profileId: r.need_profile_id,
        organisation: {
          id: r.need_org_id,
          name: r.need_org_name,
          sector: r.need_org_sector,
          county: r.need_org_county,
        },
      },
      offer: {
        id: r.offer_id,
        text: r.offer_text,
        profileId: r.offer_profile_id,
        organisation: {
          id: r.offer_org_id,
          name: r.offer_org_name,
          sector: r.offer_org_sector,
          county: r.offer_org_county,
        },
      },
      score: r.score ?? 0,
      suggested: r.suggested ?? false,
      concept: r.concept ?? null,
      goal: r.goal_code ?? null,
      reasons: r.reasons ?? [],
      decision:
        r.decision && r.decided_at
          ? {
              decision: r.decision as DecisionValue,
              note: r.note ?? '',
              decidedBy: r.decided_by_name ?? '',
              decidedAt: r.decided_at,
            }
          : null,
    })),
  };
}

/** Appends a decision on a pair; both items must be current items of the mobilisation, on either side. */
export async function recordDecision(
  db: Db,
  decision: {
    mobilisationId: string;
    needId: string;
    offerId: string;
    decision: DecisionValue;
    note: string;
    decidedBy: { id: string; name: string } | null;
  },
): Promise<void> {
  const items = await db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .select(['i.id', 'i.kind', 'i.revision_number', 'i.profile_id'])
    .where('i.id', 'in', [decision.needId, decision.offerId])
    .where('p.mobilisation_id', '=', decision.mobilisationId)
    .where('i.withdrawn_at', 'is', null)
    .execute();
  const need = items.find((i) => i.id === decision.needId && i.kind === 'need');
  const offer = items.find((i) => i.id === decision.offerId && i.kind === 'offer');
  const fields = [
    ...(need
      ? []
      : [{ path: 'body.needId', code: 'unknown_need', message: 'No such need in this mobilisation' }]),
    ...(offer
      ? []
      : [{ path: 'body.offerId', code: 'unknown_offer', message: 'No such offer in this mobilisation' }]),
  ];
  if (!need || !offer)
    throw new AppError('VALIDATION_FAILED', 'The pair is not part of this mobilisation.', { fields });
  if (need.profile_id === offer.profile_id) {
    throw new AppError('VALIDATION_FAILED', 'A need and an offer of the same organisation are not a match.');
  }
  await db
    .insertInto('match_decisions')
    .values({
      mobilisation_id: decision.mobilisationId,
      need_id: decision.needId,
      offer_id: decision.offerId,
      decision: decision.decision,
      note: decision.note,
      need_revision: need.revision_number,
      offer_revision: offer.revision_number,
      decided_by: decision.decidedBy?.id ?? null,
      decided_by_name: decision.decidedBy?.name ?? 'system',
    })
    .execute();
}

/**
 * The decision that currently holds for each decided pair of the mobilisation. A rejection whose need or offer
 * text has changed since no longer holds.
 */
export async function listCurrentDecisions(
  db: Db,
  mobilisationId: string,
): Promise<{ needId: string; offerId: string; decision: DecisionValue }[]> {
  const rows = await db
    .selectFrom(latestDecisions(db, mobilisationId).as('d'))
    .innerJoin('profile_items as n', 'n.id', 'd.need_id')
    .innerJoin('profile_items as o', 'o.id', 'd.offer_id')
    .select([
      'd.need_id',
      'd.offer_id',
      'd.decision',
      'd.need_revision',
      'd.offer_revision',
      'n.revision_number as nr',
      'o.revision_number as orv',
    ])
    .where('n.withdrawn_at', 'is', null)
    .where('o.withdrawn_at', 'is', null)
    .execute();
  return rows
    .filter((r) => r.decision !== 'rejected' || (r.need_revision === r.nr && r.offer_revision === r.orv))
    .map((r) => ({ needId: r.need_id, offerId: r.offer_id, decision: r.decision }));
}
