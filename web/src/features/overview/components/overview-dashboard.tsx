import { initiativeStatuses, type Mobilisation, type Overview } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../lib/format';
import { goalText, sectorLabel } from '../../../lib/reference';
import { BarChart } from './bar-chart';
import './overview.css';
import { WrittenText } from '../../../components/ui/written-text';

type Item = Overview['needs']['unmetItems'][number];

function ItemList({ items, total, shownLabel }: { items: Item[]; total: number; shownLabel: string }) {
  const format = useFormat();
  return (
    <>
      {items.length < total ? <p className="muted">{shownLabel}</p> : null}
      <ul className="overview-items">
        {items.map((item) => (
          <li key={item.id} className="overview-item">
            <WrittenText as="p" className="overview-item__text" text={item.text} />
            <p className="overview-item__meta">
              <Link to={`/profiles/${item.profileId}`}>{item.organisation.name}</Link>
              <span>
                {sectorLabel(item.organisation.sector, format.language)}, {item.organisation.county}
              </span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

type Props = {
  overview: Overview;
  mobilisationId: string;
  goals: Mobilisation['goals'];
  /** Coordinators also get links to their tools (review, proposals). */
  coordinator: boolean;
};

/** Where the mobilisation stands: profiles, matches, initiatives and what is still unpaired, as charts with numbers. */
export function OverviewDashboard({ overview, mobilisationId, goals, coordinator }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { profiles, needs, offers, matches, initiatives, closed } = overview;
  const base = `/m/${mobilisationId}`;
  const submittedAll = profiles.submitted + profiles.changed;
  const statusLink = (status: string, label: string) => (
    <Link to={`${base}/organisations?status=${status}`}>{label}</Link>
  );
  const goalCount = (code: string) => initiatives.byGoal.find((g) => g.goal === code)?.count ?? 0;
  const unknownGoals = initiatives.byGoal.filter((g) => !goals.some((goal) => goal.code === g.goal));

  return (
    <>
      <dl className="stats overview-stats">
        <div className="stats__item">
          <dt className="stats__label">
            {t('overview.statSubmitted', { total: format.number(profiles.total) })}
          </dt>
          <dd className="stats__value">{format.number(submittedAll)}</dd>
        </div>
        <div className="stats__item">
          <dt className="stats__label">{t('overview.statUnmet', { total: format.number(needs.total) })}</dt>
          <dd className="stats__value">{format.number(needs.unmet)}</dd>
        </div>
        <div className="stats__item">
          <dt className="stats__label">{t('overview.statUnused', { total: format.number(offers.total) })}</dt>
          <dd className="stats__value">{format.number(offers.unused)}</dd>
        </div>
        <div className="stats__item">
          <dt className="stats__label">{t('overview.statInitiatives')}</dt>
          <dd className="stats__value">{format.number(initiatives.total)}</dd>
        </div>
        <div className="stats__item">
          <dt className="stats__label">
            {t('overview.statMet', { through: format.number(closed.needsMetThroughInitiatives) })}
          </dt>
          <dd className="stats__value">{format.number(closed.needsMet)}</dd>
        </div>
      </dl>
      {closed.needsWithdrawn + closed.offersUsed + closed.offersWithdrawn + closed.expired > 0 ? (
        <p className="muted">
          {t('overview.closedSummary', {
            needsWithdrawn: format.number(closed.needsWithdrawn),
            offersUsed: format.number(closed.offersUsed),
            offersWithdrawn: format.number(closed.offersWithdrawn),
            expired: format.number(closed.expired),
          })}
        </p>
      ) : null}

      <div className="overview-grid">
        <section className="panel overview-panel" aria-labelledby="overview-profiles">
          <h2 id="overview-profiles" className="panel__title">
            {t('overview.profilesHeading')}
          </h2>
          <BarChart
            caption={t('overview.profilesCaption', { total: format.number(profiles.total) })}
            summary={t('overview.profilesSummary', {
              submitted: format.number(submittedAll),
              total: format.number(profiles.total),
            })}
            total={profiles.total}
            bars={[
              {
                key: 'submitted',
                label: statusLink('submitted', t('overview.profiles.submitted')),
                value: profiles.submitted,
              },
              {
                key: 'changed',
                label: statusLink('changed', t('overview.profiles.changed')),
                value: profiles.changed,
              },
              {
                key: 'draft',
                label: statusLink('draft', t('overview.profiles.draft')),
                value: profiles.draft,
              },
              {
                key: 'empty',
                label: statusLink('empty', t('overview.profiles.empty')),
                value: profiles.empty,
              },
            ]}
          />
        </section>

        <section className="panel overview-panel" aria-labelledby="overview-matches">
          <h2 id="overview-matches" className="panel__title">
            {t('overview.matchesHeading')}
          </h2>
          <BarChart
            caption={t('overview.matchesCaption')}
            bars={[
              { key: 'suggested', label: t('overview.matches.suggested'), value: matches.suggested },
              { key: 'accepted', label: t('overview.matches.accepted'), value: matches.accepted },
              { key: 'rejected', label: t('overview.matches.rejected'), value: matches.rejected },
            ]}
          />
          {coordinator ? (
            <p>
              <Link to={`${base}/review`}>{t('overview.reviewLink')}</Link>
            </p>
          ) : null}
        </section>

        <section className="panel overview-panel" aria-labelledby="overview-status">
          <h2 id="overview-status" className="panel__title">
            {t('overview.statusHeading')}
          </h2>
          <BarChart
            caption={t('overview.statusCaption', { total: format.number(initiatives.total) })}
            bars={initiativeStatuses.map((status) => ({
              key: status,
              label: t(`initiatives.status.${status}`),
              value: initiatives.byStatus.find((s) => s.status === status)?.count ?? 0,
            }))}
          />
          <p className="muted">
            {t('overview.proposed', {
              count: initiatives.proposed,
              formatted: format.number(initiatives.proposed),
            })}{' '}
            {coordinator ? (
              <Link to={`${base}/initiatives?view=proposals`}>{t('overview.proposalsLink')}</Link>
            ) : null}
          </p>
        </section>

        <section className="panel overview-panel" aria-labelledby="overview-goals">
          <h2 id="overview-goals" className="panel__title">
            {t('overview.goalsHeading')}
          </h2>
          <BarChart
            caption={t('overview.goalsCaption')}
            summary={t('overview.goalsSummary')}
            bars={[
              ...goals.map((goal) => ({
                key: goal.code,
                label: (
                  <>
                    <span className="goal-code">{goal.code}</span> {goalText(goal, format.language).text}
                  </>
                ),
                value: goalCount(goal.code),
              })),
              ...unknownGoals.map((g) => ({ key: g.goal, label: g.goal, value: g.count })),
            ]}
          />
        </section>
      </div>

      <section className="section" aria-labelledby="overview-unmet">
        <h2 id="overview-unmet">
          {t('overview.unmetHeading', { count: needs.unmet, formatted: format.number(needs.unmet) })}
        </h2>
        <p className="muted">
          {t('overview.unmetIntro', { unmet: format.number(needs.unmet), total: format.number(needs.total) })}
        </p>
        {needs.unmet === 0 ? (
          <p className="empty-state">{t('overview.noUnmet')}</p>
        ) : (
          <ItemList
            items={needs.unmetItems}
            total={needs.unmet}
            shownLabel={t('overview.showing', { shown: needs.unmetItems.length, total: needs.unmet })}
          />
        )}
      </section>

      <section className="section" aria-labelledby="overview-unused">
        <h2 id="overview-unused">
          {t('overview.unusedHeading', { count: offers.unused, formatted: format.number(offers.unused) })}
        </h2>
        <p className="muted">
          {t('overview.unusedIntro', {
            unused: format.number(offers.unused),
            total: format.number(offers.total),
          })}
        </p>
        {offers.unused === 0 ? (
          <p className="empty-state">{t('overview.noUnused')}</p>
        ) : (
          <ItemList
            items={offers.unusedItems}
            total={offers.unused}
            shownLabel={t('overview.showing', { shown: offers.unusedItems.length, total: offers.unused })}
          />
        )}
      </section>
    </>
  );
}
