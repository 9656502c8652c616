import { sql } from 'kysely';
import { CopyRows, copyRows } from '../copy';
import { type Db, withTransaction } from '../kysely';
import {
  type EncodedPairColumns,
  type EncodedPairRows,
  emptyPairColumns,
  encodePairColumns,
  pairKey,
  pairRowColumns,
} from '../pair-columns';
import { executePrepared } from '../prepared';
import { matchesChanged } from './read-summaries';

export type MatchableItem = {
  id: string;
  text: string;
  themes: string[];
  targetGroups: string[];
  /** The mobilisation's kind the organisation tagged the item with. */
  supportKind: string | null;
};

export type MatchableProfile = {
  profileId: string;
  organisationId: string;
  county: string;
  municipality: string | null;
  sector: string;
  /**
   * Latest submitted revision plus the count of its items' state changes: the matcher re-reads a profile only
   * when this moves (both only grow, so the sum moves whenever either does).
   */
  revision: number;
  needs: MatchableItem[];
  offers: MatchableItem[];
};

/** Submitted profiles of a mobilisation (or some of them) with their current needs and offers, in order. */
export async function loadMatchableProfiles(
  db: Db,
  mobilisationId: string,
  onlyProfileIds?: string[],
): Promise<MatchableProfile[]> {
  if (onlyProfileIds && onlyProfileIds.length === 0) return [];
  let profiles = db
    .selectFrom('profiles as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['p.id', 'p.organisation_id', 'o.county', 'o.municipality', 'o.sector'])
    .select((eb) =>
      eb
        .selectFrom('profile_revisions as r')
        .whereRef('r.profile_id', '=', 'p.id')
        .select(sql<number>`max(r.number) + p.item_states_version`.as('n'))
        .as('revision'),
    )
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('p.submitted_version', 'is not', null);
  // The ids as one array parameter, not a list of as many: the statement's text is then the same for any
  // number of profiles, so it is prepared (prepared.ts) — one profile for every submission, a thousand for
  // every batch of a whole run, which PostgreSQL parsed and planned with a thousand parameters each time.
  if (onlyProfileIds) profiles = profiles.where(sql<boolean>`p.id = any(${onlyProfileIds}::uuid[])`);
  const rows = onlyProfileIds
    ? (await executePrepared(db, profiles.orderBy('p.id'))).rows
    : await profiles.orderBy('p.id').execute();
  if (rows.length === 0) return [];
  const byProfile = new Map<string, MatchableProfile>(
    rows.map((r) => [
      r.id,
      {
        profileId: r.id,
        organisationId: r.organisation_id,
        county: r.county,
        municipality: r.municipality,
        sector: r.sector,
        revision: r.revision ?? 0,
        needs: [],
        offers: [],
      },
    ]),
  );
  let items = db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .select(['i.id', 'i.profile_id', 'i.kind', 'i.text', 'i.themes', 'i.target_groups', 'i.support_kind'])
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('i.withdrawn_at', 'is', null)
    // Met, withdrawn and lapsed items are not offered to the engine at all.
    .where('i.state', '=', 'open');
  if (onlyProfileIds) items = items.where(sql<boolean>`i.profile_id = any(${onlyProfileIds}::uuid[])`);
  const ordered = items.orderBy('i.profile_id').orderBy('i.kind').orderBy('i.position');
  for (const item of onlyProfileIds ? (await executePrepared(db, ordered)).rows : await ordered.execute()) {
    const profile = byProfile.get(item.profile_id);
    if (!profile) continue;
    const entry = {
      id: item.id,
      text: item.text,
      themes: item.themes,
      targetGroups: item.target_groups,
      supportKind: item.support_kind,
    };
    (item.kind === 'need' ? profile.needs : profile.offers).push(entry);
  }
  return [...byProfile.values()];
}

/**
 * Revision of every submitted profile of the mobilisation (as `MatchableProfile.revision` counts it, item
 * state changes included): cheap to read, tells which cached profiles moved.
 */
export async function loadProfileRevisions(db: Db, mobilisationId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('profile_revisions as r')
    .innerJoin('profiles as p', 'p.id', 'r.profile_id')
    .select(['r.profile_id', sql<number>`max(r.number) + p.item_states_version`.as('n')])
    .where('p.mobilisation_id', '=', mobilisationId)
    .groupBy(['r.profile_id', 'p.item_states_version'])
    .execute();
  return new Map(rows.map((r) => [r.profile_id, r.n]));
}

export type RankedPair = {
  otherId: string;
  score: number;
  suggested: boolean;
  reasons: unknown;
  /** The concept the pair is about, and the overall goal it serves (for filtering the review queue). */
  concept: string | null;
  goal: string | null;
};

/**
 * Stores ranked lists of some needs and offers (in the caller's transaction, if any). A pair is kept while it
 * is in the need's list (need_rank) or the offer's list (offer_rank); re-ranking an item clears its side's
 * ranks first, and its pairs left with neither rank go. `lists` maps each item to its new list, best first.
 * Both sides in one set of statements (a pair in both lists is one row with both ranks): a submission's lists
 * are written while its organisation waits for them, and each statement is a round trip. Bulk statements over
 * arrays, and only the rows of these items are touched, however large the mobilisation.
 */
export async function writeRankings(
  db: Db,
  mobilisationId: string,
  engineVersion: string,
  lists: { needs: Map<string, RankedPair[]>; offers: Map<string, RankedPair[]> },
): Promise<void> {
  if (lists.needs.size === 0 && lists.offers.size === 0) return;
  const needIds = [...lists.needs.keys()];
  const offerIds = [...lists.offers.keys()];
  const pairs = emptyPairColumns();
  const positions = new Map<string, number>();
  const add = (
    needId: string,
    offerId: string,
    pair: RankedPair,
    needRank: number | null,
    offerRank: number | null,
  ) => {
    const key = pairKey(needId, offerId);
    const at = positions.get(key);
    if (at !== undefined) {
      if (needRank !== null) pairs.needRanks[at] = needRank;
      if (offerRank !== null) pairs.offerRanks[at] = offerRank;
      return;
    }
    positions.set(key, pairs.needIds.length);
    pairs.needIds.push(needId);
    pairs.offerIds.push(offerId);
    pairs.scores.push(pair.score);
    pairs.suggested.push(pair.suggested);
    pairs.needRanks.push(needRank);
    pairs.offerRanks.push(offerRank);
    pairs.reasons.push(JSON.stringify(pair.reasons));
    pairs.concepts.push(pair.concept);
    pairs.goals.push(pair.goal);
    // The pair's other rank may not be known here: no signature (the trigger clears the stored one on update).
    pairs.signatures.push(null);
  };
  for (const [id, list] of lists.needs) {
    for (const [i, pair] of list.entries()) add(id, pair.otherId, pair, i + 1, null);
  }
  for (const [id, list] of lists.offers) {
    for (const [i, pair] of list.entries()) add(pair.otherId, id, pair, null, i + 1);
  }
  const touched = sql`need_id = any(${needIds}::uuid[]) or offer_id = any(${offerIds}::uuid[])`;
  await withTransaction(db, async (trx) => {
    await sql`update matches set
        need_rank = case when need_id = any(${needIds}::uuid[]) then null else need_rank end,
        offer_rank = case when offer_id = any(${offerIds}::uuid[]) then null else offer_rank end
      where ${touched}`.execute(trx);
    if (pairs.needIds.length > 0) {
      // A rank the written lists do not give is the stored one: it belongs to an item not re-ranked here (the
      // ranks of those that are were cleared above).
      await sql`insert into matches (mobilisation_id, need_id, offer_id, score, suggested, need_rank, offer_rank,
          reasons, engine_version, concept, goal_code)
        select ${mobilisationId}::uuid, p.need_id, p.offer_id, p.score, p.suggested, p.need_rank, p.offer_rank,
          p.reasons, ${engineVersion}, p.concept, p.goal_code
        from ${unnestPairs(encodePairColumns(pairs))}
        on conflict (need_id, offer_id, mobilisation_id) do update set
          score = excluded.score, suggested = excluded.suggested, reasons = excluded.reasons,
          engine_version = excluded.engine_version, concept = excluded.concept, goal_code = excluded.goal_code,
          computed_at = now(), need_rank = coalesce(excluded.need_rank, matches.need_rank),
          offer_rank = coalesce(excluded.offer_rank, matches.offer_rank)`.execute(trx);
    }
    await sql`delete from matches where (${touched}) and need_rank is null and offer_rank is null`.execute(
      trx,
    );
    await matchesChanged(trx, mobilisationId);
  });
}

/**
 * The pairs as a table `p` with one parameter per column (an array, the reasons a JSON array): one statement,
 * however many rows. The columns are read side by side (`rows from`), as `unnest` with many arrays is.
 */
function unnestPairs(pairs: EncodedPairColumns) {
  return sql`rows from (unnest(${pairs.needIds}::uuid[]), unnest(${pairs.offerIds}::uuid[]),
    unnest(${pairs.scores}::real[]), unnest(${pairs.suggested}::boolean[]), unnest(${pairs.needRanks}::integer[]),
    unnest(${pairs.offerRanks}::integer[]), json_array_elements_text(${pairs.reasons}::json),
    unnest(${pairs.concepts}::text[]), unnest(${pairs.goals}::text[]), unnest(${pairs.signatures}::bigint[]))
    as p(need_id, offer_id, score, suggested, need_rank, offer_rank, reasons, concept, goal_code, signature)`;
}

/** Forgets what an earlier, unfinished whole-mobilisation run left in the staging table. */
export async function clearStagedMatches(db: Db, mobilisationId: string): Promise<void> {
  await db.deleteFrom('match_staging').where('mobilisation_id', '=', mobilisationId).execute();
}

/**
 * The mobilisation's stored pairs with their signatures (decision 044), as one text for the matching thread
 * (`parseStoredSignatures`): each pair's need and offer ids and its signature, if any, comma-separated.
 */
export async function storedMatchSignatures(db: Db, mobilisationId: string): Promise<string> {
  const { rows } = await sql<{ stored: string | null }>`select string_agg(
      need_id::text || offer_id::text || coalesce(signature::text, ''), ',') as stored
    from matches where mobilisation_id = ${mobilisationId}`.execute(db);
  return rows[0]?.stored ?? '';
}

/** A COPY of pairs encoded by `encodePairRows` into `table`. */
const copyPairs = (table: string, withVersion: boolean) =>
  sql`copy ${sql.table(table)} (${sql.join(pairRowColumns(withVersion).map((c) => sql.ref(c)))}) from stdin`;

/**
 * Adds a batch of a whole-mobilisation run's changed pairs (`encodePairRows` without the engine version, for
 * this mobilisation) to the staging table (invisible to readers).
 */
export async function stageMatches(db: Db, pairs: EncodedPairRows): Promise<void> {
  if (pairs.count === 0) return;
  await copyRows(db, copyPairs('match_staging', false), new CopyRows(pairs.bytes));
}

/** Stored pairs a whole run no longer lists: their need ids and offer ids as array literals. */
export type GonePairs = { count: number; needIds: string; offerIds: string };

/**
 * Makes a whole run's lists the stored ones in one transaction, so readers see the old lists until the new
 * ones are complete, and a run that dies before this leaves the old lists in place. The run staged only the
 * pairs that are new or changed (decision 044): those are upserted, the pairs it no longer lists (`gone`)
 * deleted, and the rest stay as they are.
 */
export async function replaceMatchesWithStaged(
  db: Db,
  mobilisationId: string,
  engineVersion: string,
  gone: GonePairs,
): Promise<{ changed: number }> {
  return withTransaction(db, async (trx) => {
    const deleted =
      gone.count === 0
        ? { numAffectedRows: 0n }
        : await sql`delete from matches m
            using unnest(${gone.needIds}::uuid[], ${gone.offerIds}::uuid[]) as g(need_id, offer_id)
            where m.need_id = g.need_id and m.offer_id = g.offer_id
              and m.mobilisation_id = ${mobilisationId}`.execute(trx);
    const written =
      await sql`insert into matches (mobilisation_id, need_id, offer_id, score, suggested, need_rank, offer_rank,
        reasons, engine_version, concept, goal_code, signature)
      select s.mobilisation_id, s.need_id, s.offer_id, s.score, s.suggested, s.need_rank, s.offer_rank,
        s.reasons, ${engineVersion}, s.concept, s.goal_code, s.signature
      from match_staging s where s.mobilisation_id = ${mobilisationId}
      -- In key order: the primary key's pages are then filled one after another, not at random.
      order by s.need_id, s.offer_id
      on conflict (need_id, offer_id, mobilisation_id) do update set
        score = excluded.score, suggested = excluded.suggested, need_rank = excluded.need_rank,
        offer_rank = excluded.offer_rank, reasons = excluded.reasons, engine_version = excluded.engine_version,
        concept = excluded.concept, goal_code = excluded.goal_code, signature = excluded.signature,
        computed_at = now()
      -- A row another writer left without a signature may hold the same content: then only the signature is
      -- new, and writing it keeps the next run from staging the pair again.
      where (matches.score, matches.suggested, matches.need_rank, matches.offer_rank, matches.reasons,
          matches.engine_version, matches.concept, matches.goal_code, matches.signature)
        is distinct from (excluded.score, excluded.suggested, excluded.need_rank, excluded.offer_rank,
          excluded.reasons, excluded.engine_version, excluded.concept, excluded.goal_code, excluded.signature)`.execute(
        trx,
      );
    await clearStagedMatches(trx, mobilisationId);
    await matchesChanged(trx, mobilisationId);
    return { changed: Number(deleted.numAffectedRows ?? 0) + Number(written.numAffectedRows ?? 0) };
  });
}

/** Every column of `matches`, for copying rows as they are. */
const storedColumns = sql`mobilisation_id, need_id, offer_id, score, suggested, need_rank, offer_rank, reasons,
  engine_version, computed_at, concept, goal_code, signature`;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The tables of a mobilisation's pairs (decision 046): `partition`, its partition of `matches` once it had a
 * whole run loaded, and `load`, where a whole run loads its lists before they take the partition's place; and
 * the mobilisation's id as a literal, for the statements that take none as a parameter (a partition's bounds).
 */
