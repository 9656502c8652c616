import { sql } from 'kysely';
import type { Db } from '../kysely';
import { executePrepared } from '../prepared';
import type { KindsBasis } from '../schema';
import { versionConflict } from './errors';
import { latestDecisions } from './review';

export type StoredKindsVersion = {
  version: number;
  kinds: unknown[];
  targetGroups: unknown[];
  abbreviations: unknown[];
  basis: KindsBasis;
  note: string;
  revertedFrom: number | null;
  createdBy: string | null;
  createdAt: Date | null;
};

const versionColumns = [
  'version',
  'kinds',
  'target_groups',
  'abbreviations',
  'basis',
  'note',
  'reverted_from',
  'created_by_name',
  'created_at',
] as const;

function toVersion(row: {
  version: number;
  kinds: unknown[];
  target_groups: unknown[];
  abbreviations: unknown[];
  basis: KindsBasis;
  note: string;
  reverted_from: number | null;
  created_by_name: string;
  created_at: Date;
}): StoredKindsVersion {
  return {
    version: row.version,
    kinds: row.kinds,
    targetGroups: row.target_groups,
    abbreviations: row.abbreviations,
    basis: row.basis,
    note: row.note,
    revertedFrom: row.reverted_from,
    createdBy: row.created_by_name,
    createdAt: row.created_at,
  };
}

/** The number of the mobilisation's current kinds version; 0 is the template it starts from. */
export async function currentKindsVersionNumber(db: Db, mobilisationId: string): Promise<number> {
  const { rows } = await executePrepared(
    db,
    db
      .selectFrom('mobilisation_fields')
      .select('kinds_version')
      .where('mobilisation_id', '=', mobilisationId),
  );
  return rows[0]?.kinds_version ?? 0;
}

/** One stored version of the mobilisation's kinds (version 0, the template, is never stored). */
export async function getKindsVersion(
  db: Db,
  mobilisationId: string,
  version: number,
): Promise<StoredKindsVersion | undefined> {
  const row = await db
    .selectFrom('mobilisation_kinds')
    .select(versionColumns)
    .where('mobilisation_id', '=', mobilisationId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? toVersion(row) : undefined;
}

/** Every stored version, newest first, without the kinds themselves (only how many). */
export async function listKindsVersions(
  db: Db,
  mobilisationId: string,
): Promise<(Omit<StoredKindsVersion, 'kinds' | 'targetGroups' | 'abbreviations'> & { kindCount: number })[]> {
  const rows = await db
    .selectFrom('mobilisation_kinds')
    .select(['version', 'basis', 'note', 'reverted_from', 'created_by_name', 'created_at'])
    .select(sql<number>`jsonb_array_length(kinds)`.as('kind_count'))
    .where('mobilisation_id', '=', mobilisationId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    basis: r.basis,
    note: r.note,
    revertedFrom: r.reverted_from,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    kindCount: Number(r.kind_count),
  }));
}

/**
 * Adds a version of the mobilisation's kinds and makes it current, if `expected` is still the current one
 * (else VERSION_CONFLICT: someone else changed them since). The pointer row is locked for the check, so two
 * concurrent changes cannot both build on the same version. Returns the new version's number.
 */
