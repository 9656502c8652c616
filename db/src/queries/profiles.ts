import {
  AppError,
  type FieldError,
  type ItemState,
  type Profile,
  type ProfileContent,
  profileDraftContentSchema,
  profileSubmissionContentSchema,
  type Revision,
  type RevisionSummary,
  schemaMessages,
} from '@kraftsamling/shared';
import { sql } from 'kysely';
import { type Db, withTransaction } from '../kysely';
import type { ProfileRevisionRow, StoredProfileContent } from '../schema';
import { notFound, versionConflict } from './errors';
import { listItemStatuses } from './lifecycle';
import { goalRefusals } from './mobilisations';
import { organisationFromRow, profileStatus } from './organisations';

/**
 * Stored JSON passed the draft schema when it was written; parsing again on the way out keeps the API's
 * promise even for rows written by an older version of the schema (new fields get their defaults).
 */
function contentFromStored(stored: StoredProfileContent): ProfileContent {
  return profileDraftContentSchema.parse(stored);
}

function revisionFromRow(row: ProfileRevisionRow): Revision {
  return {
    number: row.number,
    content: contentFromStored(row.content),
    submittedAt: row.submitted_at.toISOString(),
  };
}

/** A profile as stored, draft included; the API hides the draft from those who may not see it. */
export type FullProfile = Profile & { draft: NonNullable<Profile['draft']> };