function matchTables(mobilisationId: string) {
  const id = mobilisationId.toLowerCase();
  // Checked, as it stands in statements unquoted: only a uuid may.
  if (!uuidPattern.test(id)) throw new Error(`not a mobilisation id: ${mobilisationId}`);
  const hex = id.replaceAll('-', '');
  return { load: `matches_load_${hex}`, partition: `matches_of_${hex}`, literal: sql.raw(`'${id}'`) };
}

/**
 * Forgets what an earlier, unfinished whole-mobilisation run left: its staged pairs, or the table it loaded
 * its lists into.
 */
export async function clearUnfinishedRun(db: Db, mobilisationId: string): Promise<void> {
  await clearStagedMatches(db, mobilisationId);
  await sql`drop table if exists ${sql.table(matchTables(mobilisationId).load)}`.execute(db);
}

/**
 * Starts a table for a whole run's lists, invisible to readers: shaped as `matches`, without keys or indexes
 * (they are built once, when it is full), and with a check that it holds this mobilisation's pairs only, so
 * that attaching it as the mobilisation's partition need not read it through.
 */
export async function startLoadingMatches(db: Db, mobilisationId: string): Promise<void> {
  const { load, literal } = matchTables(mobilisationId);
  await sql`drop table if exists ${sql.table(load)}`.execute(db);
  await sql`create table ${sql.table(load)} (like matches including defaults,
    check (mobilisation_id = ${literal}))`.execute(db);
}

