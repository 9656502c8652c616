import { initiativeStatuses, type Mobilisation } from '@kraftsamling/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText } from '../../../lib/reference';
import type { InitiativeParams } from '../lib/initiative-params';

export type InitiativeFilterKey = 'goal' | 'status' | 'group';

type Props = {
  params: InitiativeParams;
  goals: Mobilisation['goals'];
  onChange: (key: InitiativeFilterKey, value: string | null) => void;
  grouping?: boolean;
};

/** Goal and status filters (sent to the API) and how the list is grouped; all kept in the address. */
export function InitiativeFilters({ params, goals, onChange, grouping = true }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <form
      className="search-panel initiative-filters"
      aria-label={t('initiatives.filtersLabel')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-goal`}>
          {t('initiatives.filterGoal')}
        </label>
        <select
          id={`${id}-goal`}
          className="select"
          value={params.goal ?? ''}
          onChange={(event) => onChange('goal', event.target.value || null)}
        >
          <option value="">{t('common.all')}</option>
          {goals.map((goal) => (
            <option key={goal.code} value={goal.code}>
              {goal.code}: {goalText(goal, language).text}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-status`}>
          {t('initiatives.filterStatus')}
        </label>
        <select
          id={`${id}-status`}
          className="select"
          value={params.status ?? ''}
          onChange={(event) => onChange('status', event.target.value || null)}
        >
          <option value="">{t('common.all')}</option>
          {initiativeStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`initiatives.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {grouping ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-group`}>
            {t('initiatives.groupBy')}
          </label>
          <select
            id={`${id}-group`}
            className="select"
            value={params.group}
            onChange={(event) =>
              onChange('group', event.target.value === 'status' ? null : event.target.value)
            }
          >
            <option value="status">{t('initiatives.groupByStatus')}</option>
            <option value="goal">{t('initiatives.groupByGoal')}</option>
            <option value="none">{t('initiatives.groupByNone')}</option>
          </select>
        </div>
      ) : null}
    </form>
  );
}
