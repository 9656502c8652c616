import { type MapCluster, type MapDocument, type MapNode, mapLinkColumns } from '@kraftsamling/shared';
import { sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import { openPairs } from './matching';
import { profileStatus } from './organisations';
import { currentDecisions } from './review';

/** The mobilisation's suggested pairs between open items, with the organisation on each side. */
function openSuggestions(db: Db, mobilisationId: string) {
  return openPairs(db, mobilisationId).where('m.suggested', '=', true);
}

/**
 * The links between a mobilisation's organisations, one row per unordered pair (a < b): suggested matches
 * between open items (proposed), accepted matches (accepted) and interest shown from both sides (mutual), the
 * strongest status winning; the weight counts them all; a rejection holds as `currentDecisions` says. Computed
 * by PostgreSQL where the map's links are written and where its layout reads them, so that the 240,000 links of
 * 10,000 organisations never become objects on the server (decision 070).
 */
function mapLinks(db: Db, mobilisationId: string) {
  return sql`
    with current_decisions as (${currentDecisions(db, mobilisationId)}),
      suggested as (${openSuggestions(db, mobilisationId)}),
      touches as (
      select s.need_org as x, s.offer_org as y, 0 as rank, s.concept, s.goal_code
      from suggested s
      left join current_decisions c on c.need_id = s.need_id and c.offer_id = s.offer_id
      where s.need_org <> s.offer_org and c.decision is distinct from 'rejected'
      union all
      -- An accepted pair shows what the engine said of it when the engine suggests it too.
      select np.organisation_id, fp.organisation_id, 1, s.concept, s.goal_code
      from current_decisions c
      join profile_items n on n.id = c.need_id
      join profiles np on np.id = n.profile_id
      join profile_items f on f.id = c.offer_id
      join profiles fp on fp.id = f.profile_id
      left join suggested s on s.need_id = c.need_id and s.offer_id = c.offer_id
      where c.decision = 'accepted' and np.organisation_id <> fp.organisation_id
      union all
      select i.from_organisation_id, i.to_organisation_id, 2, null, null
      from (
        select distinct from_organisation_id, to_organisation_id from interests where mobilisation_id = ${mobilisationId}
      ) i
      where i.from_organisation_id < i.to_organisation_id and exists (
        select 1 from interests j
        where j.mobilisation_id = ${mobilisationId}
          and j.from_organisation_id = i.to_organisation_id and j.to_organisation_id = i.from_organisation_id
      )
    )
    select least(x, y) as a, greatest(x, y) as b,
      (array['proposed', 'accepted', 'mutual'])[max(rank) + 1] as status,
      count(*)::int as weight,
      coalesce(array_agg(distinct concept) filter (where concept is not null), '{}') as concepts,
      coalesce(array_agg(distinct goal_code) filter (where goal_code is not null), '{}') as goals
    from touches
    group by 1, 2`;
}

/** A layout's links: each an unordered pair of organisations, as indexes into `organisations`, and a weight. */
export type LayoutLinks = { a: number[]; b: number[]; weight: number[] };

/**
 * Everything the map is laid out from: the organisations, their current items (to find concepts), the goals
 * their projects serve and their suggested needs are linked to, the links between them and where they were.
 */
export async function loadMapSources(db: Db, mobilisationId: string) {
  const [graph, items, projectGoals, suggestedGoals, positions] = await Promise.all([
    // The organisations and the links in one statement, so that the indexes name the organisations listed.
    sql<{ organisations: string[] | null; a: number[] | null; b: number[] | null; weight: number[] | null }>`
      with orgs as (
        select organisation_id as id, (row_number() over (order by organisation_id))::int - 1 as idx
        from profiles where mobilisation_id = ${mobilisationId}
      ), links as (${mapLinks(db, mobilisationId)})
      select (select array_agg(id order by idx) from orgs) as organisations,
        array_agg(oa.idx) as a, array_agg(ob.idx) as b, array_agg(l.weight) as weight
      from links l
      join orgs oa on oa.id = l.a
      join orgs ob on ob.id = l.b`.execute(db),
    db
      .selectFrom('profile_items as i')
      .innerJoin('profiles as p', 'p.id', 'i.profile_id')
      .select(['p.organisation_id', 'i.id', 'i.text', 'i.themes', 'i.target_groups'])
      .where('p.mobilisation_id', '=', mobilisationId)
      .where('i.withdrawn_at', 'is', null)
      .execute(),
    db
      .selectFrom('projects as j')
      .innerJoin('profiles as p', 'p.id', 'j.profile_id')
      .leftJoin('project_goal_links as g', 'g.project_id', 'j.id')
      .leftJoin('project_goal_corrections as c', 'c.project_id', 'j.id')
      .select(['p.organisation_id', 'j.goal_codes', 'g.goal_code', 'c.goal_code as corrected_goal'])
      .where('p.mobilisation_id', '=', mobilisationId)
      .where('j.withdrawn_at', 'is', null)
      .execute(),
    // An organisation's suggested needs serve their goals too.
    openSuggestions(db, mobilisationId)
      .clearSelect()
      .select(['np.organisation_id', 'm.goal_code'])
      .distinct()
      .where('m.goal_code', 'is not', null)
      .execute(),
    db
      .selectFrom('map_nodes')
      .select(['organisation_id', 'x', 'y'])
      .where('mobilisation_id', '=', mobilisationId)
      .execute(),
  ]);

  const goalsOf = new Map<string, Set<string>>();
  const addGoal = (org: string, goal: string | null | undefined) => {
    if (!goal) return;
    const set = goalsOf.get(org) ?? new Set<string>();
    set.add(goal);
    goalsOf.set(org, set);
  };
  for (const p of projectGoals) {
    // A coordinator's correction first, then the organisation's own choice, then the engine's link.
    const given = p.corrected_goal ? [p.corrected_goal] : p.goal_codes;
    for (const g of given) addGoal(p.organisation_id, g);
    if (given.length === 0) addGoal(p.organisation_id, p.goal_code);
  }
  for (const s of suggestedGoals) addGoal(s.organisation_id, s.goal_code);

  const row = graph.rows[0];
  return {
    organisations: row?.organisations ?? [],
    links: { a: row?.a ?? [], b: row?.b ?? [], weight: row?.weight ?? [] } satisfies LayoutLinks,
    items: items.map((i) => ({
      organisationId: i.organisation_id,
      text: i.text,
      themes: i.themes,
      targetGroups: i.target_groups,
    })),
    goals: goalsOf,
    positions: new Map(positions.map((p) => [p.organisation_id, { x: p.x, y: p.y }])),
  };
}

export type ComputedNode = {
  organisationId: string;
  x: number;
  y: number;
  concepts: string[];
  goals: string[];
};

/**
 * Replaces the mobilisation's computed map in one transaction: readers see the old map or the new one. The
 * links are computed again as they are written, so they are the links of now even when they changed while
 * the layout ran (the next layout places whoever they joined).
 */
export async function writeMap(db: Db, mobilisationId: string, nodes: ComputedNode[]): Promise<void> {
  await withTransaction(db, async (trx) => {
    await trx.deleteFrom('map_links').where('mobilisation_id', '=', mobilisationId).execute();
    await trx.deleteFrom('map_nodes').where('mobilisation_id', '=', mobilisationId).execute();
    for (let i = 0; i < nodes.length; i += 1000) {
      await trx
        .insertInto('map_nodes')
        .values(
          nodes.slice(i, i + 1000).map((n) => ({
            mobilisation_id: mobilisationId,
            organisation_id: n.organisationId,
            x: n.x,
            y: n.y,
            concepts: n.concepts,
            goals: n.goals,
          })),
        )
        .execute();
    }
    // Only links between organisations on the map: a profile added while the layout ran waits for the next.
    await sql`
      insert into map_links (mobilisation_id, source_id, target_id, status, weight, concepts, goals)
      select ${mobilisationId}, l.a, l.b, l.status, l.weight, l.concepts, l.goals
      from (${mapLinks(trx, mobilisationId)}) l
      where exists (select 1 from map_nodes n where n.mobilisation_id = ${mobilisationId} and n.organisation_id = l.a)
        and exists (select 1 from map_nodes n where n.mobilisation_id = ${mobilisationId} and n.organisation_id = l.b)`.execute(
      trx,
    );
    // The stored map document no longer shows this layout: the next reader or the map job rebuilds it.
    await sql`select map_document_bump(array[${mobilisationId}]::uuid[])`.execute(trx);
  });
}

/** Links read per statement while a map document is built (see readMapDocument). */
export const mapDocumentLinkPage = 10_000;

/** Links of the map along the table's key, after `after`; their lists as JSON texts, parsed once each. */
function mapLinkPage(
  db: Db,
  mobilisationId: string,
  after: { source: string; target: string } | null,
  limit: number,
) {
  return db
    .selectFrom('map_links')
    .select([
      'source_id',
      'target_id',
      'status',
      'weight',
      sql<string>`array_to_json(concepts)::text`.as('concepts'),
      sql<string>`array_to_json(goals)::text`.as('goals'),
    ])
    .where('mobilisation_id', '=', mobilisationId)
    .$if(after !== null, (q) =>
      q.where((eb) =>
        eb(eb.refTuple('source_id', 'target_id'), '>', eb.tuple(after?.source ?? '', after?.target ?? '')),
      ),
    )
    .orderBy('source_id')
    .orderBy('target_id')
    .limit(limit)
    .execute();
}

/**
 * The map document (decision 021) without its `pending` flag: the computed map with what a visitor sees of
 * each organisation, its links as columns and the initiatives as clusters. The links (240,000 at 10,000
 * organisations) are read a page at a time along the table's key and go straight into the columns, so the
 * server never holds them as rows and objects at once: read whole, they took about 170 MB of the server's
 * heap for a moment and raised its resident memory for good. `linkPage` is for tests.
 */
export async function readMapDocument(
  db: Db,
  mobilisationId: string,
  linkPage = mapDocumentLinkPage,
): Promise<Omit<MapDocument, 'pending'>> {
  const [nodes, clusters, participants] = await Promise.all([
    db
      .selectFrom('map_nodes as n')
      .innerJoin('organisations as o', 'o.id', 'n.organisation_id')
      .innerJoin('profiles as p', (join) =>
        join
          .onRef('p.organisation_id', '=', 'n.organisation_id')
          .onRef('p.mobilisation_id', '=', 'n.mobilisation_id'),
      )
      .select([
        'o.id',
        'p.id as profile_id',
        'o.name',
        'o.sector',
        'o.county',
        'p.draft_version',
        'p.submitted_version',
        'n.x',
        'n.y',
        'n.concepts',
        'n.goals',
        'n.computed_at',
      ])
      .where('n.mobilisation_id', '=', mobilisationId)
      .orderBy('o.name')
      .execute(),
    db
      .selectFrom('initiatives')
      .select(['id', 'title', 'status', 'goal_codes'])
      .where('mobilisation_id', '=', mobilisationId)
      .where('state', '=', 'listed')
      .execute(),
    db
      .selectFrom('initiative_participants as ip')
      .innerJoin('initiatives as i', 'i.id', 'ip.initiative_id')
      .select(['ip.initiative_id', 'ip.organisation_id'])
      .where('i.mobilisation_id', '=', mobilisationId)
      .where('i.state', '=', 'listed')
      .where('ip.endorsement', '<>', 'avbojd')
      .execute(),
  ]);
  const computedAt = nodes.reduce<Date | null>(
    (latest, n) => (!latest || n.computed_at > latest ? n.computed_at : latest),
    null,
  );
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  // The distinct lists of concepts or goals, shared by many links: each JSON text is parsed once, when first seen.
  const { links, tagSets, add } = mapLinkColumns(
    (json: string) => json,
    (json) => JSON.parse(json) as string[],
  );
  let after: { source: string; target: string } | null = null;
  for (;;) {
    const page = await mapLinkPage(db, mobilisationId, after, linkPage);
    for (const l of page) {
      // A link whose ends are not on the map (a layout written between two of these statements) is left
      // out; that layout bumped the revision, so the document is built again.
      const source = index.get(l.source_id);
      const target = index.get(l.target_id);
      if (source !== undefined && target !== undefined) add(source, target, l);
    }
    const last = page[page.length - 1];
    if (!last || page.length < linkPage) break;
    after = { source: last.source_id, target: last.target_id };
  }
  return {
    mobilisationId,
    computedAt: computedAt ? computedAt.toISOString() : null,
    nodes: nodes.map(
      (n): MapNode => ({
        id: n.id,
        profileId: n.profile_id,
        name: n.name,
        sector: n.sector as MapNode['sector'],
        county: n.county,
        status: profileStatus(n),
        x: n.x,
        y: n.y,
        concepts: n.concepts,
        goals: n.goals,
      }),
    ),
    links,
    tagSets,
    clusters: clusters.map(
      (c): MapCluster => ({
        initiativeId: c.id,
        title: c.title,
        status: c.status,
        goals: c.goal_codes,
        organisationIds: participants.filter((p) => p.initiative_id === c.id).map((p) => p.organisation_id),
      }),
    ),
  };
}

export type MapDocumentState = {
  /** Counts changes to what the map shows (layouts, names, statuses, initiatives); bumped by triggers. */
  revision: number;
  /** The revision the stored document was built from; null before the first build. */
  builtRevision: number | null;
  etag: string | null;
};

/** Whether the stored map document is current, without reading it. */
export async function readMapDocumentState(db: Db, mobilisationId: string): Promise<MapDocumentState> {
  const row = await db
    .selectFrom('map_documents')
    .select(['revision', 'built_revision', 'etag'])
    .where('mobilisation_id', '=', mobilisationId)
    .executeTakeFirst();
  return {
    revision: row?.revision ?? 0,
    builtRevision: row?.built_revision ?? null,
    etag: row?.etag ?? null,
  };
}

export type MapDocumentEncoding = 'gzip' | 'brotli';

/** The stored document in one encoding, if it is still the one with this ETag. */
export async function readMapDocumentBody(
  db: Db,
  mobilisationId: string,
  etag: string,
  encoding: MapDocumentEncoding,
): Promise<Buffer | null> {
  const row = await db
    .selectFrom('map_documents')
    .select(encoding === 'gzip' ? 'gzip as body' : 'brotli as body')
    .where('mobilisation_id', '=', mobilisationId)
    .where('etag', '=', etag)
    .executeTakeFirst();
  return row?.body ?? null;
}

export type StoredMapDocument = {
  revision: number;
  etag: string;
  rawBytes: number;
  gzip: Buffer;
  brotli: Buffer;
};

/**
 * Stores a document built from `revision`, unless one built from a later revision is already there (two
 * instances, or a reader and the map job, may build at once; the newest wins).
 */
export async function storeMapDocument(
  db: Db,
  mobilisationId: string,
  document: StoredMapDocument,
): Promise<void> {
  await db
    .insertInto('map_documents')
    .values({
      mobilisation_id: mobilisationId,
      revision: document.revision,
      built_revision: document.revision,
      etag: document.etag,
      raw_bytes: document.rawBytes,
      gzip: document.gzip,
      brotli: document.brotli,
      built_at: new Date(),
    })
    .onConflict((oc) =>
      oc
        .column('mobilisation_id')
        .doUpdateSet((eb) => ({
          built_revision: eb.ref('excluded.built_revision'),
          etag: eb.ref('excluded.etag'),
          raw_bytes: eb.ref('excluded.raw_bytes'),
          gzip: eb.ref('excluded.gzip'),
          brotli: eb.ref('excluded.brotli'),
          built_at: eb.ref('excluded.built_at'),
        }))
        .where((eb) =>
          eb.or([
            eb('map_documents.built_revision', 'is', null),
            eb('map_documents.built_revision', '<=', eb.ref('excluded.built_revision')),
          ]),
        ),
    )
    .execute();
}
