import type { Initiative } from '@kraftsamling/shared';
import type { TFunction } from 'i18next';
import { periodLabel } from './quarters';

export type HistoryKind =
  | 'created'
  | 'proposed'
  | 'accepted'
  | 'discarded'
  | 'updated'
  | 'endorsement'
  | 'merged'
  | 'mergedInto'
  | 'split'
  | 'splitFrom'
  | 'refreshed'
  | 'other';

/** The history's action codes (`merged:<id>`, `endorsement:forankrad`) as a kind and the initiative they name. */
export function historyAction(action: string): { kind: HistoryKind; otherId: string | null } {
  const [head = '', rest = null] = action.split(':', 2);
  const kinds: Record<string, HistoryKind> = {
    created: 'created',
    proposed: 'proposed',
    accepted: 'accepted',
    discarded: 'discarded',
    updated: 'updated',
    endorsement: 'endorsement',
    merged: 'merged',
    'merged-into': 'mergedInto',
    split: 'split',
    'split-from': 'splitFrom',
    'proposal-refreshed': 'refreshed',
  };
  const kind = kinds[head] ?? 'other';
  const otherId = ['merged', 'mergedInto', 'split', 'splitFrom'].includes(kind) ? rest : null;
  return { kind, otherId };
}

/** What changed between two snapshots, in words: "Status: Förslag → Beslutad". */
export function describeChanges(before: Initiative | undefined, after: Initiative, t: TFunction): string[] {
  if (!before) return [];
  const changes: string[] = [];
  const arrow = (label: string, from: string, to: string) =>
    changes.push(t('initiatives.history.change', { label, from, to }));
  if (before.title !== after.title) arrow(t('initiatives.form.title'), before.title, after.title);
  if (before.description !== after.description) changes.push(t('initiatives.history.description'));
  if (before.status !== after.status) {
    arrow(
      t('initiatives.statusLabel'),
      t(`initiatives.status.${before.status}`),
      t(`initiatives.status.${after.status}`),
    );
  }
  if (before.goals.join() !== after.goals.join()) {
    const none = t('initiatives.noGoals');
    arrow(t('initiatives.goals'), before.goals.join(', ') || none, after.goals.join(', ') || none);
  }
  if (before.period.start !== after.period.start || before.period.end !== after.period.end) {
    arrow(t('initiatives.period'), periodLabel(before.period, t), periodLabel(after.period, t));
  }
  if ((before.lead?.id ?? null) !== (after.lead?.id ?? null)) {
    const none = t('initiatives.noLead');
    arrow(t('initiatives.lead'), before.lead?.name ?? none, after.lead?.name ?? none);
  }
  const was = new Map(before.participants.map((p) => [p.organisation.id, p]));
  const now = new Map(after.participants.map((p) => [p.organisation.id, p]));
  for (const [orgId, p] of now) {
    const previous = was.get(orgId);
    if (!previous) changes.push(t('initiatives.history.joined', { name: p.organisation.name }));
    else if (previous.endorsement !== p.endorsement) {
      arrow(
        p.organisation.name,
        t(`initiatives.endorsement.${previous.endorsement}`),
        t(`initiatives.endorsement.${p.endorsement}`),
      );
    }
  }
  for (const [orgId, p] of was) {
    if (!now.has(orgId)) changes.push(t('initiatives.history.left', { name: p.organisation.name }));
  }
  for (const kind of ['needs', 'offers', 'projects'] as const) {
    const a = new Set(before.links[kind].map((i) => i.id));
    const b = new Set(after.links[kind].map((i) => i.id));
    const added = [...b].filter((x) => !a.has(x)).length;
    const removed = [...a].filter((x) => !b.has(x)).length;
    if (added || removed) {
      changes.push(
        t('initiatives.history.links', { kind: t(`initiatives.linkKinds.${kind}`), added, removed }),
      );
    }
  }
  return changes;
}