/**
 * Adds a batch of a whole run's pairs (`encodePairRows` with the engine version) to the table
 * `startLoadingMatches` made; its check refuses another mobilisation's.
 */
export async function loadMatches(db: Db, mobilisationId: string, pairs: EncodedPairRows): Promise<void> {
  if (pairs.count === 0) return;
  await copyRows(db, copyPairs(matchTables(mobilisationId).load, true), new CopyRows(pairs.bytes));
}

/**
 * Makes the loaded lists the mobilisation's stored ones. The run loaded its new and changed pairs; the stored
 * pairs it left as they were are copied beside them (rows as they are, their time of computing kept), and
 * those it no longer lists (`gone`) are not. The keys and indexes `matches` has are then built, each in one
 * pass (several times faster than keeping them up to date row by row), the foreign keys checked in one join
 * each, and the statistics gathered; readers meanwhile read the old lists. Then one short transaction drops the
 * old partition (or the mobilisation's pairs in the default partition) and attaches the loaded table in its
 * place, so readers see the old lists or the new, never part of either.
 */
export async function swapInLoadedMatches(
  db: Db,
  mobilisationId: string,
  gone: GonePairs,
  /** How many stored pairs the run left as they were: none after a first run or a new field model. */
  unchanged: number,
): Promise<void> {
  const { load, partition, literal } = matchTables(mobilisationId);
  const table = sql.table(load);
  if (unchanged > 0) {
    // Its statistics first, so that what was loaded is looked up by a hash, not read through once per stored pair.
    await sql`analyze ${table}`.execute(db);
    await sql`insert into ${table} (${storedColumns})
      select ${storedColumns} from matches m
      where m.mobilisation_id = ${mobilisationId}
        and not exists (select 1 from ${table} l where l.need_id = m.need_id and l.offer_id = m.offer_id)
        and not exists (select 1 from unnest(${gone.needIds}::uuid[], ${gone.offerIds}::uuid[]) as g(need_id, offer_id)
          where g.need_id = m.need_id and g.offer_id = m.offer_id)`.execute(db);
  }
  // As the partitioned table's own (migration 20261209T1500): attaching takes them over instead of building
  // them again. Their names are left to PostgreSQL, which picks free ones. Built side by side, each on a
  // connection of its own where the pool has several (a server; the embedded database's one connection takes
  // them in turn): nothing else works by now, and the builds took a second of one core at 10,000 organisations
  // (decision 074). The primary key is made from its unique index once that is built.
  await Promise.all([
    sql`create unique index on ${table} (need_id, offer_id, mobilisation_id)`.execute(db),
    sql`create index on ${table} (offer_id)`.execute(db),
    sql`create index on ${table} (mobilisation_id, score)`.execute(db),
    sql`create index on ${table} (mobilisation_id, score desc, need_id, offer_id) where suggested`.execute(
      db,
    ),
  ]);
  const { rows: keys } = await sql<{ name: string }>`select c.relname as name
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = ${load}::regclass and i.indisunique`.execute(db);
  const key = keys[0]?.name;
  if (!key || keys.length !== 1) throw new Error(`the unique index of ${load} was not found`);
  await sql`alter table ${table} add primary key using index ${sql.id(key)}`.execute(db);
  await sql`alter table ${table} add foreign key (need_id) references profile_items (id) on delete cascade`.execute(
    db,
  );
  await sql`alter table ${table} add foreign key (offer_id) references profile_items (id) on delete cascade`.execute(
    db,
  );
  await sql`analyze ${table}`.execute(db);
  return withTransaction(db, async (trx) => {
    // The partitioned table first, as readers and writers lock it before a partition: no deadlock, and the
    // swap waits for statements under way and holds up new ones only while it runs.
    await sql`lock table matches in access exclusive mode`.execute(trx);
    await sql`drop table if exists ${sql.table(partition)}`.execute(trx);
    await sql`delete from matches_default where mobilisation_id = ${mobilisationId}`.execute(trx);
    await sql`alter table ${table} rename to ${sql.id(partition)}`.execute(trx);
    await sql`alter table matches attach partition ${sql.table(partition)} for values in (${literal})`.execute(
      trx,
    );
    await matchesChanged(trx, mobilisationId);
  });
}

