import type { Mobilisation } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { GoalList } from './goal-list';

export function MobilisationCard({ mobilisation }: { mobilisation: Mobilisation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = format.period(mobilisation.periodStart, mobilisation.periodEnd);
  return (
    <article className="card mobilisation-card">
      <h3 className="card__title">
        <Link to={`/m/${mobilisation.id}`}>{mobilisation.name}</Link>
      </h3>
      <p className="card__meta">
        {period ? <span>{period}</span> : null}
        <span>{t('counts.organisations', { count: mobilisation.organisationCount })}</span>
      </p>
      <h4 className="card__subheading">{t('home.goalsHeading')}</h4>
      <GoalList goals={mobilisation.goals} />
      <p className="card__actions">
        <Link className="button button--secondary" to={`/m/${mobilisation.id}/organisations`}>
          {t('home.showOrganisations')}
          <span className="visually-hidden">: {mobilisation.name}</span>
        </Link>
      </p>
    </article>
  );
}
