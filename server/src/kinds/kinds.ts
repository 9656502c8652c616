import {
  currentKindsVersionNumber,
  type Db,
  getKindsVersion,
  mobilisationName,
  type StoredKindsVersion,
} from '@kraftsamling/db';
import {
  type AbbreviationInput,
  generalCoreKinds,
  type KindDefinition,
  type KindLabels,
  kindLabels,
  type LearningInput,
  type TargetGroupInput,
  templateKinds,
} from '@kraftsamling/matching';
import {
  AppError,
  targetGroups as generalTargetGroups,
  type KindAbbreviation,
  type KindsVersion,
  type KindTargetGroup,
  type KindTemplateList,
  type StartingKinds,
  type SupportKind,
  type TermTiers,
} from '@kraftsamling/shared';

// A mobilisation's kinds of support as the product stores them (decision 015), and as the engine takes them.

/** The template's kinds, as a mobilisation that starts from it has them (version 0). */
export function templateSupportKinds(): SupportKind[] {
  return templateKinds().map((k) => ({ id: k.id, sv: k.sv, en: k.en, draws: k.draws ?? [k.id] }));
}

/** The templates a new mobilisation's kinds can start from: the mental-health one and the general core. */
export function kindTemplates(): KindTemplateList {
  return {
    items: [
      { id: 'mental-health', kinds: templateSupportKinds(), targetGroups: defaultTargetGroups() },
      {
        id: 'general-core',
        kinds: generalCoreKinds().map((k) => ({ id: k.id, sv: k.sv, en: k.en, draws: k.draws ?? [k.id] })),
        targetGroups: defaultTargetGroups(),
      },
    ],
  };
}

/**
 * A new mobilisation's first kinds, from what the administrator chose (`startingKindsSchema`): the list given,
 * else the source's own; target groups from the copied mobilisation, else the general ones. `null`: the
 * template unchanged, which a mobilisation has without storing anything (version 0).
 */
export async function startingKinds(
  db: Db,
  choice: Omit<StartingKinds, 'list'> & { list?: SupportKind[] | undefined },
): Promise<{
  kinds: SupportKind[];
  targetGroups: KindTargetGroup[];
  abbreviations: KindAbbreviation[];
  note: string;
} | null> {
  let source: { kinds: SupportKind[]; targetGroups: KindTargetGroup[]; abbreviations: KindAbbreviation[] };
  let note: string;
  if (choice.from === 'mobilisation') {
    const id = choice.mobilisationId ?? '';
    const name = await mobilisationName(db, id);
    if (name === undefined)
      throw new AppError('VALIDATION_FAILED', 'No mobilisation to copy the kinds of support from.', {
        fields: [
          {
            path: 'body.kinds.mobilisationId',
            code: 'unknown_mobilisation',
            message: 'No such mobilisation',
          },
        ],
      });
    source = await currentKinds(db, id);
    note = `Kopia av ${name} / Copy of ${name}`;
  } else if (choice.from === 'general-core') {
    const [core] = kindTemplates().items.filter((t) => t.id === 'general-core');
    source = { kinds: core?.kinds ?? [], targetGroups: defaultTargetGroups(), abbreviations: [] };
    note = 'Allmän kärna / General core';
  } else if (choice.from === 'mental-health') {
    source = templateVersion();
    note = 'Mallen för psykisk hälsa / The mental-health template';
  } else {
    source = { kinds: [], targetGroups: defaultTargetGroups(), abbreviations: [] };
    note = 'Från början / From scratch';
  }
  const kinds = choice.list ?? source.kinds;
  if (kinds.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Name at least one kind of support.', {
      fields: [{ path: 'body.kinds.list', code: 'too_small', message: 'Name at least one kind of support' }],
    });
  if (isTemplate(kinds) && isDefaultLanguage(source)) return null;
  const added = kinds.length - kinds.filter((k) => source.kinds.some((s) => s.id === k.id)).length;
  const left = source.kinds.filter((s) => !kinds.some((k) => k.id === s.id)).length;
  const changes = [added > 0 ? `+${added}` : '', left > 0 ? `−${left}` : ''].filter(Boolean).join(' ');
  // A kind named like a group the engine reads would name two things.
  const groupIds = new Set(source.targetGroups.filter(readByEngine).map((g) => engineGroupId(g.id)));
  const clash = kinds.findIndex((k) => groupIds.has(k.id));
  if (clash >= 0)
    throw new AppError('VALIDATION_FAILED', 'A kind of support is named like a target group.', {
      fields: [{ path: `body.kinds.list.${clash}.id`, code: 'taken', message: 'A target group has this id' }],
    });
  // An abbreviation of a kind left out has nothing to stand for.
  const named = new Set([...kinds.map((k) => k.id), ...source.targetGroups.map((g) => g.id)]);
  return {
    kinds,
    targetGroups: source.targetGroups,
    abbreviations: source.abbreviations.filter((a) => named.has(a.means)),
    note: changes ? `${note} ${changes}` : note,
  };
}

