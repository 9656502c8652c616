import { type InitiativeSummary, initiativeWords, type Mobilisation } from '@kraftsamling/shared';
import { type ReactNode, type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../lib/i18n/use-language';
import { periodLabel } from '../lib/quarters';
import { EndorsementBadge, StatusBadge } from './badges';
import { GoalCodes } from './goal-codes';

type Props = {
  initiative: InitiativeSummary;
  goals: Mobilisation['goals'];
  headingLevel?: 2 | 3;
  ref?: Ref<HTMLElement>;
  /** Below the facts: a proposal's reasons and the coordinators' actions. */
  children?: ReactNode;
};

/** One initiative in a list: what it is, who takes part and how far each has come, and what it links. */
export function InitiativeCard({ initiative, goals, headingLevel = 3, ref, children }: Props) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Subheading = headingLevel === 2 ? 'h3' : 'h4';
  const headingId = useId();
  const { needs, offers, projects } = initiative.linkCounts;
  const title = initiativeWords(initiative, useLanguage()).title;
  return (
    <article ref={ref} className="initiative-card" aria-labelledby={headingId} tabIndex={-1}>
      <div className="initiative-card__head">
        <Heading id={headingId} className="initiative-card__title">
          <Link to={`/initiatives/${initiative.id}`}>{title}</Link>
        </Heading>
        <StatusBadge status={initiative.status} />
      </div>
      <dl className="initiative-facts">
        <div>
          <dt>{t('initiatives.goals')}</dt>
          <dd>
            <GoalCodes codes={initiative.goals} goals={goals} />
          </dd>
        </div>
        <div>
          <dt>{t('initiatives.period')}</dt>
          <dd>{periodLabel(initiative.period, t)}</dd>
        </div>
        <div>
          <dt>{t('initiatives.lead')}</dt>
          <dd>{initiative.lead?.name ?? <span className="muted">{t('initiatives.noLead')}</span>}</dd>
        </div>
        <div>
          <dt>{t('initiatives.linked')}</dt>
          <dd>
            {t('initiatives.linkCounts', {
              needs: t('counts.needs', { count: needs }),
              offers: t('counts.offers', { count: offers }),
              projects: t('counts.projects', { count: projects }),
            })}
          </dd>
        </div>
      </dl>
      <Subheading className="initiative-card__subheading" id={`${headingId}-participants`}>
        {t('initiatives.participantsCount', { count: initiative.participantCount })}
      </Subheading>
      {initiative.participants.length > 0 ? (
        <ul className="participant-chips" aria-labelledby={`${headingId}-participants`}>
          {initiative.participants.map((p) => (
            <li key={p.organisation.id} className="participant-chip">
              <span className="participant-chip__name">
                {p.organisation.name}
                {p.lead ? (
                  <span className="participant-chip__lead"> ({t('initiatives.leadShort')})</span>
                ) : null}
              </span>
              <EndorsementBadge endorsement={p.endorsement} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('initiatives.noParticipants')}</p>
      )}
      {initiative.participantCount > initiative.participants.length ? (
        <p className="participant-more">
          <Link to={`/initiatives/${initiative.id}`}>
            {t('initiatives.moreParticipants', {
              count: initiative.participantCount - initiative.participants.length,
            })}
            <span className="visually-hidden">: {title}</span>
          </Link>
        </p>
      ) : null}
      {children}
    </article>
  );
}
