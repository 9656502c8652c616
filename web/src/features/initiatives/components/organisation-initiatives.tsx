import { initiativeWords, type OrganisationInitiative } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/ui/query-state';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useOrganisationInitiatives } from '../api/get-organisation-initiatives';
import { periodLabel } from '../lib/quarters';
import { EndorsementBadge, StatusBadge } from './badges';

/** The initiative waits for the organisation's answer: it is being endorsed and the organisation has not said. */
const awaitsAnswer = (i: OrganisationInitiative) => i.status === 'forankring' && i.endorsement === 'inbjuden';

function OrganisationInitiativeItem({ initiative }: { initiative: OrganisationInitiative }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The list has no description; the title alone goes through the same rule as everywhere else.
  const { title } = initiativeWords({ ...initiative, description: '' }, language);
  return (
    <li className="own-initiative">
      <p className="own-initiative__title">
        <Link to={`/initiatives/${initiative.id}`}>{title}</Link>
      </p>
      <p className="meta-line">
        <StatusBadge status={initiative.status} />
        <span>{periodLabel(initiative.period, t)}</span>
        <span>{t('initiatives.own.participants', { count: initiative.participantCount })}</span>
        {initiative.lead ? <span>{t('initiatives.own.lead')}</span> : null}
      </p>
      <p>
        <span className="own-initiative__label">{t('initiatives.own.yourEndorsement')}</span>{' '}
        <EndorsementBadge endorsement={initiative.endorsement} />
      </p>
      {awaitsAnswer(initiative) ? (
        <p className="own-initiative__ask">
          <Link to={`/initiatives/${initiative.id}`}>{t('initiatives.own.answer', { title })}</Link>
        </p>
      ) : null}
    </li>
  );
}

type Props = { organisationId: string; mobilisationId: string; headingId: string };

/**
 * The initiatives the organisation takes part in, those waiting for its answer first: the part of the joint
 * work plan that is its own.
 */
export function OrganisationInitiatives({ organisationId, mobilisationId, headingId }: Props) {
  const { t } = useTranslation();
  const initiatives = useOrganisationInitiatives(organisationId, mobilisationId);
  return (
    <QueryState query={initiatives}>
      {(data) => {
        if (data.items.length === 0) {
          return (
            <p className="empty-state">
              {t('initiatives.own.none')}{' '}
              <Link to={`/m/${mobilisationId}/initiatives`}>{t('initiatives.own.seeList')}</Link>
            </p>
          );
        }
        const waiting = data.items.filter(awaitsAnswer).length;
        const ordered = [...data.items].sort((a, b) => Number(awaitsAnswer(b)) - Number(awaitsAnswer(a)));
        return (
          <>
            {waiting > 0 ? (
              <p className="lead-in">{t('initiatives.own.waiting', { count: waiting })}</p>
            ) : null}
            <ul className="own-initiatives" aria-labelledby={headingId}>
              {ordered.map((initiative) => (
                <OrganisationInitiativeItem key={initiative.id} initiative={initiative} />
              ))}
            </ul>
          </>
        );
      }}
    </QueryState>
  );
}
