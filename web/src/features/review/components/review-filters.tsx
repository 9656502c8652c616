import type { Mobilisation } from '@kraftsamling/shared';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CountyOptions, SectorOptions } from '../../../components/ui/reference-options';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText } from '../../../lib/reference';
import { useConcepts } from '../api/get-concepts';
import { type ReviewParams, reviewStates } from '../lib/review-filter';

export type ReviewFilterKey = 'state' | 'goal' | 'concept' | 'county' | 'sector';

type Props = {
  params: ReviewParams;
  goals: Mobilisation['goals'];
  onChange: (key: ReviewFilterKey, value: string | null) => void;
};

/** State, goal, concept, county and sector; each choice goes straight into the address. */
export function ReviewFilters({ params, goals, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const concepts = useConcepts().data?.items ?? [];
  const select = (key: ReviewFilterKey, label: string, value: string, options: ReactNode) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <select
        id={`${id}-${key}`}
        className="select"
        value={value}
        onChange={(event) => onChange(key, event.target.value || null)}
      >
        {options}
      </select>
    </div>
  );
  const all = <option value="">{t('common.all')}</option>;
  return (
    <form
      className="search-panel review-filters"
      aria-label={t('review.filtersLabel')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="review-filters__grid">
        {select(
          'state',
          t('review.filterState'),
          params.state,
          reviewStates.map((state) => (
            <option key={state} value={state}>
              {t(`review.states.${state}`)}
            </option>
          )),
        )}
        {select(
          'goal',
          t('review.filterGoal'),
          params.goal ?? '',
          <>
            {all}
            {goals.map((goal) => (
              <option key={goal.code} value={goal.code}>
                {goal.code}: {goalText(goal, language).text}
              </option>
            ))}
          </>,
        )}
        {select(
          'concept',
          t('review.filterConcept'),
          params.concept ?? '',
          <>
            {all}
            {(['supportType', 'targetGroup'] as const).map((kind) => (
              <optgroup key={kind} label={t(`review.conceptKinds.${kind}`)}>
                {concepts
                  .filter((c) => c.kind === kind)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c[language]}
                    </option>
                  ))}
              </optgroup>
            ))}
          </>,
        )}
        {select(
          'county',
          t('review.filterCounty'),
          params.county ?? '',
          <>
            {all}
            <CountyOptions />
          </>,
        )}
        {select(
          'sector',
          t('review.filterSector'),
          params.sector ?? '',
          <>
            {all}
            <SectorOptions />
          </>,
        )}
      </div>
      <p className="field__hint review-filters__hint">{t('review.filtersHint')}</p>
    </form>
  );
}