/**
 * Pairs that involve a profile's removed or closed (met, withdrawn, lapsed) items are removed: their lists
 * were re-ranked without them.
 */
export async function pruneWithdrawnMatches(db: Db, profileId: string): Promise<void> {
  const withdrawn = (
    await db
      .selectFrom('profile_items')
      .select('id')
      .where('profile_id', '=', profileId)
      .where((eb) => eb.or([eb('withdrawn_at', 'is not', null), eb('state', '<>', 'open')]))
      .execute()
  ).map((r) => r.id);
  if (withdrawn.length === 0) return;
  // The ids as a value, not a subquery: `need_id in (subquery) or offer_id in (subquery)` is planned as a
  // sequential scan of every stored pair; with an array both sides are index lookups.
  const deleted = await sql`delete from matches
    where need_id = any(${withdrawn}::uuid[]) or offer_id = any(${withdrawn}::uuid[])`.execute(db);
  if (Number(deleted.numAffectedRows ?? 0) > 0) {
    await sql`select read_summaries_changed(array(select mobilisation_id from profiles where id = ${profileId}),
      array['overview', 'review-queue'])`.execute(db);
  }
}

export type StoredMatch = {
  needId: string;
  offerId: string;
  score: number;
  suggested: boolean;
  /** The engine's reasons as stored, as JSON text: phrasing them is kept per text (server/matching/present). */
  reasonsText: string | null;
  engineVersion: string;
  computedAt: Date;
  other: {
    itemId: string;
    text: string;
    profileId: string;
    organisationId: string;
    organisationName: string;
    sector: string;
    county: string;
  };
};