export async function insertKindsVersion(
  db: Db,
  input: {
    mobilisationId: string;
    expected: number;
    kinds: unknown[];
    targetGroups: unknown[];
    /** Absent: none. */
    abbreviations?: unknown[];
    basis: KindsBasis;
    note: string;
    revertedFrom: number | null;
    actor: { id: string; name: string } | null;
  },
): Promise<number> {
  await db
    .insertInto('mobilisation_fields')
    .values({ mobilisation_id: input.mobilisationId })
    .onConflict((oc) => oc.column('mobilisation_id').doNothing())
    .execute();
  const pointer = await db
    .selectFrom('mobilisation_fields')
    .select('kinds_version')
    .where('mobilisation_id', '=', input.mobilisationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (pointer.kinds_version !== input.expected)
    throw versionConflict('kinds of support', pointer.kinds_version);
  const version = pointer.kinds_version + 1;
  await db
    .insertInto('mobilisation_kinds')
    .values({
      mobilisation_id: input.mobilisationId,
      version,
      kinds: JSON.stringify(input.kinds),
      target_groups: JSON.stringify(input.targetGroups),
      abbreviations: JSON.stringify(input.abbreviations ?? []),
      basis: input.basis,
      note: input.note,
      reverted_from: input.revertedFrom,
      created_by: input.actor?.id ?? null,
      created_by_name: input.actor?.name ?? 'system',
    })
    .execute();
  await db
    .updateTable('mobilisation_fields')
    .set({ kinds_version: version })
    .where('mobilisation_id', '=', input.mobilisationId)
    .execute();
  return version;
}

export type StoredFieldModel = {
  model: unknown;
  fingerprint: string;
  kindsVersion: number;
  learnedFrom: Record<string, number>;
  learnedAt: Date;
};

/** The field the engine last learnt for the mobilisation, if any. */
export async function getFieldModel(db: Db, mobilisationId: string): Promise<StoredFieldModel | undefined> {
  const row = await db
    .selectFrom('mobilisation_fields')
    .select(['model', 'fingerprint', 'model_kinds_version', 'learned_from', 'learned_at'])
    .where('mobilisation_id', '=', mobilisationId)
    .where('fingerprint', 'is not', null)
    .executeTakeFirst();
  if (!row?.fingerprint || !row.learned_at) return undefined;
  return {
    model: row.model,
    fingerprint: row.fingerprint,
    kindsVersion: row.model_kinds_version ?? 0,
    learnedFrom: row.learned_from ?? {},
    learnedAt: row.learned_at,
  };
}

/** Only the learnt field's fingerprint (cheap: the matching job asks before every run). */
export async function getFieldFingerprint(db: Db, mobilisationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('mobilisation_fields')
    .select('fingerprint')
    .where('mobilisation_id', '=', mobilisationId)
    .executeTakeFirst();
  return row?.fingerprint ?? null;
}

export async function storeFieldModel(
  db: Db,
  mobilisationId: string,
  input: { model: unknown; fingerprint: string; kindsVersion: number; learnedFrom: Record<string, number> },
): Promise<void> {
  const values = {
    model: JSON.stringify(input.model),
    fingerprint: input.fingerprint,
    model_kinds_version: input.kindsVersion,
    learned_from: JSON.stringify(input.learnedFrom),
    learned_at: sql<Date>`now()`,
  };
  await db
    .insertInto('mobilisation_fields')
    .values({ mobilisation_id: mobilisationId, ...values })
    .onConflict((oc) => oc.column('mobilisation_id').doUpdateSet(values))
    .execute();
}

export type LearningItem = {
  id: string;
  profileId: string;
  side: 'need' | 'offer';
  text: string;
  supportKind: string | null;
};

/**
 * What the mobilisation teaches the engine: every current need and offer of its submitted profiles (with the
 * kind its organisation tagged it with), and the coordinators' accepted and rejected pairs that still hold (a
 * rejection lapses when either text changed; "later" says nothing), as the two texts.
 */
export async function loadLearningData(
  db: Db,
  mobilisationId: string,
): Promise<{ items: LearningItem[]; decisions: { need: string; offer: string; accepted: boolean }[] }> {
  const items = await db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .select(['i.id', 'i.profile_id', 'i.kind', 'i.text', 'i.support_kind'])
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('p.submitted_version', 'is not', null)
    .where('i.withdrawn_at', 'is', null)
    .orderBy('i.profile_id')
    .orderBy('i.kind')
    .orderBy('i.position')
    .execute();
  const decisions = await db
    .selectFrom(latestDecisions(db, mobilisationId).as('d'))
    .innerJoin('profile_items as n', 'n.id', 'd.need_id')
    .innerJoin('profile_items as o', 'o.id', 'd.offer_id')
    .select(['d.decision', 'd.need_id', 'd.offer_id', 'n.text as need', 'o.text as offer'])
    .where('n.withdrawn_at', 'is', null)
    .where('o.withdrawn_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('d.decision', '=', 'accepted'),
        eb.and([
          eb('d.decision', '=', 'rejected'),
          eb('d.need_revision', '=', eb.ref('n.revision_number')),
          eb('d.offer_revision', '=', eb.ref('o.revision_number')),
        ]),
      ]),
    )
    .orderBy('d.need_id')
    .orderBy('d.offer_id')
    .execute();
  // The organisations' own answers to interests: "intressant – hör av er" says the pair fits, "inte aktuellt"
  // that it does not (decision 029). A coordinator's decision on the same pair counts instead.
  const answered = await db
    .selectFrom('interests as x')
    .innerJoin('profile_items as a', 'a.id', 'x.item_id')
    .innerJoin('profile_items as b', 'b.id', 'x.counterpart_item_id')
    .select([
      'x.answer',
      'a.kind as a_kind',
      'a.id as a_id',
      'b.id as b_id',
      'a.text as a_text',
      'b.text as b_text',
    ])
    .where('x.mobilisation_id', '=', mobilisationId)
    .where('x.answer', 'is not', null)
    .whereRef('a.kind', '<>', 'b.kind')
    .where('a.withdrawn_at', 'is', null)
    .where('b.withdrawn_at', 'is', null)
    .orderBy('x.answered_at')
    .execute();
  const decided = new Set(decisions.map((d) => `${d.need_id}:${d.offer_id}`));
  const byAnswer = new Map<string, { need: string; offer: string; accepted: boolean }>();
  for (const x of answered) {
    const needFirst = x.a_kind === 'need';
    const key = needFirst ? `${x.a_id}:${x.b_id}` : `${x.b_id}:${x.a_id}`;
    if (decided.has(key)) continue;
    // The latest answer about a pair is what the organisations think of it now.
    byAnswer.set(key, {
      need: needFirst ? x.a_text : x.b_text,
      offer: needFirst ? x.b_text : x.a_text,
      accepted: x.answer === 'interested',
    });
  }
  return {
    items: items.map((i) => ({
      id: i.id,
      profileId: i.profile_id,
      side: i.kind,
      text: i.text,
      supportKind: i.support_kind,
    })),
    decisions: [
      ...decisions.map((d) => ({ need: d.need, offer: d.offer, accepted: d.decision === 'accepted' })),
      ...byAnswer.values(),
    ],
  };
}

