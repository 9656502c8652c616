import {
  type LinkStatus,
  type MapCluster,
  type MapDocument,
  type MapNode,
  mapLinkColumns,
} from '@kraftsamling/shared';
import { sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import { profileStatus } from './organisations';
import { listCurrentDecisions } from './review';

export type OrganisationPair = {
  a: string;
  b: string;
  status: LinkStatus;
  weight: number;
  concepts: string[];
  goals: string[];
};

/** An unordered pair, so that A→B and B→A are one link on the map. */
const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Suggested pairs read per statement while a layout loads (see loadMapSources; another page size is for tests). */
export const suggestedPairsPage = 20_000;

/** The suggested pairs between open items, with their organisations, along the key after `after`. */
function suggestedPairPage(
  db: Db,
  mobilisationId: string,
  after: { need: string; offer: string } | null,
  limit: number,
) {
  return (
    db
      .selectFrom('matches as m')
      .innerJoin('profile_items as n', 'n.id', 'm.need_id')
      .innerJoin('profile_items as f', 'f.id', 'm.offer_id')
      .innerJoin('profiles as np', 'np.id', 'n.profile_id')
      .innerJoin('profiles as fp', 'fp.id', 'f.profile_id')
      .select([
        'm.need_id',
        'm.offer_id',
        'm.concept',
        'm.goal_code',
        'np.organisation_id as need_org',
        'fp.organisation_id as offer_org',
      ])
      .where('m.mobilisation_id', '=', mobilisationId)
      .where('m.suggested', '=', true)
      .where('n.withdrawn_at', 'is', null)
      .where('f.withdrawn_at', 'is', null)
      // Proposed links are between open items only.
      .where('n.state', '=', 'open')
      .where('f.state', '=', 'open')
      .$if(after !== null, (q) =>
        q.where((eb) =>
          eb(eb.refTuple('m.need_id', 'm.offer_id'), '>', eb.tuple(after?.need ?? '', after?.offer ?? '')),
        ),
      )
      .orderBy('m.need_id')
      .orderBy('m.offer_id')
      .limit(limit)
      .execute()
  );
}

/**
 * Everything the map is computed from: the organisations, their current items (to find concepts), goals
 * their projects serve, and the links between organisations — suggested matches (proposed), accepted
 * matches (accepted) and interest shown from both sides (mutual), the strongest status winning.
 */
export async function loadMapSources(db: Db, mobilisationId: string, pairPage = suggestedPairsPage) {
  const [organisations, items, projectGoals, decisions, interests, positions] = await Promise.all([
    db
      .selectFrom('profiles as p')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select(['o.id', 'p.id as profile_id'])
      .where('p.mobilisation_id', '=', mobilisationId)
      .execute(),
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
    listCurrentDecisions(db, mobilisationId),
    db
      .selectFrom('interests')
      .select(['from_organisation_id', 'to_organisation_id'])
      .distinct()
      .where('mobilisation_id', '=', mobilisationId)
      .execute(),
    db
      .selectFrom('map_nodes')
      .select(['organisation_id', 'x', 'y'])
      .where('mobilisation_id', '=', mobilisationId)
      .execute(),
  ]);

  const links = new Map<string, OrganisationPair>();
  const rank: Record<LinkStatus, number> = { proposed: 0, accepted: 1, mutual: 2 };
  const touch = (x: string, y: string, status: LinkStatus, concept: string | null, goal: string | null) => {
    const key = pairKey(x, y);
    const [a, b] = key.split('|') as [string, string];
    const link = links.get(key) ?? { a, b, status, weight: 0, concepts: [], goals: [] };
    if (rank[status] > rank[link.status]) link.status = status;
    link.weight++;
    if (concept && !link.concepts.includes(concept)) link.concepts.push(concept);
    if (goal && !link.goals.includes(goal)) link.goals.push(goal);
    links.set(key, link);
  };
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
  const decisionOf = new Map(decisions.map((d) => [`${d.needId}:${d.offerId}`, d.decision]));
  // What an accepted pair's link shows, when the engine suggested it too.
  const pairInfo = new Map<string, { concept: string | null; goal_code: string | null }>();
  // The suggested pairs a page at a time, so that the rows of all of them (254,000 at 10,000 organisations,
  // four uuids each) are never held at once beside the links they add up to (decision 053).
  let after: { need: string; offer: string } | null = null;
  for (;;) {
    const page = await suggestedPairPage(db, mobilisationId, after, pairPage);
    for (const p of page) {
      const key = `${p.need_id}:${p.offer_id}`;
      const decision = decisionOf.get(key);
      if (decision === 'accepted') pairInfo.set(key, { concept: p.concept, goal_code: p.goal_code });
      // An organisation's suggested needs serve their goals too.
      addGoal(p.need_org, p.goal_code);
      if (p.need_org === p.offer_org || decision === 'rejected') continue;
      touch(p.need_org, p.offer_org, 'proposed', p.concept, p.goal_code);
    }
    const last = page[page.length - 1];
    if (!last || page.length < pairPage) break;
    after = { need: last.need_id, offer: last.offer_id };
  }
  const accepted = decisions.filter((d) => d.decision === 'accepted');
  if (accepted.length > 0) {
    const orgOfItem = new Map(
      (
        await db
          .selectFrom('profile_items as i')
          .innerJoin('profiles as p', 'p.id', 'i.profile_id')
          .select(['i.id', 'p.organisation_id'])
          .where(
            'i.id',
            'in',
            accepted.flatMap((d) => [d.needId, d.offerId]),
          )
          .execute()
      ).map((r) => [r.id, r.organisation_id]),
    );
    for (const d of accepted) {
      const x = orgOfItem.get(d.needId);
      const y = orgOfItem.get(d.offerId);
      const info = pairInfo.get(`${d.needId}:${d.offerId}`);
      if (x && y && x !== y) touch(x, y, 'accepted', info?.concept ?? null, info?.goal_code ?? null);
    }
  }
  const shown = new Set(interests.map((i) => `${i.from_organisation_id}|${i.to_organisation_id}`));
  for (const i of interests) {
    if (
      i.from_organisation_id < i.to_organisation_id &&
      shown.has(`${i.to_organisation_id}|${i.from_organisation_id}`)
    ) {
      touch(i.from_organisation_id, i.to_organisation_id, 'mutual', null, null);
    }
  }

  return {
    organisations: organisations.map((o) => o.id),
    items: items.map((i) => ({
      organisationId: i.organisation_id,
      text: i.text,
      themes: i.themes,
      targetGroups: i.target_groups,
    })),
    goals: goalsOf,
    links: [...links.values()],
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

/** Replaces the mobilisation's computed map in one transaction: readers see the old map or the new one. */
export async function writeMap(
  db: Db,
  mobilisationId: string,
  nodes: ComputedNode[],
  links: OrganisationPair[],
): Promise<void> {
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
    for (let i = 0; i < links.length; i += 1000) {
      await trx
        .insertInto('map_links')
        .values(
          links.slice(i, i + 1000).map((l) => ({
            mobilisation_id: mobilisationId,
            source_id: l.a,
            target_id: l.b,
            status: l.status,
            weight: l.weight,
            concepts: l.concepts,
            goals: l.goals,
          })),
        )
        .execute();
    }
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
