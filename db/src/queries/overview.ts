import { type InitiativeStatus, type Overview, overviewSchema } from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';
import { countClosedItems } from './lifecycle';
import { readStoredSummary, rebuildSummary } from './read-summaries';
import { latestDecisions } from './review';

type OrgRef = Overview['needs']['unmetItems'][number]['organisation'];

/**
 * Needs that nobody offers to meet (no suggested and no accepted match) and offers that no need uses: where a
 * mobilisation's coordinators should look first.
 */
async function unpaired(db: Db, mobilisationId: string, kind: 'need' | 'offer', limit: number) {
  const own = kind === 'need' ? 'need_id' : 'offer_id';
  const base = db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('p.submitted_version', 'is not', null)
    .where('i.kind', '=', kind)
    .where('i.withdrawn_at', 'is', null)
    // Met, withdrawn and lapsed items are counted apart (countClosedItems), not as unmet or unused.
    .where('i.state', '=', 'open');
  const lonely = base
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('matches as m')
            .select('m.need_id')
            .where(sql.ref(`m.${own}`), '=', eb.ref('i.id'))
            .where('m.suggested', '=', true),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('match_decisions as d')
            .select('d.id')
            .where(sql.ref(`d.${own}`), '=', eb.ref('i.id'))
            .where('d.decision', '=', 'accepted'),
        ),
      ),
    );
  const [total, lonelyCount, items] = await Promise.all([
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    lonely.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    lonely
      .select(['i.id', 'i.text', 'p.id as profile_id', 'o.id as org_id', 'o.name', 'o.sector', 'o.county'])
      .orderBy('o.name')
      .orderBy('i.position')
      .limit(limit)
      .execute(),
  ]);
  return {
    total: total.n,
    lonely: lonelyCount.n,
    items: items.map((r) => ({
      id: r.id,
      text: r.text,
      profileId: r.profile_id,
      organisation: { id: r.org_id, name: r.name, sector: r.sector as OrgRef['sector'], county: r.county },
    })),
  };
}

export async function loadOverview(db: Db, mobilisationId: string, listLimit = 50): Promise<Overview> {
  const [profiles, needs, offers, matches, decisions, byStatus, byGoal, proposed, closed] = await Promise.all(
    [
      db
        .selectFrom('profiles')
        .select([
          sql<number>`count(*)::int`.as('total'),
          sql<number>`count(*) filter (where submitted_version = draft_version)::int`.as('submitted'),
          sql<number>`count(*) filter (where submitted_version is not null and submitted_version <> draft_version)::int`.as(
            'changed',
          ),
          sql<number>`count(*) filter (where submitted_version is null and draft_version > 1)::int`.as(
            'draft',
          ),
          sql<number>`count(*) filter (where submitted_version is null and draft_version = 1)::int`.as(
            'empty',
          ),
        ])
        .where('mobilisation_id', '=', mobilisationId)
        .executeTakeFirstOrThrow(),
      unpaired(db, mobilisationId, 'need', listLimit),
      unpaired(db, mobilisationId, 'offer', listLimit),
      // Counted along matches_review_idx (suggested pairs only), not over every stored pair.
      db
        .selectFrom('matches')
        .select(sql<number>`count(*)::int`.as('suggested'))
        .where('mobilisation_id', '=', mobilisationId)
        .where('suggested', '=', true)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom(latestDecisions(db, mobilisationId).as('latest'))
        .select([
          sql<number>`count(*) filter (where decision = 'accepted')::int`.as('accepted'),
          sql<number>`count(*) filter (where decision = 'rejected')::int`.as('rejected'),
        ])
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('initiatives')
        .select(['status', sql<number>`count(*)::int`.as('n')])
        .where('mobilisation_id', '=', mobilisationId)
        .where('state', '=', 'listed')
        .groupBy('status')
        .execute(),
      db
        .selectFrom(
          sql<{ goal: string }>`(select unnest(goal_codes) as goal from initiatives
        where mobilisation_id = ${mobilisationId} and state = 'listed')`.as('g'),
        )
        .select(['g.goal', sql<number>`count(*)::int`.as('n')])
        .groupBy('g.goal')
        .orderBy('g.goal')
        .execute(),
      db
        .selectFrom('initiatives')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('mobilisation_id', '=', mobilisationId)
        .where('state', '=', 'proposed')
        .executeTakeFirstOrThrow(),
      countClosedItems(db, mobilisationId),
    ],
  );
  const statuses: InitiativeStatus[] = ['forslag', 'forankring', 'beslutad', 'pagaende', 'avslutad'];
  return {
    profiles,
    needs: { total: needs.total, unmet: needs.lonely, unmetItems: needs.items },
    offers: { total: offers.total, unused: offers.lonely, unusedItems: offers.items },
    matches: { suggested: matches.suggested, accepted: decisions.accepted, rejected: decisions.rejected },
    closed,
    initiatives: {
      total: byStatus.reduce((sum, r) => sum + r.n, 0),
      proposed: proposed.n,
      byStatus: statuses.map((status) => ({
        status,
        count: byStatus.find((r) => r.status === status)?.n ?? 0,
      })),
      byGoal: byGoal.map((r) => ({ goal: r.goal, count: r.n })),
    },
  };
}

/**
 * What the stored overview means; a summary stored in another format is built again. Raise it when the
 * meaning of a figure changes (a change of shape is caught by the schema check on reading).
 */
const overviewFormat = 1;

/** The stored overview if nothing it shows changed since (see readStoredSummary); null otherwise. */
export async function readStoredOverview(
  db: Db,
  mobilisationId: string,
): Promise<{ overview: Overview | null; latestChange: number }> {
  const { summary, latestChange } = await readStoredSummary(db, mobilisationId, 'overview', overviewFormat);
  const parsed = summary === null ? null : overviewSchema.safeParse(summary);
  return { overview: parsed?.success ? parsed.data : null, latestChange };
}

/** Builds the overview and stores it (see rebuildSummary). */
export function rebuildOverview(db: Db, mobilisationId: string): Promise<Overview> {
  return rebuildSummary(db, mobilisationId, 'overview', overviewFormat, (trx) =>
    loadOverview(trx, mobilisationId),
  );
}