/**
 * Refuses target groups and abbreviations the engine could not read: a group the engine would read under a kind's
 * id (one id names one thing), an abbreviation of no kind or group of the list.
 */
export function checkLanguage(
  kinds: SupportKind[],
  targetGroups: KindTargetGroup[],
  abbreviations: KindAbbreviation[],
): void {
  const kindIds = new Set(kinds.map((k) => k.id));
  const groupIds = new Set(targetGroups.map((g) => g.id));
  const fields = [
    ...targetGroups.flatMap((g, i) =>
      readByEngine(g) && kindIds.has(engineGroupId(g.id))
        ? [{ path: `body.targetGroups.${i}.id`, code: 'taken', message: 'A kind of support has this id' }]
        : [],
    ),
    ...abbreviations.flatMap((a, i) =>
      kindIds.has(a.means) || groupIds.has(a.means)
        ? []
        : [
            {
              path: `body.abbreviations.${i}.means`,
              code: 'unknown_kind',
              message: 'No such kind or target group',
            },
          ],
    ),
  ];
  if (fields.length > 0)
    throw new AppError('VALIDATION_FAILED', 'Target groups or abbreviations do not fit the kinds.', {
      fields,
    });
}

/** Whether a version's target groups are the general ones, unchanged, and it has no abbreviations of its own. */
export function isDefaultLanguage(version: {
  targetGroups: KindTargetGroup[];
  abbreviations: KindAbbreviation[];
}) {
  return (
    version.abbreviations.length === 0 &&
    JSON.stringify(version.targetGroups.map(normalisedGroup)) ===
      JSON.stringify(defaultTargetGroups().map(normalisedGroup))
  );
}

function normalisedGroup(group: KindTargetGroup) {
  const empty = (t: TermTiers | undefined) =>
    !t || (t.core.length === 0 && t.related.length === 0 && t.hint.length === 0);
  return {
    id: group.id,
    sv: group.sv,
    en: group.en,
    terms: empty(group.terms?.sv) && empty(group.terms?.en) ? null : group.terms,
  };
}

export function defaultTargetGroups(): KindTargetGroup[] {
  return generalTargetGroups.map((g) => ({ id: g.id, sv: g.sv, en: g.en }));
}

const templateVersion = (): KindsVersion => ({
  version: 0,
  basis: 'template',
  note: '',
  revertedFrom: null,
  createdBy: null,
  createdAt: null,
  kinds: templateSupportKinds(),
  targetGroups: defaultTargetGroups(),
  abbreviations: [],
});

function present(stored: StoredKindsVersion): KindsVersion {
  return {
    version: stored.version,
    basis: stored.basis,
    note: stored.note,
    revertedFrom: stored.revertedFrom,
    createdBy: stored.createdBy,
    createdAt: stored.createdAt ? stored.createdAt.toISOString() : null,
    // Written through the shared schema by this module only, so read back as that shape.
    kinds: stored.kinds as SupportKind[],
    targetGroups: stored.targetGroups as KindTargetGroup[],
    abbreviations: stored.abbreviations as KindAbbreviation[],
  };
}

