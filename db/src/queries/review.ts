import { AppError, type DecisionValue } from '@kraftsamling/shared';
import { sql } from 'kysely';
import type { Db } from '../kysely';
import { executePrepared } from '../prepared';
import { currentSummary, rebuildSummary } from './read-summaries';

type OrganisationRef = { id: string; name: string; sector: string; county: string };
type Side = { id: string; text: string; profileId: string; organisation: OrganisationRef };

export type ReviewRow = {
  need: Side;
  offer: Side;
  score: number;
  suggested: boolean;
  concept: string | null;
  goal: string | null;
  /** The engine's reasons as stored, as JSON text: phrasing them is kept per text (server/matching/present). */
  reasonsText: string | null;
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

type Raw = {
  need_id: string;
  need_text: string;
  need_profile_id: string;
  need_org_id: string;
  need_org_name: string;
  need_org_sector: string;
  need_org_county: string;
  offer_id: string;
  offer_text: string;
  offer_profile_id: string;
  offer_org_id: string;
  offer_org_name: string;
  offer_org_sector: string;
  offer_org_county: string;
  score: number | null;
  suggested: boolean | null;
  concept: string | null;
  goal_code: string | null;
  reasons: string | null;
  decision: string | null;
  note: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  kinds_version: number;
};

/** A row of `review_page`: a pair (its columns null in the one row of an empty page) and the stored size. */
type OpenQueueRaw = { [K in keyof Raw]: K extends 'need_id' ? string | null : Raw[K] } & {
  queue_format: number | null;
  queue_summary: unknown;
  queue_latest_change: string | number | null;
};

/** A page's pairs and their items, before the sides' profiles and organisations are joined to them. */
const pairColumns = sql`n.id as need_id, n.text as need_text, n.profile_id as need_profile_id,
  o.id as offer_id, o.text as offer_text, o.profile_id as offer_profile_id,
  m.score, m.suggested, m.concept, m.goal_code, m.reasons::text as reasons,
  eff.decision, d.note, d.decided_by_name, d.decided_at`;

/** The sides' organisations, joined (`no`, `oo`) for a count filtered by county or sector. */
const sides = sql`join profiles np on np.id = n.profile_id
  join profiles op on op.id = o.profile_id
  join organisations no on no.id = np.organisation_id
  join organisations oo on oo.id = op.organisation_id`;

/**
 * A side's organisation's county or sector. Where the sides are not joined (a page's walk, see listReview), a
 * subquery of its own, asked only of the pairs the walk reaches.
 */
const sideOrganisation = (side: 'n' | 'o', column: 'county' | 'sector', joined: boolean) =>
  joined
    ? sql.ref(`${side === 'n' ? 'no' : 'oo'}.${column}`)
    : sql`(select so.${sql.ref(column)} from profiles sp join organisations so on so.id = sp.organisation_id
        where sp.id = ${sql.ref(`${side}.profile_id`)})`;

/** Whether a filter asks about the sides' organisations. */
const byOrganisation = (filter: ReviewFilter) => Boolean(filter.county || filter.sector);

/** The decision that holds: a rejection lapses when either text changed since it was made. */
const effective = sql`cross join lateral (select case
    when d.decision is null then null
    when d.decision = 'rejected' and (d.need_revision <> n.revision_number or d.offer_revision <> o.revision_number) then null
    else d.decision end as decision) eff`;

/** The filter's conditions; `joined`: the sides' organisations are joined as `no` and `oo`. */
function conditions(filter: ReviewFilter, joined = false) {
  const where = [
    sql`n.withdrawn_at is null`,
    sql`o.withdrawn_at is null`,
    // A pair with a met, withdrawn or lapsed side leaves the queue; pairs already decided stay in the record.
    sql`(eff.decision is not null or (n.state = 'open' and o.state = 'open'))`,
  ];
  if (filter.state === 'open') where.push(sql`eff.decision is null`);
  else if (filter.state !== 'all') where.push(sql`eff.decision = ${filter.state}`);
  if (filter.concept) where.push(sql`m.concept = ${filter.concept}`);
  if (filter.goal) where.push(sql`m.goal_code = ${filter.goal}`);
  if (filter.county)
    where.push(
      sql`(${sideOrganisation('n', 'county', joined)} = ${filter.county} or ${sideOrganisation('o', 'county', joined)} = ${filter.county})`,
    );
  if (filter.sector)
    where.push(
      sql`(${sideOrganisation('n', 'sector', joined)} = ${filter.sector} or ${sideOrganisation('o', 'sector', joined)} = ${filter.sector})`,
    );
  return sql.join(where, sql` and `);
}

/** The stored size of the whole open queue as a read found it: null when out of date (decision 033). */
export type StoredQueueSize = { size: number | null; latestChange: number };

/**
 * The pairs coordinators review: every suggested match and every pair someone decided on, with the latest
 * decision. A rejection stands only while both texts are as they were when it was made; an edited text makes
 * the pair open again.
 *
 * Suggested pairs are read best first along matches_review_idx, each joined to its latest decision through
 * the pair index, and the walk stops at the page's end; the few decided pairs that are not suggested (any
 * more) are read apart and merged in by score. Nothing sorts the whole mobilisation (decision 018).
 *
 * The queue as it opens (open pairs, unfiltered) is `review_page`, a function that keeps one plan per
 * connection and reads the stored size of the queue with the page (decision 062); `queueSize` gets that stored
 * size (null when out of date) and gives the total (the caller shares rebuilds, decision 033). A filtered
 * queue, or any queue without `queueSize`, is the statement below, planned for its values, and counted.
 */
export async function listReview(
  db: Db,
  mobilisationId: string,
  filter: ReviewFilter,
  queueSize?: (stored: StoredQueueSize) => Promise<number>,
): Promise<{
  items: ReviewRow[];
  total: number;
  /** The mobilisation's kinds version its reasons' labels are taken from; null when the page is empty. */
  kindsVersion: number | null;
}> {
  if (queueSize && isWholeOpenQueue(filter)) {
    // Prepared (prepared.ts); the function keeps its own plan.
    const { rows } = await executePrepared(
      db,
      sql<OpenQueueRaw>`select * from review_page(${mobilisationId}, ${filter.offset}, ${filter.limit})`,
    );
    const first = rows[0];
    const total = await queueSize(first ? storedQueueSize(first) : { size: null, latestChange: 0 });
    const pairs = rows.filter((r): r is OpenQueueRaw & { need_id: string } => r.need_id !== null);
    return { total, kindsVersion: pairs[0]?.kinds_version ?? null, items: pairs.map(reviewRow) };
  }
  const wanted = filter.offset + filter.limit;
  const where = conditions(filter);
  const latestOfPair = sql`left join lateral (select x.decision, x.note, x.decided_by_name, x.decided_at,
      x.need_revision, x.offer_revision from match_decisions x
      where x.need_id = m.need_id and x.offer_id = m.offer_id order by x.id desc limit 1) d on true`;
  const decided = decidedPairs(mobilisationId);
  // One statement: the page's suggested pairs (walked along matches_review_idx) and its decided pairs that are
  // not suggested (few) are each found first, then merged by score, and only the page's rows are joined to
  // their sides' profiles and organisations. Joined into the walks themselves, the seven tables made the
  // planner weigh every join order on each request: about 100 ms of planning per page at any size, against
  // about 1 ms of execution.
  const pageQuery = sql<Raw>`with suggested as materialized (
      select ${pairColumns} from matches m
      join profile_items n on n.id = m.need_id
      join profile_items o on o.id = m.offer_id
      ${latestOfPair} ${effective}
      where m.mobilisation_id = ${mobilisationId} and m.suggested and ${where}
      order by m.score desc, m.need_id, m.offer_id
      limit ${wanted}
    ), others as materialized (
      select ${pairColumns} from ${decided} d
      join profile_items n on n.id = d.need_id
      join profile_items o on o.id = d.offer_id
      left join matches m on m.need_id = d.need_id and m.offer_id = d.offer_id
      ${effective}
      where m.suggested is not true and ${where}
      order by coalesce(m.score, 0) desc, n.id, o.id
      limit ${wanted}
    ), page as materialized (
      select * from (select * from suggested union all select * from others) pairs
      order by coalesce(score, 0) desc, need_id, offer_id
      offset ${filter.offset} limit ${filter.limit}
    )
    select p.*, no.id as need_org_id, no.name as need_org_name, no.sector as need_org_sector,
      no.county as need_org_county, oo.id as offer_org_id, oo.name as offer_org_name,
      oo.sector as offer_org_sector, oo.county as offer_org_county,
      -- Read here rather than in a statement of its own: one round trip less per page.
      coalesce((select f.kinds_version from mobilisation_fields f where f.mobilisation_id = ${mobilisationId}), 0)
        as kinds_version
    from page p
    join profiles np on np.id = p.need_profile_id
    join profiles op on op.id = p.offer_profile_id
    join organisations no on no.id = np.organisation_id
    join organisations oo on oo.id = op.organisation_id
    order by coalesce(p.score, 0) desc, p.need_id, p.offer_id`;
  const [{ rows }, total] = await Promise.all([
    // Prepared: planning it anew took longer than running it (prepared.ts).
    executePrepared(db, pageQuery),
    countReview(db, mobilisationId, filter, decided),
  ]);
  return { total, kindsVersion: rows[0]?.kinds_version ?? null, items: rows.map(reviewRow) };
}

const reviewRow = (r: Raw): ReviewRow => ({
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
  reasonsText: r.reasons,
  decision:
    r.decision && r.decided_at
      ? {
          decision: r.decision as DecisionValue,
          note: r.note ?? '',
          decidedBy: r.decided_by_name ?? '',
          decidedAt: r.decided_at,
        }
      : null,
});

/** The latest decision on each decided pair of the mobilisation, as a table `d`. */
const decidedPairs = (
  mobilisationId: string,
) => sql`(select distinct on (need_id, offer_id) * from match_decisions
    where mobilisation_id = ${mobilisationId} order by need_id, offer_id, id desc)`;

/** The queue as it opens: open pairs, whatever their goal, concept, county or sector. */
const isWholeOpenQueue = (filter: ReviewFilter) =>
  filter.state === 'open' && !filter.goal && !filter.concept && !filter.county && !filter.sector;

/**
 * The size of the whole open queue is stored (decision 033): counting it walks every suggested pair of the
 * mobilisation, while a page of it costs what the page holds. `review_page` reads it with the page.
 */
const reviewQueueFormat = 1;

function queueSizeOf(summary: unknown, latestChange: number): StoredQueueSize {
  const size = (summary as { open?: unknown } | null)?.open;
  return { size: typeof size === 'number' ? size : null, latestChange };
}

/** The stored size as `review_page` read it with the page. */
function storedQueueSize(row: OpenQueueRaw): StoredQueueSize {
  const { summary, latestChange } = currentSummary(
    { format: row.queue_format, summary: row.queue_summary, latest_change: row.queue_latest_change },
    reviewQueueFormat,
  );
  return queueSizeOf(summary, latestChange);
}

/** Counts the whole open queue and stores the size (see rebuildSummary). */
export async function rebuildReviewQueueSize(db: Db, mobilisationId: string): Promise<number> {
  const filter: ReviewFilter = { state: 'open', limit: 1, offset: 0 };
  const stored = await rebuildSummary(db, mobilisationId, 'review-queue', reviewQueueFormat, async (trx) => ({
    open: await countReview(trx, mobilisationId, filter, decidedPairs(mobilisationId)),
  }));
  return stored.open;
}

/**
 * How many pairs the filter holds. Unfiltered by county and sector (the queue as it opens), the suggested
 * pairs are counted along the index alone, then corrected by the decided pairs, which are few: those whose
 * decision takes a suggested pair out of the state asked for, and decided pairs that are not suggested.
 * Pairs of withdrawn items are counted until the re-match their withdrawal queued prunes them (moments).
 * With a county or sector, the pairs are counted with their organisations.
 */
async function countReview(
  db: Db,
  mobilisationId: string,
  filter: ReviewFilter,
  decided: ReturnType<typeof sql>,
): Promise<number> {
  // A count reads every pair of the filter: the organisations are joined once rather than looked up per pair.
  const joined = byOrganisation(filter);
  const where = conditions(filter, joined);
  const organisations = joined ? sides : sql``;
  const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
    (await query.execute(db)).rows[0]?.n ?? 0;
  const decidedOthers = sql<{ n: number }>`select count(*)::int as n from ${decided} d
    join profile_items n on n.id = d.need_id
    join profile_items o on o.id = d.offer_id
    ${organisations}
    left join matches m on m.need_id = d.need_id and m.offer_id = d.offer_id
    ${effective}
    where m.suggested is not true and ${where}`;
  if (filter.county || filter.sector || filter.state !== 'open') {
    // Few pairs carry a decision: counting those among the suggested ones walks the decisions, not the pairs.
    const decidedSuggested =
      filter.state === 'open'
        ? null
        : sql<{ n: number }>`select count(*)::int as n from ${decided} d
            join matches m on m.need_id = d.need_id and m.offer_id = d.offer_id and m.suggested
            join profile_items n on n.id = d.need_id
            join profile_items o on o.id = d.offer_id
            ${organisations} ${effective}
            where ${where}`;
    if (filter.state !== 'all' && decidedSuggested) {
      const [a, b] = await Promise.all([count(decidedSuggested), count(decidedOthers)]);
      return a + b;
    }
    const all = sql<{ n: number }>`select count(*)::int as n from matches m
      join profile_items n on n.id = m.need_id
      join profile_items o on o.id = m.offer_id
      ${organisations}
      left join lateral (select x.decision, x.need_revision, x.offer_revision from match_decisions x
        where x.need_id = m.need_id and x.offer_id = m.offer_id order by x.id desc limit 1) d on true
      ${effective}
      where m.mobilisation_id = ${mobilisationId} and m.suggested and ${where}`;
    const [a, b] = await Promise.all([count(all), count(decidedOthers)]);
    return a + b;
  }
  // The open queue, unfiltered by place and sector: suggested pairs minus those a decision closes.
  const concept = filter.concept ? sql`and m.concept = ${filter.concept}` : sql``;
  const goal = filter.goal ? sql`and m.goal_code = ${filter.goal}` : sql``;
  const suggested = sql<{ n: number }>`select count(*)::int as n from matches m
    where m.mobilisation_id = ${mobilisationId} and m.suggested ${concept} ${goal}`;
  const closed = sql<{ n: number }>`select count(*)::int as n from ${decided} d
    join matches m on m.need_id = d.need_id and m.offer_id = d.offer_id and m.suggested
    join profile_items n on n.id = d.need_id
    join profile_items o on o.id = d.offer_id
    ${effective}
    where eff.decision is not null ${concept} ${goal}`;
  const [a, b, c] = await Promise.all([count(suggested), count(closed), count(decidedOthers)]);
  return a - b + c;
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
 * The decision that currently holds for each decided pair of the mobilisation whose items are not withdrawn. A
 * rejection whose need or offer text has changed since no longer holds. One query, so the map's links
 * (`mapLinks`) and the initiative proposals read the same rule.
 */
export function currentDecisions(db: Db, mobilisationId: string) {
  return db
    .selectFrom(latestDecisions(db, mobilisationId).as('d'))
    .innerJoin('profile_items as n', 'n.id', 'd.need_id')
    .innerJoin('profile_items as o', 'o.id', 'd.offer_id')
    .select(['d.need_id', 'd.offer_id', 'd.decision'])
    .where('n.withdrawn_at', 'is', null)
    .where('o.withdrawn_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('d.decision', '<>', 'rejected'),
        eb.and([
          eb('d.need_revision', '=', eb.ref('n.revision_number')),
          eb('d.offer_revision', '=', eb.ref('o.revision_number')),
        ]),
      ]),
    );
}

export async function listCurrentDecisions(
  db: Db,
  mobilisationId: string,
): Promise<{ needId: string; offerId: string; decision: DecisionValue }[]> {
  const rows = await currentDecisions(db, mobilisationId).execute();
  return rows.map((r) => ({ needId: r.need_id, offerId: r.offer_id, decision: r.decision }));
}
