import type { ProfileContent } from '@kraftsamling/shared';
import type { TFunction } from 'i18next';

export type ListKey = 'projects' | 'needs' | 'offers';
const kindOf = { projects: 'project', needs: 'need', offers: 'offer' } as const;

const isListKey = (value: string | undefined): value is ListKey =>
  value === 'projects' || value === 'needs' || value === 'offers';

/**
 * DOM ids follow the item's id, not its position, so a field keeps its id (and its focus) when an item above it
 * is removed.
 */
export function projectFieldId(
  itemId: string,
  field: 'title' | 'description' | 'period-start' | 'period-end' | 'goals',
) {
  return `project-${itemId}-${field}`;
}

export function itemFieldId(
  kind: 'need' | 'offer',
  itemId: string,
  field: 'text' | 'targetGroups' | 'themes' | 'supportKind',
) {
  return `${kind}-${itemId}-${field}`;
}

export const goalsFieldId = 'profile-goals';
export const addButtonId = (list: ListKey) => `add-${list}`;

/** Where an error at `path` (as the schemas report it) is shown and can be focused. */
export function fieldIdForPath(path: string, content: ProfileContent): string {
  const [head, index, field, sub] = path.split('.');
  if (!isListKey(head)) return goalsFieldId;
  const item = index === undefined ? undefined : content[head][Number(index)];
  if (!item) return addButtonId(head);
  if (head === 'projects') {
    if (field === 'period') return projectFieldId(item.id, sub === 'end' ? 'period-end' : 'period-start');
    if (field === 'description' || field === 'goals') return projectFieldId(item.id, field);
    return projectFieldId(item.id, 'title');
  }
  const kind = kindOf[head];
  if (field === 'targetGroups' || field === 'themes' || field === 'supportKind')
    return itemFieldId(kind, item.id, field);
  return itemFieldId(kind, item.id, 'text');
}

/** A label for the error summary, e.g. "Behov 2 – Beskriv behovet". */
export function labelForPath(path: string, t: TFunction): string {
  const [head, index, field, sub] = path.split('.');
  if (!isListKey(head)) return t('points.goals');
  if (index === undefined) return t(`points.${head}`);
  const number = Number(index) + 1;
  if (head === 'projects') {
    const item = t('form.project', { number });
    if (field === 'period') return `${item} – ${sub === 'end' ? t('form.periodEnd') : t('form.periodStart')}`;
    if (field === 'description') return `${item} – ${t('form.projectDescription')}`;
    if (field === 'goals') return `${item} – ${t('form.projectGoals')}`;
    return `${item} – ${t('form.projectTitle')}`;
  }
  const item = head === 'needs' ? t('form.need', { number }) : t('form.offer', { number });
  if (field === 'targetGroups') return `${item} – ${t('form.targetGroups')}`;
  if (field === 'themes') return `${item} – ${t('form.themes')}`;
  if (field === 'supportKind') return `${item} – ${t('form.supportKind')}`;
  return `${item} – ${head === 'needs' ? t('form.needText') : t('form.offerText')}`;
}