/** One version of the mobilisation's kinds; 0 is the template. */
export async function kindsVersionOf(db: Db, mobilisationId: string, version: number): Promise<KindsVersion> {
  if (version === 0) return templateVersion();
  const stored = await getKindsVersion(db, mobilisationId, version);
  if (!stored) throw new AppError('NOT_FOUND', 'No such version of the kinds of support.');
  return present(stored);
}

/** The mobilisation's current kinds (the template until its coordinators change them). */
export async function currentKinds(db: Db, mobilisationId: string): Promise<KindsVersion> {
  return kindsVersionOf(db, mobilisationId, await currentKindsVersionNumber(db, mobilisationId));
}

/**
 * The labels of each mobilisation's current kinds version, per database. A stored version never changes (an
 * edit or a revert stores a new one), so the labels are good for as long as the version is current: a read
 * costs the one-row lookup of the version number instead of reading the version's kinds and comparing them
 * with the template on every request. Another instance's change is seen by that lookup too.
 */
const labelsOfVersion = new WeakMap<Db, Map<string, { version: number; labels: KindLabels | undefined }>>();

/**
 * The names the mobilisation's reasons give its kinds: its own, once its coordinators changed the list (the
 * template's kinds keep the vocabulary's names).
 */
export async function reasonLabels(
  db: Db,
  mobilisationId: string,
  /** The current version number when the caller read it along with its data (one statement less). */
  knownVersion?: number,
): Promise<KindLabels | undefined> {
  const version = knownVersion ?? (await currentKindsVersionNumber(db, mobilisationId));
  let known = labelsOfVersion.get(db);
  if (!known) {
    known = new Map();
    labelsOfVersion.set(db, known);
  }
  const cached = known.get(mobilisationId);
  if (cached?.version === version) return cached.labels;
  const { kinds } = await kindsVersionOf(db, mobilisationId, version);
  const labels = isTemplate(kinds) ? undefined : kindLabels(kinds);
  known.set(mobilisationId, { version, labels });
  return labels;
}

/** Whether a list is the template's exactly: then the engine reads it as its tuned template. */
export function isTemplate(kinds: SupportKind[]): boolean {
  const template = templateSupportKinds();
  return (
    kinds.length === template.length &&
    kinds.every((k, i) => JSON.stringify(normalised(k)) === JSON.stringify(normalised(template[i])))
  );
}

function normalised(kind: SupportKind | undefined) {
  if (!kind) return null;
  const empty = (t: TermTiers | undefined) =>
    !t || (t.core.length === 0 && t.related.length === 0 && t.hint.length === 0);
  return {
    id: kind.id,
    sv: kind.sv,
    en: kind.en,
    description: kind.description && (kind.description.sv || kind.description.en) ? kind.description : null,
    terms: empty(kind.terms?.sv) && empty(kind.terms?.en) ? null : kind.terms,
    needsPresence: kind.needsPresence ?? null,
    draws: kind.draws ?? null,
  };
}

const termLists = (t: TermTiers | undefined) =>
  t ? { core: t.core.join(','), related: t.related.join(','), hint: t.hint.join(',') } : undefined;

/**
 * The mobilisation's target groups and abbreviations as the engine takes them; nothing when they are the general
 * language's unchanged, so such a field is read (and fingerprinted) exactly as before.
 */