type ProfileMatchRow = {
  kind: 'need' | 'offer' | null;
  item_id: string | null;
  item_text: string | null;
  need_id: string | null;
  offer_id: string;
  score: number;
  suggested: boolean;
  reasons: string | null;
  engine_version: string;
  computed_at: Date;
  other_id: string;
  other_text: string;
  other_profile_id: string;
  other_org_id: string;
  other_org_name: string;
  other_sector: string;
  other_county: string;
  pending: boolean;
  kinds_version: number;
};

/** A side's best `perItem` counterparts of other organisations, best first, for the item `own` (a lateral). */
const counterparts = (side: 'need' | 'offer', perItem: number) => {
  const ownColumn = sql.ref(side === 'need' ? 'm.need_id' : 'm.offer_id');
  const otherColumn = sql.ref(side === 'need' ? 'm.offer_id' : 'm.need_id');
  return sql`(select m.need_id, m.offer_id, m.score, m.suggested, m.reasons::text as reasons,
      m.engine_version, m.computed_at, other.id as other_id, other.text as other_text,
      op.id as other_profile_id, oo.id as other_org_id, oo.name as other_org_name, oo.sector as other_sector,
      oo.county as other_county
    from matches m
    join profile_items other on other.id = ${otherColumn}
    join profiles op on op.id = other.profile_id
    join organisations oo on oo.id = op.organisation_id
    where own.kind = ${side} and ${ownColumn} = own.id and other.withdrawn_at is null
      and other.state = 'open' and op.id <> own.profile_id
    order by m.score desc, ${otherColumn}
    limit ${perItem})`;
};

