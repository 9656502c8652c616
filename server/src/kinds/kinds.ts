import {
  currentKindsVersionNumber,
  type Db,
  getKindsVersion,
  mobilisationName,
  type StoredKindsVersion,
} from '@kraftsamling/db';
import {
  generalCoreKinds,
  type KindDefinition,
  type KindLabels,
  kindLabels,
  type LearningInput,
  templateKinds,
} from '@kraftsamling/matching';
import {
  AppError,
  targetGroups as generalTargetGroups,
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
): Promise<{ kinds: SupportKind[]; targetGroups: KindTargetGroup[]; note: string } | null> {
  let source: { kinds: SupportKind[]; targetGroups: KindTargetGroup[] };
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
    source = { kinds: core?.kinds ?? [], targetGroups: defaultTargetGroups() };
    note = 'Allmän kärna / General core';
  } else if (choice.from === 'mental-health') {
    source = templateVersion();
    note = 'Mallen för psykisk hälsa / The mental-health template';
  } else {
    source = { kinds: [], targetGroups: defaultTargetGroups() };
    note = 'Från början / From scratch';
  }
  const kinds = choice.list ?? source.kinds;
  if (kinds.length === 0)
    throw new AppError('VALIDATION_FAILED', 'Name at least one kind of support.', {
      fields: [{ path: 'body.kinds.list', code: 'too_small', message: 'Name at least one kind of support' }],
    });
  if (isTemplate(kinds) && sameGroups(source.targetGroups, defaultTargetGroups())) return null;
  const added = kinds.length - kinds.filter((k) => source.kinds.some((s) => s.id === k.id)).length;
  const left = source.kinds.filter((s) => !kinds.some((k) => k.id === s.id)).length;
  const changes = [added > 0 ? `+${added}` : '', left > 0 ? `−${left}` : ''].filter(Boolean).join(' ');
  return { kinds, targetGroups: source.targetGroups, note: changes ? `${note} ${changes}` : note };
}

const sameGroups = (a: KindTargetGroup[], b: KindTargetGroup[]) => JSON.stringify(a) === JSON.stringify(b);

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
 * The names the mobilisation's reasons give its kinds: its own, once its coordinators changed the list (the
 * template's kinds keep the vocabulary's names).
 */
export async function reasonLabels(db: Db, mobilisationId: string): Promise<KindLabels | undefined> {
  const { kinds } = await currentKinds(db, mobilisationId);
  return isTemplate(kinds) ? undefined : kindLabels(kinds);
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
  kinds: SupportKind[],
  data: {
    items: { id: string; profileId: string; text: string; supportKind: string | null }[];
    decisions: { need: string; offer: string; accepted: boolean }[];
  },
): LearningInput {
  const known = new Set(kinds.map((k) => k.id));
  return {
    ...(isTemplate(kinds) ? {} : { kinds: kinds.map(toKindDefinition) }),
    items: data.items.map((i) => ({ org: i.profileId, text: i.text, id: i.id })),
    decisions: data.decisions,
    // A tag of a kind the mobilisation no longer has teaches nothing.
    tags: data.items.flatMap((i) =>
      i.supportKind && known.has(i.supportKind) ? [{ text: i.text, kind: i.supportKind }] : [],
    ),
  };
}