export function ownLanguage(version: {
  targetGroups: KindTargetGroup[];
  abbreviations: KindAbbreviation[];
}): { targetGroups?: TargetGroupInput[]; abbreviations?: AbbreviationInput[] } {
  if (isDefaultLanguage(version)) return {};
  return {
    targetGroups: version.targetGroups.flatMap((g) => {
      const sv = termLists(g.terms?.sv);
      const en = termLists(g.terms?.en);
      if (!readByEngine(g)) return [];
      return [
        {
          id: engineGroupId(g.id),
          sv: g.sv,
          en: g.en,
          ...(sv || en ? { terms: { ...(sv ? { sv } : {}), ...(en ? { en } : {}) } } : {}),
        },
      ];
    }),
    abbreviations: version.abbreviations.map((a) => ({
      abbreviation: a.abbreviation,
      expansion: { sv: a.expansion.sv, en: a.expansion.en || a.expansion.sv },
      means: engineGroupId(a.means),
      ...(a.caseSensitive ? { caseSensitive: true } : {}),
    })),
  };
}

/**
 * The engine's group of the general language each of the product's general target groups is read as; the others
 * (parents, LGBTQI people, students) the engine reads within its broader groups or not at all.
 */
const ENGINE_GROUP: Partial<Record<string, string>> = {
  allmanheten: 'general',
  'barn-och-unga': 'children-youth',
  vuxna: 'adults',
  aldre: 'elderly',
  anhoriga: 'relatives',
  anstallda: 'employees',
  nyanlanda: 'newly-arrived',
  funktionsnedsattning: 'mental-illness',
};
const generalIds = new Set<string>(generalTargetGroups.map((g) => g.id));

const hasWords = (g: KindTargetGroup) =>
  [g.terms?.sv, g.terms?.en].some((t) => t && t.core.length + t.related.length + t.hint.length > 0);

/** A general group the engine has no group for is read as before (not at all) until it is given words. */
const readByEngine = (g: KindTargetGroup) =>
  !generalIds.has(g.id) || ENGINE_GROUP[g.id] !== undefined || hasWords(g);

/** The id the engine knows a target group (or a kind) by. */
export const engineGroupId = (id: string) => ENGINE_GROUP[id] ?? id;

/** A stored kind as the engine's definition (terms as the vocabulary's comma-separated lists). */
export function toKindDefinition(kind: SupportKind): KindDefinition {
  const tiers = (t: TermTiers | undefined) =>
    t ? { core: t.core.join(','), related: t.related.join(','), hint: t.hint.join(',') } : undefined;
  const sv = tiers(kind.terms?.sv);
  const en = tiers(kind.terms?.en);
  const description = kind.description
    ? {
        ...(kind.description.sv ? { sv: kind.description.sv } : {}),
        ...(kind.description.en ? { en: kind.description.en } : {}),
      }
    : undefined;
  return {
    id: kind.id,
    sv: kind.sv,
    en: kind.en,
    ...(description && Object.keys(description).length > 0 ? { description } : {}),
    ...(sv || en ? { terms: { ...(sv ? { sv } : {}), ...(en ? { en } : {}) } } : {}),
    ...(kind.needsPresence !== undefined ? { needsPresence: kind.needsPresence } : {}),
    ...(kind.draws ? { draws: kind.draws } : {}),
  };
}

/**
 * The engine's learning input for a mobilisation: its kinds (none when they are the template's, so the tuned
 * template is read exactly as before), its texts, its coordinators' decisions and its organisations' tags.
 */
export function learningInput(
  version: Pick<KindsVersion, 'kinds' | 'targetGroups' | 'abbreviations'>,
  data: {
    items: { id: string; profileId: string; text: string; supportKind: string | null }[];
    decisions: { need: string; offer: string; accepted: boolean }[];
  },
): LearningInput {
  const { kinds } = version;
  const known = new Set(kinds.map((k) => k.id));
  return {
    ...(isTemplate(kinds) ? {} : { kinds: kinds.map(toKindDefinition) }),
    ...ownLanguage(version),
    items: data.items.map((i) => ({ org: i.profileId, text: i.text, id: i.id })),
    decisions: data.decisions,
    // A tag of a kind the mobilisation no longer has teaches nothing.
    tags: data.items.flatMap((i) =>
      i.supportKind && known.has(i.supportKind) ? [{ text: i.text, kind: i.supportKind }] : [],
    ),
  };
}
