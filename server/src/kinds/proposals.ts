import { type Db, getFieldModel, listDismissedTerms, loadEvidenceItems } from '@kraftsamling/db';
import type { FieldModel, LearnedTerm } from '@kraftsamling/matching';
import { AppError, type KindsVersion, type ProposedTermList, type SupportKind } from '@kraftsamling/shared';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a kind already has the word among its own terms, in that language. */
function hasTerm(kind: SupportKind, language: 'sv' | 'en', word: string): boolean {
  const tiers = kind.terms?.[language];
  const lower = word.toLowerCase();
  return !!tiers && [...tiers.core, ...tiers.related, ...tiers.hint].some((t) => t.toLowerCase() === lower);
}

/** The learnt terms of the stored model that are proposals still: of a current kind, not taken, not dismissed. */
export async function openProposals(
  db: Db,
  mobilisationId: string,
  kinds: KindsVersion,
): Promise<{ terms: LearnedTerm[]; fingerprint: string | null; learnedAt: Date | null }> {
  const stored = await getFieldModel(db, mobilisationId);
  if (!stored) return { terms: [], fingerprint: null, learnedAt: null };
  // Written by the learning job from the engine's learnField.
  const model = stored.model as FieldModel;
  const dismissed = new Set(
    (await listDismissedTerms(db, mobilisationId)).map((d) => `${d.kind}|${d.language}|${d.stem}`),
  );
  const byId = new Map(kinds.kinds.map((k) => [k.id, k]));
  const terms = model.learned.filter((t) => {
    const kind = byId.get(t.kind);
    return (
      kind !== undefined &&
      !dismissed.has(`${t.kind}|${t.language}|${t.stem}`) &&
      !hasTerm(kind, t.language, t.word)
    );
  });
  return { terms, fingerprint: stored.fingerprint, learnedAt: stored.learnedAt };
}

/** The proposals with their evidence as items a coordinator can open. */
export async function presentProposals(
  db: Db,
  mobilisationId: string,
  kinds: KindsVersion,
): Promise<ProposedTermList> {
  const { terms, fingerprint, learnedAt } = await openProposals(db, mobilisationId, kinds);
  const ids = [...new Set(terms.flatMap((t) => t.evidence.filter((e) => uuidPattern.test(e))))];
  const items = new Map((await loadEvidenceItems(db, mobilisationId, ids)).map((i) => [i.itemId, i]));
  const byId = new Map(kinds.kinds.map((k) => [k.id, k]));
  return {
    fingerprint,
    learnedAt: learnedAt ? learnedAt.toISOString() : null,
    kindsVersion: kinds.version,
    items: terms
      .sort((a, b) => b.confirmed - a.confirmed || b.support - a.support || a.word.localeCompare(b.word))
      .map((t) => {
        const kind = byId.get(t.kind);
        return {
          kind: { id: t.kind, sv: kind?.sv ?? t.kind, en: kind?.en ?? t.kind },
          language: t.language,
          word: t.word,
          stem: t.stem,
          tier: t.tier,
          support: t.support,
          uses: t.uses,
          confirmed: t.confirmed,
          // Items withdrawn since the model was learnt are left out.
          evidence: t.evidence.flatMap((id) => {
            const item = items.get(id);
            return item ? [item] : [];
          }),
        };
      }),
  };
}

/** The proposal a coordinator decides on, or a clear error when it is not (or no longer) proposed. */
export async function findProposal(
  db: Db,
  mobilisationId: string,
  kinds: KindsVersion,
  wanted: { kind: string; language: 'sv' | 'en'; stem: string },
): Promise<LearnedTerm> {
  const { terms } = await openProposals(db, mobilisationId, kinds);
  const found = terms.find(
    (t) => t.kind === wanted.kind && t.language === wanted.language && t.stem === wanted.stem,
  );
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      'No such proposed term (it may have been accepted or dismissed already).',
    );
  }
  return found;
}

/** The kinds with the term added to its kind, in the given tier. */
export function withTerm(
  kinds: SupportKind[],
  term: { kind: string; language: 'sv' | 'en'; word: string },
  tier: 'core' | 'related' | 'hint',
): SupportKind[] {
  return kinds.map((kind) => {
    if (kind.id !== term.kind) return kind;
    const empty = { core: [], related: [], hint: [] };
    const tiers = kind.terms?.[term.language] ?? empty;
    return {
      ...kind,
      terms: { ...kind.terms, [term.language]: { ...tiers, [tier]: [...tiers[tier], term.word] } },
    };
  });
}
