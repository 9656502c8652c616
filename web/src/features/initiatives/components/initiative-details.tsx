import { type Initiative, initiativeWords, type Mobilisation } from '@kraftsamling/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WrittenText } from '../../../components/ui/written-text';
import { useLanguage } from '../../../lib/i18n/use-language';
import { sectorLabel } from '../../../lib/reference';
import { periodLabel } from '../lib/quarters';
import { EndorsementBadge, StatusBadge } from './badges';
import { GoalCodes } from './goal-codes';
import { MarkMetControl } from './mark-met-control';
import { ProjectGoalControl } from './project-goal-control';

type LinkedItem = Initiative['links']['needs'][number] & { goal?: string | null };

function LinkedItems({
  items,
  heading,
  empty,
  goals,
  action,
}: {
  items: LinkedItem[];
  heading: string;
  empty: string;
  goals: Mobilisation['goals'];
  action?: ((item: LinkedItem) => ReactNode) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="initiative-links">
      <h3 className="initiative-links__heading">
        {heading} <span className="initiative-group__count">({items.length})</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="initiative-links__list">
          {items.map((item) => (
            <li key={item.id} className="initiative-link">
              <p className="initiative-link__text">
                <WrittenText text={item.text} />
                {item.withdrawn ? (
                  <span className="badge badge--neutral"> {t('initiatives.withdrawn')}</span>
                ) : null}
                {!item.withdrawn && item.state !== 'open' ? (
                  <span className={`badge badge--${item.state === 'met' ? 'submitted' : 'neutral'}`}>
                    {' '}
                    {item.metHere ? t('initiatives.metHere') : t(`initiatives.itemState.${item.state}`)}
                  </span>
                ) : null}
              </p>
              <div className="initiative-link__meta">
                {item.organisation.name}
                {item.goal !== undefined ? (
                  <>
                    {' · '}
                    {t('initiatives.serves')}{' '}
                    {item.goal ? (
                      <GoalCodes codes={[item.goal]} goals={goals} />
                    ) : (
                      t('initiatives.noGoalLinked')
                    )}
                  </>
                ) : null}
              </div>
              {action ? action(item) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type Props = {
  initiative: Initiative;
  goals: Mobilisation['goals'];
  /** Whether the person may change the state of a need of this organisation (its members, coordinators). */
  canChangeItemsOf?: (organisationId: string) => boolean;
  /** Whether the person may set which goal a linked project serves (the coordinators). */
  canCorrectGoals?: boolean;
};

/** Everything about one initiative, as anyone who may see it reads it. */
export function InitiativeDetails({ initiative, goals, canChangeItemsOf, canCorrectGoals }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { description } = initiativeWords(initiative, language);
  return (
    <>
      {description ? (
        <p className="prose initiative-description">{description}</p>
      ) : (
        <p className="muted">{t('initiatives.noDescription')}</p>
      )}
      <dl className="details-list initiative-details">
        <div>
          <dt>{t('initiatives.statusLabel')}</dt>
          <dd>
            <StatusBadge status={initiative.status} />
          </dd>
        </div>
        <div>
          <dt>{t('initiatives.goals')}</dt>
          <dd>
            <GoalCodes codes={initiative.goals} goals={goals} full />
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
      </dl>

      <section className="section" aria-labelledby="participants-heading">
        <h2 id="participants-heading">
          {t('initiatives.participantsCount', { count: initiative.participants.length })}
        </h2>
        {initiative.participants.length === 0 ? (
          <p className="muted">{t('initiatives.noParticipants')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">{t('initiatives.participantsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('initiatives.organisation')}</th>
                  <th scope="col">{t('initiatives.sectorCounty')}</th>
                  <th scope="col">{t('initiatives.endorsementLabel')}</th>
                </tr>
              </thead>
              <tbody>
                {initiative.participants.map((p) => (
                  <tr key={p.organisation.id}>
                    <th scope="row">
                      {p.organisation.name}
                      {p.lead ? <span className="table__sub">{t('initiatives.lead')}</span> : null}
                    </th>
                    <td>
                      {sectorLabel(p.organisation.sector, language)}, {p.organisation.county}
                    </td>
                    <td>
                      <EndorsementBadge endorsement={p.endorsement} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="links-heading">
        <h2 id="links-heading">{t('initiatives.form.links')}</h2>
        <div className="initiative-links__grid">
          <LinkedItems
            items={initiative.links.needs}
            heading={t('initiatives.linkKinds.needs')}
            empty={t('initiatives.noLinks')}
            goals={goals}
            action={(item) =>
              canChangeItemsOf?.(item.organisation.id) ? (
                <MarkMetControl initiativeId={initiative.id} item={item} />
              ) : null
            }
          />
          <LinkedItems
            items={initiative.links.offers}
            heading={t('initiatives.linkKinds.offers')}
            empty={t('initiatives.noLinks')}
            goals={goals}
          />
          <LinkedItems
            items={initiative.links.projects}
            heading={t('initiatives.linkKinds.projects')}
            empty={t('initiatives.noLinks')}
            goals={goals}
            action={(item) =>
              canCorrectGoals ? (
                <ProjectGoalControl initiative={initiative} project={item} goals={goals} />
              ) : null
            }
          />
        </div>
      </section>
      {initiative.mergedInto ? (
        <p>
          <Link to={`/initiatives/${initiative.mergedInto}`}>{t('initiatives.mergedIntoLink')}</Link>
        </p>
      ) : null}
    </>
  );
}
