import type { TFunction } from 'i18next';
import type { SummaryError } from '../../../components/ui/error-summary';
import type { FieldErrors } from '../../../lib/validation';
import type { GoalDraft } from './mobilisation-values';

const fieldLabels = [
  'name',
  'slug',
  'description',
  'periodStart',
  'periodEnd',
  'publicAccess',
  'currencyMonths',
] as const;

/** The error summary of a mobilisation's form: each problem links to its field, goals to their row. */
export function summaryOf(errors: FieldErrors, goals: readonly GoalDraft[], t: TFunction): SummaryError[] {
  return Object.entries(errors).flatMap(([path, messages]) => {
    const [head, index, field] = path.split('.');
    let href = `#mobilisation-${head}`;
    let label: string = head ?? '';
    if (head === 'goals') {
      const goal = index === undefined ? undefined : goals[Number(index)];
      label = goal
        ? t('mobilisationSettings.goals.legend', { code: goal.code || Number(index) + 1 })
        : t('mobilisationSettings.steps.goals');
      if (goal && field) href = `#goal-${goal.key}-${field === 'code' || field === 'en' ? field : 'sv'}`;
    } else if (head === 'kinds') {
      label = t('mobilisationSettings.steps.kinds');
      href = index === 'mobilisationId' ? '#mobilisation-kinds-copy' : '#mobilisation-kinds';
    } else if (head === 'coordinators') {
      label = t('mobilisationSettings.coordinators.label');
    } else if ((fieldLabels as readonly string[]).includes(head ?? '')) {
      label = t(`mobilisationSettings.${head as (typeof fieldLabels)[number]}`);
    }
    return messages.map((message) => ({ key: `${path}-${message}`, href, label, message }));
  });
}
