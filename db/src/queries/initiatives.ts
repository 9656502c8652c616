import {
  AppError,
  type Endorsement,
  type FieldError,
  type GeneratedText,
  generatedTextSchema,
  type Initiative,
  type InitiativeList,
  type InitiativeState,
  type InitiativeStatus,
  type InitiativeSummary,
  JsonText,
  type MatchReason,
  type OrganisationInitiative,
} from '@kraftsamling/shared';
import { type RawBuilder, sql } from 'kysely';
import { isoTimestamp } from '../json-text';
import { type Db, withTransaction } from '../kysely';
import { executePrepared } from '../prepared';
import type { InitiativeRow, ItemState } from '../schema';
import { notFound, versionConflict } from './errors';
import { goalRefusals } from './mobilisations';

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

// One collator for every comparison: `localeCompare(…, 'sv')` builds one per call, which dominated long lists.
const swedish = new Intl.Collator('sv');

/**
 * The platform's own words for an initiative, while its title and description are still what the platform
 * wrote (in Swedish, the language it stores); rewritten by a person, the initiative has no generated text.
 */
function generatedTextOf(row: { title: string; description: string; generated_text: unknown }) {
  const parsed = generatedTextSchema.safeParse(row.generated_text);
  if (!parsed.success) return null;
  const { sv } = parsed.data;
  return sv.title === row.title && sv.description === row.description ? parsed.data : null;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

type ParticipantRef = {
  id: string;
  name: string;
  sector: string;
  county: string;
  endorsement: Endorsement;
};

/**
 * An initiative as the list shows it, from its row, the participants to show (in the order given, or by name
 * with `byName`) and its lead's organisation.
 */
function summaryOf(
  row: InitiativeRow,
  participants: ParticipantRef[],
  lead: { id: string; name: string; sector: string; county: string } | undefined | null,
  byName: boolean,
): Omit<Initiative, 'links'> & { participantCount: number } {
  const shown = participants.map((p) => ({
    organisation: orgRef(p),
    endorsement: p.endorsement,
    lead: p.id === row.lead_organisation_id,
  }));
  if (byName) shown.sort((a, b) => swedish.compare(a.organisation.name, b.organisation.name));
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
    participantCount: row.participant_count,
    participants: shown,
    proposalReasons: Array.isArray(row.proposal_reasons) ? (row.proposal_reasons as MatchReason[]) : [],
    generatedText: generatedTextOf(row),
    mergedInto: row.merged_into,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Everything of the initiatives but their links: all participants (by name) and lead, in two queries. */
async function loadSummaries(
  db: Db,
  rows: InitiativeRow[],
): Promise<(Omit<Initiative, 'links'> & { participantCount: number })[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const leadIds = rows.flatMap((r) => (r.lead_organisation_id ? [r.lead_organisation_id] : []));
  const [participants, leads] = await Promise.all([
    db
      .selectFrom('initiative_participants as ip')
      .innerJoin('organisations as o', 'o.id', 'ip.organisation_id')
      .select(['ip.initiative_id', 'ip.endorsement', 'o.id', 'o.name', 'o.sector', 'o.county'])
      .where('ip.initiative_id', 'in', ids)
      .execute(),
    leadIds.length === 0
      ? []
      : db
          .selectFrom('organisations')
          .select(['id', 'name', 'sector', 'county'])
          .where('id', 'in', leadIds)
          .execute(),
  ]);
  const participantsOf = groupBy(participants, (p) => p.initiative_id);
  const leadById = new Map(leads.map((o) => [o.id, o]));
  return rows.map((row) =>
    summaryOf(
      row,
      participantsOf.get(row.id) ?? [],
      row.lead_organisation_id ? leadById.get(row.lead_organisation_id) : undefined,
      true,
    ),
  );
}

async function loadDetails(db: Db, rows: InitiativeRow[]): Promise<Initiative[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // Needs and offers, then projects: two plain joins (one join on `coalesce` of both could use no index).
  const [summaries, items, projects] = await Promise.all([
    loadSummaries(db, rows),
    db
      .selectFrom('initiative_links as l')
      .innerJoin('profile_items as i', 'i.id', 'l.item_id')
      .innerJoin('profiles as p', 'p.id', 'i.profile_id')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select([
        'l.initiative_id',
        'l.kind',
        'l.item_id',
        'i.text',
        sql<boolean>`i.withdrawn_at is not null`.as('withdrawn'),
        'i.state',
        'p.id as profile_id',
        sql<boolean>`i.met_by_initiative_id is not distinct from l.initiative_id and i.state = 'met'`.as(
          'met_here',
        ),
        'o.id',
        'o.name',
        'o.sector',
        'o.county',
      ])
      .where('l.initiative_id', 'in', ids)
      .where('l.kind', 'in', ['need', 'offer'])
      .execute(),
    db
      .selectFrom('initiative_links as l')
      .innerJoin('projects as j', 'j.id', 'l.item_id')
      .leftJoin('project_goal_links as g', 'g.project_id', 'j.id')
      .leftJoin('project_goal_corrections as c', 'c.project_id', 'j.id')
      .innerJoin('profiles as p', 'p.id', 'j.profile_id')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select([
        'l.initiative_id',
        'l.item_id',
        sql<string>`j.title`.as('text'),
        sql<boolean>`j.withdrawn_at is not null`.as('withdrawn'),
        'p.id as profile_id',
        // A coordinator's correction first, then the organisation's own choice, then the engine's link.
        sql<string | null>`coalesce(c.goal_code, j.goal_codes[1], g.goal_code)`.as('goal'),
        'o.id',
        'o.name',
        'o.sector',
        'o.county',
      ])
      .where('l.initiative_id', 'in', ids)
      .where('l.kind', '=', 'project')
      .execute(),
  ]);
  const item = (
    l: {
      item_id: string;
      text: string;
      withdrawn: boolean;
      profile_id: string;
      state?: ItemState;
      met_here?: boolean;
    } & Parameters<typeof orgRef>[0],
  ) => ({
    id: l.item_id,
    text: l.text,
    organisation: orgRef(l),
    withdrawn: l.withdrawn,
    state: l.state ?? 'open',
    metHere: l.met_here ?? false,
    profileId: l.profile_id,
  });
  const itemsOf = groupBy(items, (l) => l.initiative_id);
  const projectsOf = groupBy(projects, (l) => l.initiative_id);
  return summaries.map(({ participantCount: _, ...summary }) => {
    const own = itemsOf.get(summary.id) ?? [];
    return {
      ...summary,
      links: {
        needs: own.filter((l) => l.kind === 'need').map(item),
        offers: own.filter((l) => l.kind === 'offer').map(item),
        projects: (projectsOf.get(summary.id) ?? []).map((l) => ({ ...item(l), goal: l.goal })),
      },
    };
  });
}

export async function getInitiative(db: Db, id: string): Promise<Initiative> {
  const row = await db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('initiative');
  const [initiative] = await loadDetails(db, [row]);
  return initiative as Initiative;
}

type InitiativeFilter = {
  state: InitiativeState;
  goal?: string | undefined;
  status?: InitiativeStatus | undefined;
};

function filteredInitiatives(db: Db, mobilisationId: string, filter: InitiativeFilter) {
  let query = db
    .selectFrom('initiatives')
    .selectAll()
    .where('mobilisation_id', '=', mobilisationId)
    .where('state', '=', filter.state);
  if (filter.goal) query = query.where(sql<boolean>`${filter.goal} = any(goal_codes)`);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.orderBy('created_at').orderBy('id');
}

/** Every initiative of a list with all its links (the export). */
export async function listInitiatives(
  db: Db,
  mobilisationId: string,
  filter: InitiativeFilter,
): Promise<Initiative[]> {
  return loadDetails(db, await filteredInitiatives(db, mobilisationId, filter).execute());
}

/**
 * A page of a list, oldest first, as the list shows it: links counted, not listed. The page after `after`
 * is found by its position (created, id), so pages stay cheap however far one reads.
 */
type PageFilter = InitiativeFilter & { limit: number; after?: string | undefined };

/** The list's initiatives from the page's start on, in list order (see listInitiativePage). */
async function pageQuery(db: Db, mobilisationId: string, filter: PageFilter) {
  const query = filteredInitiatives(db, mobilisationId, filter);
  if (!filter.after) return query;
  const from = await db
    .selectFrom('initiatives')
    .select('id')
    .where('id', '=', filter.after)
    .where('mobilisation_id', '=', mobilisationId)
    .executeTakeFirst();
  if (!from) {
    const message = 'Not an initiative of this list';
    throw new AppError('VALIDATION_FAILED', 'The page to continue from is not in this list.', {
      fields: [{ path: 'querystring.after', code: 'unknown_cursor', message }],
    });
  }
  // Compared in the database: a JavaScript Date would drop the timestamp's microseconds.
  return query.where(
    sql<boolean>`(created_at, id) > (select c.created_at, c.id from initiatives c where c.id = ${from.id})`,
  );
}

/** An organisation as an initiative shows it (`organisationRefSchema`), as JSON; null when there is none. */
const organisationRefJson = (id: RawBuilder<unknown>) => sql<unknown>`(select json_build_object('id', o.id,
  'name', o.name, 'sector', o.sector, 'county', o.county) from organisations o where o.id = ${id})`;

/**
 * A page of the list as the database has it now: its `signature`, and its text unless that signature is
 * `known` (then `page` is null: the caller holds that text, decision 064).
 */
export type SignedInitiativePage = { signature: string; page: JsonText<InitiativeList> | null };

/**
 * The signature of a page's rows `p` (in list order) and their leads' organisations `o`: each by id and row
 * version (`xmin`, new with every update of a row, whatever the update).
 */
const pageSignature = sql<string>`md5(coalesce(string_agg(p.id::text || ' ' || p.row_version || ' '
  || coalesce(o.xmin::text, '-'), ',' order by p.created_at, p.id), ''))`;

/**
 * A page of a list as the list shows it, written as JSON by PostgreSQL in one statement (decision 047): each
 * initiative in the shape of `initiativeSummarySchema`, links counted (kept on the initiative, decision
 * 033), its first participants (the lead first, then by name: kept on the initiative by triggers as this
 * JSON, decision 051) and its lead; the page after `after` is found by its position (created, id), so pages
 * stay cheap however far one reads. The stored proposal reasons and generated text are rebuilt with the schema's properties only,
 * and the generated text only while the title and description are still the platform's (generatedTextOf).
 *
 * The page comes with the signature of the rows it is written from (decision 064): the initiatives on it and
 * the one after it (which decides `nextCursor`), and their leads' organisations. Everything else the text
 * shows is kept on those rows: the participants (051) and the counts (033) by triggers. When the caller
 * holds the page of a `known` signature, a small statement reads the signature alone, and the page is
 * written only when it differs.
 */
export async function initiativePageJson(
  db: Db,
  mobilisationId: string,
  filter: PageFilter,
  known: string | null = null,
): Promise<SignedInitiativePage> {
  const query = (await pageQuery(db, mobilisationId, filter))
    .select(sql<string>`initiatives.xmin::text`.as('row_version'))
    .limit(filter.limit + 1);
  if (known !== null) {
    const rows = query
      .clearSelect()
      .select(['id', 'created_at', 'lead_organisation_id', sql<string>`xmin::text`.as('row_version')]);
    const { rows: signed } = await executePrepared(
      db,
      sql<{ signature: string }>`select ${pageSignature} as signature from (${rows}) p
        left join organisations o on o.id = p.lead_organisation_id`,
    );
    const signature = signed[0]?.signature;
    if (signature === known) return { signature, page: null };
  }
  const words = (language: 'sv' | 'en') => sql`json_build_object(
    'title', i.generated_text->${language}->>'title',
    'description', i.generated_text->${language}->>'description')`;
  const isText = (language: 'sv' | 'en', field: 'title' | 'description') =>
    sql`jsonb_typeof(i.generated_text->${language}->${field}) = 'string'`;
  // The participants are kept on the initiative by triggers, in this shape (decision 051).
  const item = sql`json_build_object('id', i.id, 'mobilisationId', i.mobilisation_id, 'title', i.title,
    'description', i.description, 'status', i.status, 'state', i.state, 'goals', i.goal_codes,
    'period', json_build_object('start', i.period_start, 'end', i.period_end),
    'lead', ${organisationRefJson(sql`i.lead_organisation_id`)},
    'participantCount', i.participant_count,
    'participants', i.listed_participants,
    'proposalReasons', coalesce((select json_agg(json_build_object('kind', e->>'kind', 'sv', e->>'sv',
        'en', e->>'en') order by n)
      from jsonb_array_elements(case when jsonb_typeof(i.proposal_reasons) = 'array' then i.proposal_reasons
        else '[]' end) with ordinality a(e, n)), '[]'),
    'generatedText', case when ${isText('sv', 'title')} and ${isText('sv', 'description')}
        and ${isText('en', 'title')} and ${isText('en', 'description')}
        and i.generated_text->'sv'->>'title' = i.title and i.generated_text->'sv'->>'description' = i.description
      then json_build_object('sv', ${words('sv')}, 'en', ${words('en')}) end,
    'mergedInto', i.merged_into, 'version', i.version, 'createdAt', ${isoTimestamp(sql`i.created_at`)},
    'updatedAt', ${isoTimestamp(sql`i.updated_at`)},
    'linkCounts', json_build_object('needs', i.need_count, 'offers', i.offer_count, 'projects', i.project_count))`;
  // Prepared (prepared.ts): one text per combination of filters. The signature is of the rows the page is
  // written from, in the same snapshot.
  const { rows } = await executePrepared(
    db,
    sql<{ signature: string; json: string }>`with page as (
        select i.*, row_number() over (order by i.created_at, i.id) as n from (${query}) i)
      select (select ${pageSignature} from page p left join organisations o on o.id = p.lead_organisation_id)
          as signature,
        '{"items":' || coalesce((select json_agg(${item} order by i.n) from page i
          where i.n <= ${filter.limit}), '[]')
        || ',"nextCursor":' || coalesce((select to_json(i.id)::text from page i where i.n = ${filter.limit}
          and exists (select from page where n > ${filter.limit})), 'null') || '}' as json`,
  );
  const row = rows[0];
  if (!row) throw new Error('initiativePageJson: the statement returned no row');
  return { signature: row.signature, page: new JsonText(row.json) };
}

/**
 * A page of a list with every participant of each initiative (the print page), links counted, not listed;
 * the page after `after` is found by its position (created, id). The list itself: initiativePageJson.
 */
export async function listInitiativePage(
  db: Db,
  mobilisationId: string,
  filter: PageFilter,
): Promise<{ items: InitiativeSummary[]; nextCursor: string | null }> {
  const rows = await (await pageQuery(db, mobilisationId, filter)).limit(filter.limit + 1).execute();
  const page = rows.slice(0, filter.limit);
  return {
    items: (await loadSummaries(db, page)).map((summary, i) => {
      const row = page[i] as InitiativeRow;
      // Kept on the initiative by triggers on its links (decision 033).
      return {
        ...summary,
        linkCounts: { needs: row.need_count, offers: row.offer_count, projects: row.project_count },
      };
    }),
    nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/**
 * Participants must take part in the mobilisation, linked items must be its current needs, offers and
 * projects, and goals must be its own and active (or already held); everything wrong is reported at once, by field.
 */
async function validateInput(
  db: Db,
  mobilisationId: string,
  input: Partial<InitiativeInput>,
  /** The goals the initiative already has: a retired one may stay. */
  heldGoals: ReadonlySet<string> = new Set(),
  prefix = 'body',
) {
  const fields: FieldError[] = [];
  // The lead is shown to everyone who may read the initiative, so it must be of this mobilisation: an id from
  // another (perhaps private) mobilisation would reveal that organisation.
  if (input.leadOrganisationId) {
    const takesPart = await db
      .selectFrom('profiles')
      .select('id')
      .where('mobilisation_id', '=', mobilisationId)
      .where('organisation_id', '=', input.leadOrganisationId)
      .executeTakeFirst();
    if (!takesPart) {
      fields.push({
        path: `${prefix}.leadOrganisationId`,
        code: 'unknown_organisation',
        message: 'Not an organisation of this mobilisation',
      });
    }
  }
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
  fields.push(
    ...(await goalRefusals(
      db,
      mobilisationId,
      (input.goals ?? []).map((code, i) => ({ path: `${prefix}.goals.${i}`, code, held: heldGoals })),
    )),
  );
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
    // Snapshots taken before the platform kept its own words in both languages have none, and those taken
    // before items had states have no states.
    snapshot: withItemStates({ generatedText: null, ...(r.snapshot as Omit<Initiative, 'generatedText'>) }),
  }));
}

/** Snapshots written before items had states read as open items of an unrecorded profile. */
function withItemStates(snapshot: Initiative): Initiative {
  type Linked = Initiative['links']['needs'][number];
  const fill = (l: Partial<Linked> & Omit<Linked, 'state' | 'metHere' | 'profileId'>): Linked => ({
    ...l,
    state: l.state ?? 'open',
    metHere: l.metHere ?? false,
    profileId: l.profileId ?? null,
  });
  return {
    ...snapshot,
    links: {
      needs: snapshot.links.needs.map(fill),
      offers: snapshot.links.offers.map(fill),
      projects: snapshot.links.projects.map((p) => ({ ...p, ...fill(p) })),
    },
  };
}

export async function insertInitiative(
  db: Db,
  mobilisationId: string,
  input: InitiativeInput,
  actor: Actor,
  proposal?: { key: string; reasons: MatchReason[]; generated: GeneratedText },
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
        generated_text: proposal ? JSON.stringify(proposal.generated) : null,
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

/**
 * Locks an initiative for a change at `expectedVersion`. With `mobilisationId`, one of another mobilisation is
 * not found, before its version is compared: a 409 would tell that it exists.
 */
async function lockInitiative(db: Db, id: string, expectedVersion: number, mobilisationId?: string) {
  const row = await db
    .selectFrom('initiatives')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row || (mobilisationId !== undefined && row.mobilisation_id !== mobilisationId))
    throw notFound('initiative');
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
    await validateInput(trx, row.mobilisation_id, patch, new Set(row.goal_codes));
    const participants = patch.participants;
    const lead = patch.leadOrganisationId !== undefined ? patch.leadOrganisationId : row.lead_organisation_id;
    // The lead after the change must be among the participants after it, whichever of the two the patch sets.
    const participantIds = participants
      ? participants.map((p) => p.organisationId)
      : (
          await trx
            .selectFrom('initiative_participants')
            .select('organisation_id')
            .where('initiative_id', '=', id)
            .execute()
        ).map((p) => p.organisation_id);
    const touchesLead = patch.leadOrganisationId !== undefined || participants !== undefined;
    if (touchesLead && lead && !participantIds.includes(lead)) {
      const message = 'The lead organisation must be one of the participants';
      throw new AppError('VALIDATION_FAILED', message, {
        fields: [{ path: 'body.leadOrganisationId', code: 'not_participant', message }],
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
    const other = await lockInitiative(trx, otherId, otherVersion, target.mobilisation_id);
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
  generated: GeneratedText,
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
      await insertInitiative(trx, mobilisationId, input, null, { key, reasons, generated });
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
        JSON.stringify(reasons.map((r) => [r.kind, r.sv, r.en])) &&
      JSON.stringify(current.generatedText?.en ?? null) ===
        JSON.stringify({ title: generated.en.title, description: generated.en.description });
    if (same) return 'kept';
    await trx
      .updateTable('initiatives')
      .set({
        title: input.title,
        description: input.description,
        goal_codes: input.goals,
        lead_organisation_id: input.leadOrganisationId,
        proposal_reasons: JSON.stringify(reasons),
        generated_text: JSON.stringify(generated),
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

/**
 * The listed initiatives an organisation takes part in within a mobilisation, most recently changed first,
 * each with the organisation's own endorsement and whether it leads.
 */
export async function listInitiativesOfOrganisation(
  db: Db,
  mobilisationId: string,
  organisationId: string,
): Promise<OrganisationInitiative[]> {
  const rows = await db
    .selectFrom('initiative_participants as ip')
    .innerJoin('initiatives as n', 'n.id', 'ip.initiative_id')
    .select([
      'n.id',
      'n.title',
      'n.description',
      'n.generated_text',
      'n.status',
      'n.goal_codes',
      'n.period_start',
      'n.period_end',
      'n.lead_organisation_id',
      'n.updated_at',
      'ip.endorsement',
      (eb) =>
        eb
          .selectFrom('initiative_participants as all_ip')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('all_ip.initiative_id', '=', 'n.id')
          .as('participant_count'),
    ])
    .where('ip.organisation_id', '=', organisationId)
    .where('n.mobilisation_id', '=', mobilisationId)
    .where('n.state', '=', 'listed')
    .orderBy('n.updated_at', 'desc')
    .orderBy('n.id')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    generatedText: generatedTextOf(row),
    status: row.status,
    goals: row.goal_codes,
    period: { start: row.period_start, end: row.period_end },
    endorsement: row.endorsement,
    lead: row.lead_organisation_id === organisationId,
    participantCount: row.participant_count ?? 0,
    updatedAt: row.updated_at.toISOString(),
  }));
}