export type DismissedTerm = { kind: string; language: string; stem: string };

export async function listDismissedTerms(db: Db, mobilisationId: string): Promise<DismissedTerm[]> {
  return db
    .selectFrom('dismissed_terms')
    .select(['kind', 'language', 'stem'])
    .where('mobilisation_id', '=', mobilisationId)
    .execute();
}

export async function dismissTerm(
  db: Db,
  mobilisationId: string,
  term: DismissedTerm & { word: string },
  actor: { id: string; name: string } | null,
): Promise<void> {
  await db
    .insertInto('dismissed_terms')
    .values({
      mobilisation_id: mobilisationId,
      ...term,
      dismissed_by: actor?.id ?? null,
      dismissed_by_name: actor?.name ?? 'system',
    })
    .onConflict((oc) => oc.columns(['mobilisation_id', 'kind', 'language', 'stem']).doNothing())
    .execute();
}

export type EvidenceItem = {
  itemId: string;
  side: 'need' | 'offer';
  text: string;
  profileId: string;
  organisation: { id: string; name: string };
};

/** Items of the mobilisation by id, with their organisation, for showing where a learnt term came from. */
export async function loadEvidenceItems(
  db: Db,
  mobilisationId: string,
  itemIds: string[],
): Promise<EvidenceItem[]> {
  if (itemIds.length === 0) return [];
  const rows = await db
    .selectFrom('profile_items as i')
    .innerJoin('profiles as p', 'p.id', 'i.profile_id')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['i.id', 'i.kind', 'i.text', 'i.profile_id', 'o.id as organisation_id', 'o.name'])
    .where('p.mobilisation_id', '=', mobilisationId)
    .where('i.id', 'in', itemIds)
    .execute();
  return rows.map((r) => ({
    itemId: r.id,
    side: r.kind,
    text: r.text,
    profileId: r.profile_id,
    organisation: { id: r.organisation_id, name: r.name },
  }));
}