/**
 * What a profile's matches page shows, in one statement: its current (open) needs and offers if it is
 * submitted, each with its best `perItem` stored counterparts of other organisations, best first; whether
 * work under any of `pendingKeys` is waiting or running; and the mobilisation's kinds version (for the names
 * its reasons give kinds). Five statements before (issue 12); prepared (prepared.ts).
 */
export async function readProfileMatches(
  db: Db,
  mobilisationId: string,
  profileId: string,
  perItem: number,
  pendingKeys: string[],
): Promise<{
  items: { needs: { id: string; text: string }[]; offers: { id: string; text: string }[] };
  needs: StoredMatch[];
  offers: StoredMatch[];
  pending: boolean;
  kindsVersion: number;
}> {
  // One row at least (the left join on `one`), so that `pending` and `kinds_version` come with no items too.
  const query = sql<ProfileMatchRow>`select x.*,
      exists (select 1 from jobs j where j.dedupe_key = any(${pendingKeys}::text[])
        and j.status in ('queued', 'running')) as pending,
      coalesce((select f.kinds_version from mobilisation_fields f where f.mobilisation_id = ${mobilisationId}), 0)
        as kinds_version
    from (select 1) one
    left join (
      select own.kind, own.id as item_id, own.text as item_text, own.position, c.*
      from profiles p
      join profile_items own on own.profile_id = p.id and own.withdrawn_at is null and own.state = 'open'
      left join lateral (${counterparts('need', perItem)} union all ${counterparts('offer', perItem)}) c on true
      where p.id = ${profileId} and p.mobilisation_id = ${mobilisationId} and p.submitted_version is not null
    ) x on true
    order by x.kind, x.position, x.item_id, x.score desc, x.other_id`;
  const { rows } = await executePrepared(db, query);
  const items = { needs: [] as { id: string; text: string }[], offers: [] as { id: string; text: string }[] };
  const matches = { needs: [] as StoredMatch[], offers: [] as StoredMatch[] };
  for (const row of rows) {
    if (!row.kind || !row.item_id) continue;
    const list = row.kind === 'need' ? items.needs : items.offers;
    if (list.at(-1)?.id !== row.item_id) list.push({ id: row.item_id, text: row.item_text ?? '' });
    if (row.need_id === null) continue;
    (row.kind === 'need' ? matches.needs : matches.offers).push({
      needId: row.need_id,
      offerId: row.offer_id,
      score: row.score,
      suggested: row.suggested,
      reasonsText: row.reasons,
      engineVersion: row.engine_version,
      computedAt: row.computed_at,
      other: {
        itemId: row.other_id,
        text: row.other_text,
        profileId: row.other_profile_id,
        organisationId: row.other_org_id,
        organisationName: row.other_org_name,
        sector: row.other_sector,
        county: row.other_county,
      },
    });
  }
  const first = rows[0];
  return {
    items,
    ...matches,
    pending: first?.pending ?? false,
    kindsVersion: first?.kinds_version ?? 0,
  };
}