export async function getProfile(db: Db, profileId: string): Promise<FullProfile> {
  const row = await db
    .selectFrom('profiles as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .selectAll('o')
    .select([
      'p.id as profile_id',
      'p.mobilisation_id',
      'p.draft',
      'p.draft_version',
      'p.draft_updated_at',
      'p.submitted_version',
    ])
    .where('p.id', '=', profileId)
    .executeTakeFirst();
  if (!row) throw notFound('profile');
  const [latest, count, closedItems] = await Promise.all([
    db
      .selectFrom('profile_revisions')
      .selectAll()
      .where('profile_id', '=', profileId)
      .orderBy('number', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('profile_revisions')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('profile_id', '=', profileId)
      .executeTakeFirstOrThrow(),
    listItemStatuses(db, profileId),
  ]);
  return {
    id: row.profile_id,
    mobilisationId: row.mobilisation_id,
    organisation: organisationFromRow(row),
    status: profileStatus(row),
    draft: {
      content: contentFromStored(row.draft),
      version: row.draft_version,
      updatedAt: row.draft_updated_at.toISOString(),
    },
    latest: latest ? revisionFromRow(latest) : null,
    revisionCount: count.n,
    closedItems,
  };
}

/** Statements carry at most this many rows, well within PostgreSQL's 65,535 parameters per statement. */
const rowsPerStatement = 1000;

async function inChunks<T>(rows: T[], work: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += rowsPerStatement) await work(rows.slice(i, i + rowsPerStatement));
}

/** A set of rows as one parameter (a JSON array), read back as a table by `jsonb_to_recordset`. */
const recordset = (rows: unknown[]) => sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)`;

type Expected = { profileId: string; expectedVersion: number };

/** Locks the profiles (in id order, so two batches never wait on each other in a cycle) and checks their versions. */
async function lockProfiles(trx: Db, wanted: Expected[]) {
  const ids = wanted.map((w) => w.profileId);
  if (new Set(ids).size !== ids.length) throw new Error('a profile appears twice in one batch');
  const rows = await trx
    .selectFrom('profiles')
    .select(['id', 'mobilisation_id', 'draft', 'draft_version', 'submitted_version'])
    .where(sql<boolean>`id = any(${ids}::uuid[])`)
    .orderBy('id')
    .forUpdate()
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return wanted.map(({ profileId, expectedVersion }) => {
    const row = byId.get(profileId);
    if (!row) throw notFound('profile');
    if (row.draft_version !== expectedVersion) throw versionConflict('profile', row.draft_version);
    return row;
  });
}

const sameContent = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the draft if `expectedVersion` is still the stored one; a stale save changes nothing. Saving what is
 * already stored keeps the version, so repeated autosaves and re-imports are no-ops.
 */
export async function saveDraft(
  db: Db,
  profileId: string,
  expectedVersion: number,
  content: ProfileContent,
): Promise<number> {
  const [version] = await saveDrafts(db, [{ profileId, expectedVersion, content }]);
  return version as number;
}

/**
 * `saveDraft` for many profiles at once (an import): all or none, in a few statements whatever their number.
 * Returns each profile's draft version after the save, in the order given.
 */
export async function saveDrafts(
  db: Db,
  drafts: (Expected & { content: ProfileContent })[],
): Promise<number[]> {
  if (drafts.length === 0) return [];
  return withTransaction(db, async (trx) => {
    const current = await lockProfiles(trx, drafts);
    const changed = drafts.flatMap((draft, index) => {
      const row = current[index] as (typeof current)[number];
      return sameContent(contentFromStored(row.draft), draft.content)
        ? []
        : [{ ...draft, version: row.draft_version + 1 }];
    });
    await assertItemIdsFree(trx, changed);
    await inChunks(changed, async (chunk) => {
      const rows = chunk.map((c) => ({ id: c.profileId, draft: c.content, version: c.version }));
      await sql`update profiles as p
        set draft = v.draft, draft_version = v.version, draft_updated_at = now()
        from ${recordset(rows)} as v(id uuid, draft jsonb, version integer)
        where p.id = v.id`.execute(trx);
    });
    const saved = new Map(changed.map((c) => [c.profileId, c.version]));
    return drafts.map((d, index) => saved.get(d.profileId) ?? (current[index]?.draft_version as number));
  });
}

/**
 * Item ids are chosen by clients, so one profile must not claim another profile's projects, needs or offers
 * (nor two profiles saved together the same id).
 */
async function assertItemIdsFree(trx: Db, written: { profileId: string; content: ProfileContent }[]) {
  const claimant = new Map<string, string>();
  const doubled = new Set<string>();
  for (const { profileId, content } of written) {
    for (const entry of [...content.projects, ...content.needs, ...content.offers]) {
      if (claimant.has(entry.id) && claimant.get(entry.id) !== profileId) doubled.add(entry.id);
      claimant.set(entry.id, profileId);
    }
  }
  if (claimant.size === 0) return;
  const ids = [...claimant.keys()];
  const held = await trx
    .selectFrom('profile_items')
    .select(['id', 'profile_id'])
    .where(sql<boolean>`id = any(${ids}::uuid[])`)
    .unionAll(
      trx.selectFrom('projects').select(['id', 'profile_id']).where(sql<boolean>`id = any(${ids}::uuid[])`),
    )
    .execute();
  const taken = new Set(doubled);
  for (const row of held) if (claimant.get(row.id) !== row.profile_id) taken.add(row.id);
  if (taken.size === 0) return;
  const lists = (content: ProfileContent) =>
    [
      ['projects', content.projects],
      ['needs', content.needs],
      ['offers', content.offers],
    ] as const;
  const fields: FieldError[] = written.flatMap(({ content }) =>
    lists(content).flatMap(([list, entries]) =>
      entries.flatMap((entry, index) =>
        taken.has(entry.id)
          ? [
              {
                path: `body.content.${list}.${index}.id`,
                code: 'id_taken',
                message: 'This id belongs to another profile',
              },
            ]
          : [],
      ),
    ),
  );
  throw new AppError('VALIDATION_FAILED', 'Some item ids belong to another profile.', { fields });
}

/**
 * Submits the stored draft as the next revision. The draft must be complete and may only name the
 * mobilisation's own goals. Submitting an unchanged draft again creates no revision.
 */
export async function submitProfile(
  db: Db,
  profileId: string,
  expectedVersion: number,
  /** The mobilisation's kinds of support: an item tagged with another is refused. */
  kindIds?: ReadonlySet<string>,
  /** When the entries are confirmed as holding (the app's clock); default the database's time. */
  now?: Date,
): Promise<number | null> {
  const [number] = await submitProfiles(db, [{ profileId, expectedVersion }], kindIds, now);
  return number ?? null;
}

/**
 * `submitProfile` for many profiles at once (an import): all or none, in a few statements whatever their
 * number. Returns each profile's new revision number, or null where its draft was submitted already.
 */
export async function submitProfiles(
  db: Db,
  submissions: Expected[],
  kindIds?: ReadonlySet<string>,
  /** When the entries are confirmed as holding (the app's clock); default the database's time. */
  now?: Date,
): Promise<(number | null)[]> {
  if (submissions.length === 0) return [];
  return withTransaction(db, async (trx) => {
    const current = await lockProfiles(trx, submissions);
    const due = current.filter((row) => row.submitted_version !== row.draft_version);
    if (due.length === 0) return submissions.map(() => null);

    const written = due.map((row) => {
      const parsed = profileSubmissionContentSchema.safeParse(row.draft);
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', 'The profile is not complete enough to submit.', {
          fields: parsed.error.issues.map((issue) => ({
            path: ['draft', ...issue.path].join('.'),
            code: issue.code,
            message: issue.message,
          })),
        });
      }
      return { row, profileId: row.id, content: parsed.data };
    });
    await assertGoalsExist(trx, written);
    if (kindIds) for (const w of written) assertKindsExist(w.content, kindIds);
    await assertItemIdsFree(trx, written);

    const last = new Map(
      (
        await trx
          .selectFrom('profile_revisions')
          .select(['profile_id', sql<number>`max(number)::int`.as('n')])
          .where(sql<boolean>`profile_id = any(${written.map((w) => w.profileId)}::uuid[])`)
          .groupBy('profile_id')
          .execute()
      ).map((r) => [r.profile_id, r.n]),
    );
    const numbered = written.map((w) => ({ ...w, revision: (last.get(w.profileId) ?? 0) + 1 }));
    await inChunks(numbered, (chunk) =>
      trx
        .insertInto('profile_revisions')
        .values(
          chunk.map((w) => ({
            profile_id: w.profileId,
            number: w.revision,
            content: JSON.stringify(w.content),
          })),
        )
        .execute(),
    );
    await writeCurrentItems(trx, numbered, now);
    await inChunks(numbered, async (chunk) => {
      const rows = chunk.map((w) => ({
        id: w.profileId,
        version: w.row.draft_version,
        goals: w.content.goals,
      }));
      await sql`update profiles as p set submitted_version = v.version, goals_text = v.goals
        from ${recordset(rows)} as v(id uuid, version integer, goals text)
        where p.id = v.id`.execute(trx);
    });
    const revisionOf = new Map(numbered.map((w) => [w.profileId, w.revision]));
    return submissions.map((s) => revisionOf.get(s.profileId) ?? null);
  });
}

async function assertGoalsExist(
  trx: Db,
  written: { profileId: string; row: { mobilisation_id: string }; content: ProfileContent }[],
) {
  const projects = written.flatMap(({ profileId, row, content }) =>
    content.projects.flatMap((project, index) =>
      project.goals.length > 0 ? [{ profileId, mobilisationId: row.mobilisation_id, project, index }] : [],
    ),
  );
  if (projects.length === 0) return;
  // A project keeps a goal retired since it was chosen; only new choices must name active goals.
  const held = new Map(
    (
      await trx
        .selectFrom('projects')
        .select(['id', 'profile_id', 'goal_codes'])
        .where(sql<boolean>`id = any(${projects.map((p) => p.project.id)}::uuid[])`)
        .where('withdrawn_at', 'is', null)
        .execute()
    ).map((p) => [`${p.profile_id}/${p.id}`, new Set(p.goal_codes)]),
  );
  const fields: FieldError[] = [];
  for (const mobilisationId of new Set(projects.map((p) => p.mobilisationId))) {
    fields.push(
      ...(await goalRefusals(
        trx,
        mobilisationId,
        projects
          .filter((p) => p.mobilisationId === mobilisationId)
          .flatMap(({ profileId, project, index }) =>
            project.goals.map((code) => ({
              path: `draft.projects.${index}.goals`,
              code,
              held: held.get(`${profileId}/${project.id}`) ?? new Set<string>(),
            })),
          ),
      )),
    );
  }
  if (fields.length > 0)
    throw new AppError('VALIDATION_FAILED', 'A project names a goal it cannot choose.', { fields });
}

function assertKindsExist(content: ProfileContent, known: ReadonlySet<string>) {
  const fields: FieldError[] = (['needs', 'offers'] as const).flatMap((list) =>
    content[list].flatMap((item, index) =>
      item.supportKind && !known.has(item.supportKind)
        ? [
            {
              path: `draft.${list}.${index}.supportKind`,
              code: 'unknown_kind',
              message: schemaMessages.unknownKind,
            },
          ]
        : [],
    ),
  );
  if (fields.length > 0) {
    throw new AppError('VALIDATION_FAILED', "An item is tagged with a kind the mobilisation doesn't have.", {
      fields,
    });
  }
}

/**
 * Spreads submitted revisions into current rows. Rows keep their id across revisions; `revision_number`
 * moves only when the item's text changes, so later features can tell an edited need from an untouched one.
 */
async function writeCurrentItems(
  trx: Db,
  written: {
    profileId: string;
    row: { mobilisation_id: string };
    revision: number;
    content: ProfileContent;
  }[],
  now?: Date,
) {
  const profileIds = written.map((w) => w.profileId);
  // Item ids are unique across profiles (assertItemIdsFree), so one list of the ids kept serves them all.
  const withdrawMissing = async (table: 'projects' | 'profile_items', kept: string[]) => {
    await trx
      .updateTable(table)
      .set({ withdrawn_at: sql<Date>`now()` })
      .where(sql<boolean>`profile_id = any(${profileIds}::uuid[])`)
      .where('withdrawn_at', 'is', null)
      .where(sql<boolean>`id <> all(${kept}::uuid[])`)
      .execute();
  };

  const projects = written.flatMap(({ profileId, row, revision, content }) =>
    content.projects.map((project, position) => ({
      id: project.id,
      profile_id: profileId,
      mobilisation_id: row.mobilisation_id,
      position,
      title: project.title,
      description: project.description,
      period_start: project.period.start,
      period_end: project.period.end,
      goal_codes: project.goals,
      revision_number: revision,
    })),
  );
  await withdrawMissing(
    'projects',
    projects.map((p) => p.id),
  );
  await inChunks(projects, (chunk) =>
    trx
      .insertInto('projects')
      .values(chunk)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            position: eb.ref('excluded.position'),
            title: eb.ref('excluded.title'),
            description: eb.ref('excluded.description'),
            period_start: eb.ref('excluded.period_start'),
            period_end: eb.ref('excluded.period_end'),
            goal_codes: eb.ref('excluded.goal_codes'),
            withdrawn_at: null,
            revision_number: sql<number>`case when projects.title is distinct from excluded.title
            or projects.description is distinct from excluded.description
            then excluded.revision_number else projects.revision_number end`,
          }))
          .whereRef('projects.profile_id', '=', 'excluded.profile_id'),
      )
      .execute(),
  );

  const items = written.flatMap(({ profileId, row, revision, content }) =>
    [
      ...content.needs.map((item, position) => ({ item, position, kind: 'need' as const })),
      ...content.offers.map((item, position) => ({ item, position, kind: 'offer' as const })),
    ].map(({ item, position, kind }) => ({
      id: item.id,
      profile_id: profileId,
      mobilisation_id: row.mobilisation_id,
      kind,
      position,
      text: item.text,
      themes: item.themes,
      target_groups: item.targetGroups,
      support_kind: item.supportKind ?? null,
      revision_number: revision,
      ...(now ? { confirmed_at: now } : {}),
    })),
  );
  await withdrawMissing(
    'profile_items',
    items.map((i) => i.id),
  );
  await inChunks(items, (chunk) =>
    trx
      .insertInto('profile_items')
      .values(chunk)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            kind: eb.ref('excluded.kind'),
            position: eb.ref('excluded.position'),
            text: eb.ref('excluded.text'),
            themes: eb.ref('excluded.themes'),
            target_groups: eb.ref('excluded.target_groups'),
            support_kind: eb.ref('excluded.support_kind'),
            withdrawn_at: null,
            // Submitting the profile says its entries hold: they are current from now, and a lapsed one is
            // open again (decision 031).
            confirmed_at: now ?? sql<Date>`now()`,
            state: sql<ItemState>`case when profile_items.state = 'expired' then 'open' else profile_items.state end`,
            revision_number: sql<number>`case when profile_items.text is distinct from excluded.text
            or profile_items.kind is distinct from excluded.kind
            then excluded.revision_number else profile_items.revision_number end`,
          }))
          .whereRef('profile_items.profile_id', '=', 'excluded.profile_id'),
      )
      .execute(),
  );
}

/** Drafts of many profiles with their versions (an import reads them all at once). */
export async function getProfileDrafts(
  db: Db,
  profileIds: string[],
): Promise<Map<string, { content: ProfileContent; version: number; submittedVersion: number | null }>> {
  if (profileIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('profiles')
    .select(['id', 'draft', 'draft_version', 'submitted_version'])
    .where(sql<boolean>`id = any(${profileIds}::uuid[])`)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        content: contentFromStored(r.draft),
        version: r.draft_version,
        submittedVersion: r.submitted_version,
      },
    ]),
  );
}

export async function listRevisions(db: Db, profileId: string): Promise<RevisionSummary[]> {
  const exists = await db.selectFrom('profiles').select('id').where('id', '=', profileId).executeTakeFirst();
  if (!exists) throw notFound('profile');
  const rows = await db
    .selectFrom('profile_revisions')
    .select([
      'number',
      'submitted_at',
      sql<number>`jsonb_array_length(content->'projects')`.as('project_count'),
      sql<number>`jsonb_array_length(content->'needs')`.as('need_count'),
      sql<number>`jsonb_array_length(content->'offers')`.as('offer_count'),
    ])
    .where('profile_id', '=', profileId)
    .orderBy('number', 'desc')
    .execute();
  return rows.map((r) => ({
    number: r.number,
    submittedAt: r.submitted_at.toISOString(),
    projectCount: r.project_count,
    needCount: r.need_count,
    offerCount: r.offer_count,
  }));
}

export async function getRevision(db: Db, profileId: string, number: number): Promise<Revision> {
  const row = await db
    .selectFrom('profile_revisions')
    .selectAll()
    .where('profile_id', '=', profileId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) throw notFound('revision');
  return revisionFromRow(row);
}

/** The profile an import created for a row of its file, found again by the file's own id for that row. */
export async function findProfileByExternalId(
  db: Db,
  mobilisationId: string,
  externalId: string,
): Promise<{ profileId: string; organisationId: string } | undefined> {
  const row = await db
    .selectFrom('profiles')
    .select(['id', 'organisation_id'])
    .where('mobilisation_id', '=', mobilisationId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row ? { profileId: row.id, organisationId: row.organisation_id } : undefined;
}
