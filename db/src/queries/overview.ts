import { type InitiativeStatus, type Overview, overviewSchema } from '@kraftsamling/shared';
import { sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import { countClosedItems } from './lifecycle';
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

/**
 * The mobilisation's stored overview if nothing it shows has changed since it was built (decision 033): one
 * indexed row and an index probe for pending changes. Otherwise null, and `latestChange`, the newest change
 * the caller can see: a build that starts after it was read includes it.
 */
export async function readStoredOverview(
  db: Db,
  mobilisationId: string,
): Promise<{ overview: Overview | null; latestChange: number }> {
  const { rows } = await sql<{ format: number | null; summary: unknown; latest_change: number | null }>`
    select s.format, s.summary,
      (select max(c.id) from overview_changes c where c.mobilisation_id = ${mobilisationId}) as latest_change
    from (select 1) as one
    left join overview_summaries s on s.mobilisation_id = ${mobilisationId}`.execute(db);
  const row = rows[0];
  const latestChange = Number(row?.latest_change ?? 0);
  if (!row || row.format !== overviewFormat || row.latest_change !== null)
    return { overview: null, latestChange };
  const parsed = overviewSchema.safeParse(row.summary);
  return { overview: parsed.success ? parsed.data : null, latestChange };
}

/**
 * Builds the overview and stores it. The pending changes are taken first, in the transaction that stores
 * the result: a change committed while this builds keeps its row, so the stored overview is never taken for
 * newer than what it shows; two builds at once wait on each other's rows, never on a counter.
 */
export async function rebuildOverview(db: Db, mobilisationId: string): Promise<Overview> {
  return withTransaction(db, async (trx) => {
    await sql`delete from overview_changes where mobilisation_id = ${mobilisationId}`.execute(trx);
    const overview = await loadOverview(trx, mobilisationId);
    await sql`insert into overview_summaries (mobilisation_id, format, summary, built_at)
      values (${mobilisationId}, ${overviewFormat}, ${JSON.stringify(overview)}::jsonb, now())
      on conflict (mobilisation_id) do update
        set format = excluded.format, summary = excluded.summary, built_at = excluded.built_at`.execute(trx);
    return overview;
  });
}

/**
 * Records that the mobilisation's stored match lists changed (their writers call it: a trigger on every
 * stored pair would copy thousands of rows per statement for one row here).
 */
export async function overviewChanged(db: Db, mobilisationId: string): Promise<void> {
  await sql`select overview_changed(array[${mobilisationId}::uuid])`.execute(db);
}