/** The newest job of a kind for a key (e.g. the latest whole-mobilisation run). */
export async function latestJob(db: Db, kind: string, dedupeKey: string) {
  return db
    .selectFrom('jobs')
    .selectAll()
    .where('kind', '=', kind)
    .where('dedupe_key', '=', dedupeKey)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Counterparts currently paired with any item of a profile, withdrawn items included: when the profile
 * changes, their lists are re-ranked.
 */
export async function counterpartsOfProfile(
  db: Db,
  profileId: string,
): Promise<{ needs: string[]; offers: string[] }> {
  const [needs, offers] = await Promise.all([
    db
      .selectFrom('matches as m')
      .innerJoin('profile_items as i', 'i.id', 'm.offer_id')
      .select('m.need_id as id')
      .distinct()
      .where('i.profile_id', '=', profileId)
      .execute(),
    db
      .selectFrom('matches as m')
      .innerJoin('profile_items as i', 'i.id', 'm.need_id')
      .select('m.offer_id as id')
      .distinct()
      .where('i.profile_id', '=', profileId)
      .execute(),
  ]);
  return { needs: needs.map((r) => r.id), offers: offers.map((r) => r.id) };
}

export type CurrentProject = {
  id: string;
  profileId: string;
  organisationId: string;
  title: string;
  description: string;
  goalCodes: string[];
  /** The goal a coordinator set for it, over the engine's link. */
  correctedGoal: string | null;
  /** What its organisation says it works for (the profile's goals answer): context for reading it. */
  organisationGoals: string;
};

/** Current projects of submitted profiles, in profile and position order. */
export async function loadCurrentProjects(db: Db, mobilisationId: string): Promise<CurrentProject[]> {
  const rows = await db
    .selectFrom('projects as j')
    .innerJoin('profiles as p', 'p.id', 'j.profile_id')
    .leftJoin('project_goal_corrections as c', 'c.project_id', 'j.id')
    .select([
      'j.id',
      'j.profile_id',
      'p.organisation_id',
      'j.title',
      'j.description',
      'j.goal_codes',
      'c.goal_code as corrected_goal',
      'p.goals_text',
    ])
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('j.withdrawn_at', 'is', null)
    .orderBy('j.profile_id')
    .orderBy('j.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    profileId: r.profile_id,
    organisationId: r.organisation_id,
    title: r.title,
    description: r.description,
    goalCodes: r.goal_codes,
    correctedGoal: r.corrected_goal,
    organisationGoals: r.goals_text,
  }));
}

