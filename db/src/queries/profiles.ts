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

async function lockProfile(trx: Db, profileId: string, expectedVersion: number) {
  const row = await trx
    .selectFrom('profiles')
    .select(['id', 'mobilisation_id', 'draft', 'draft_version', 'submitted_version'])
    .where('id', '=', profileId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound('profile');
  if (row.draft_version !== expectedVersion) throw versionConflict('profile', row.draft_version);
  return row;
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
  return withTransaction(db, async (trx) => {
    const current = await lockProfile(trx, profileId, expectedVersion);
    if (sameContent(contentFromStored(current.draft), content)) return current.draft_version;
    await assertItemIdsFree(trx, profileId, content);
    await trx
      .updateTable('profiles')
      .set({
        draft: JSON.stringify(content),
        draft_version: current.draft_version + 1,
        draft_updated_at: sql<Date>`now()`,
      })
      .where('id', '=', profileId)
      .execute();
    return current.draft_version + 1;
  });
}

/** Item ids are chosen by clients, so one profile must not claim another profile's projects, needs or offers. */
async function assertItemIdsFree(trx: Db, profileId: string, content: ProfileContent) {
  const lists = [
    ['projects', content.projects],
    ['needs', content.needs],
    ['offers', content.offers],
  ] as const;
  const ids = lists.flatMap(([, entries]) => entries.map((e) => e.id));
  if (ids.length === 0) return;
  const taken = new Set(
    (
      await trx
        .selectFrom('profile_items')
        .select('id')
        .where('id', 'in', ids)
        .where('profile_id', '<>', profileId)
        .union(
          trx.selectFrom('projects').select('id').where('id', 'in', ids).where('profile_id', '<>', profileId),
        )
        .execute()
    ).map((r) => r.id),
  );
  if (taken.size === 0) return;
  const fields: FieldError[] = lists.flatMap(([list, entries]) =>
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
  return withTransaction(db, async (trx) => {
    const current = await lockProfile(trx, profileId, expectedVersion);
    if (current.submitted_version === current.draft_version) return null;

    const parsed = profileSubmissionContentSchema.safeParse(current.draft);
    if (!parsed.success) {
      throw new AppError('VALIDATION_FAILED', 'The profile is not complete enough to submit.', {
        fields: parsed.error.issues.map((issue) => ({
          path: ['draft', ...issue.path].join('.'),
          code: issue.code,
          message: issue.message,
        })),
      });
    }
    const content = parsed.data;
    await assertGoalsExist(trx, profileId, current.mobilisation_id, content);
    if (kindIds) assertKindsExist(content, kindIds);
    await assertItemIdsFree(trx, profileId, content);

    const last = await trx
      .selectFrom('profile_revisions')
      .select(sql<number>`coalesce(max(number), 0)::int`.as('n'))
      .where('profile_id', '=', profileId)
      .executeTakeFirstOrThrow();
    const number = last.n + 1;
    await trx
      .insertInto('profile_revisions')
      .values({ profile_id: profileId, number, content: JSON.stringify(content) })
      .execute();
    await writeCurrentItems(trx, profileId, number, content, now);
    await trx
      .updateTable('profiles')
      .set({ submitted_version: current.draft_version, goals_text: content.goals })
      .where('id', '=', profileId)
      .execute();
    return number;
  });
}

async function assertGoalsExist(trx: Db, profileId: string, mobilisationId: string, content: ProfileContent) {
  // A project keeps a goal retired since it was chosen; only new choices must name active goals.
  const held = new Map(
    (
      await trx
        .selectFrom('projects')
        .select(['id', 'goal_codes'])
        .where('profile_id', '=', profileId)
        .where('withdrawn_at', 'is', null)
        .execute()
    ).map((p) => [p.id, new Set(p.goal_codes)]),
  );
  const fields = await goalRefusals(
    trx,
    mobilisationId,
    content.projects.flatMap((project, index) =>
      project.goals.map((code) => ({
        path: `draft.projects.${index}.goals`,
        code,
        held: held.get(project.id) ?? new Set<string>(),
      })),
    ),
  );
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
 * Spreads a submitted revision into current rows. Rows keep their id across revisions; `revision_number`
 * moves only when the item's text changes, so later features can tell an edited need from an untouched one.
 */
async function writeCurrentItems(
  trx: Db,
  profileId: string,
  revision: number,
  content: ProfileContent,
  now?: Date,
) {
  const withdrawMissing = async (table: 'projects' | 'profile_items', ids: string[]) => {
    let query = trx
      .updateTable(table)
      .set({ withdrawn_at: sql<Date>`now()` })
      .where('profile_id', '=', profileId)
      .where('withdrawn_at', 'is', null);
    if (ids.length > 0) query = query.where('id', 'not in', ids);
    await query.execute();
  };

  await withdrawMissing(
    'projects',
    content.projects.map((p) => p.id),
  );
  for (const [position, project] of content.projects.entries()) {
    await trx
      .insertInto('projects')
      .values({
        id: project.id,
        profile_id: profileId,
        position,
        title: project.title,
        description: project.description,
        period_start: project.period.start,
        period_end: project.period.end,
        goal_codes: project.goals,
        revision_number: revision,
      })
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
          .where('projects.profile_id', '=', profileId),
      )
      .execute();
  }

  const items = [
    ...content.needs.map((item, position) => ({ item, position, kind: 'need' as const })),
    ...content.offers.map((item, position) => ({ item, position, kind: 'offer' as const })),
  ];
  await withdrawMissing(
    'profile_items',
    items.map(({ item }) => item.id),
  );
  for (const { item, position, kind } of items) {
    await trx
      .insertInto('profile_items')
      .values({
        id: item.id,
        profile_id: profileId,
        kind,
        position,
        text: item.text,
        themes: item.themes,
        target_groups: item.targetGroups,
        support_kind: item.supportKind ?? null,
        revision_number: revision,
        ...(now ? { confirmed_at: now } : {}),
      })
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
          .where('profile_items.profile_id', '=', profileId),
      )
      .execute();
  }
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
