import type { Mobilisation } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import { GoalList } from './goal-list';

/** What the mobilisation is about: its description, its period and its overall goals. */
export function MobilisationOverview({ mobilisation }: { mobilisation: Mobilisation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = format.period(mobilisation.periodStart, mobilisation.periodEnd);
  return (
    <>
      {mobilisation.description ? <p className="lead">{mobilisation.description}</p> : null}
      {period ? (
        <p className="meta-line">
          <span className="meta-line__label">{t('mobilisation.period')}:</span> {period}
        </p>
      ) : null}
      <section aria-labelledby="goals-heading" className="section">
        <h2 id="goals-heading">{t('mobilisation.goalsHeading')}</h2>
        <GoalList goals={mobilisation.goals} />
      </section>
    </>
  );
}