export type ProjectGoalLink = { projectId: string; goal: string; score: number; reasons: unknown };

export async function writeProjectGoalLinks(
  db: Db,
  engineVersion: string,
  links: ProjectGoalLink[],
): Promise<void> {
  for (let i = 0; i < links.length; i += 500) {
    await db
      .insertInto('project_goal_links')
      .values(
        links.slice(i, i + 500).map((l) => ({
          project_id: l.projectId,
          goal_code: l.goal,
          score: l.score,
          reasons: JSON.stringify(l.reasons),
          engine_version: engineVersion,
        })),
      )
      .onConflict((oc) =>
        oc.column('project_id').doUpdateSet((eb) => ({
          goal_code: eb.ref('excluded.goal_code'),
          score: eb.ref('excluded.score'),
          reasons: eb.ref('excluded.reasons'),
          engine_version: eb.ref('excluded.engine_version'),
          computed_at: sql<Date>`now()`,
        })),
      )
      .execute();
  }
}

/**
 * A mobilisation's stored pairs between open items, with the organisation on each side: what proposals and the
 * map read (`openSuggestions` in map.ts keeps the suggested ones).
 */
export function openPairs(db: Db, mobilisationId: string) {
  return db
    .selectFrom('matches as m')
    .innerJoin('profile_items as n', 'n.id', 'm.need_id')
    .innerJoin('profile_items as o', 'o.id', 'm.offer_id')
    .innerJoin('profiles as np', 'np.id', 'n.profile_id')
    .innerJoin('profiles as op', 'op.id', 'o.profile_id')
    .select(['m.need_id', 'm.offer_id', 'm.concept', 'm.goal_code'])
    .select(['np.organisation_id as need_org', 'op.organisation_id as offer_org'])
    .where('m.mobilisation_id', '=', mobilisationId)
    .where('n.withdrawn_at', 'is', null)
    .where('o.withdrawn_at', 'is', null)
    .where('n.state', '=', 'open')
    .where('o.state', '=', 'open');
}

/** Suggested and accepted pairs with their concept, for grouping into proposed initiatives. */
export async function loadPairsForProposals(db: Db, mobilisationId: string) {
  return openPairs(db, mobilisationId).select(['m.score', 'm.suggested']).execute();
}
