import { type InitiativeSummary, initiativeStatuses, type Mobilisation } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-state';
import { useLanguage } from '../../../lib/i18n/use-language';
import { goalText } from '../../../lib/reference';
import { useInitiativePages } from '../api/get-initiatives';
import type { InitiativeParams } from '../lib/initiative-params';
import { InitiativeCard } from './initiative-card';
import { LoadMore } from './load-more';

type Group = { key: string; heading: string; items: InitiativeSummary[] };

type Props = { mobilisationId: string; goals: Mobilisation['goals']; params: InitiativeParams };

/** The initiative list, grouped by status or by overall goal (an initiative serving two goals shows under both). */
export function InitiativeList({ mobilisationId, goals, params }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useInitiativePages(mobilisationId, {
    state: 'listed',
    ...(params.goal ? { goal: params.goal } : {}),
    ...(params.status ? { status: params.status } : {}),
  });
  const items = query.items;
  const filtered = Boolean(params.goal || params.status);

  let groups: Group[];
  if (params.group === 'status') {
    groups = initiativeStatuses.map((status) => ({
      key: status,
      heading: t(`initiatives.status.${status}`),
      items: items.filter((i) => i.status === status),
    }));
  } else if (params.group === 'goal') {
    groups = [
      ...goals.map((goal) => ({
        key: goal.code,
        heading: `${goal.code}: ${goalText(goal, language).text}`,
        items: items.filter((i) => i.goals.includes(goal.code)),
      })),
      {
        key: '-',
        heading: t('initiatives.withoutGoal'),
        items: items.filter((i) => !i.goals.some((code) => goals.some((g) => g.code === code))),
      },
    ];
  } else {
    groups = [{ key: 'all', heading: '', items }];
  }

  return (
    <div aria-busy={query.isFetching}>
      <p className="results-bar__count" role="status">
        {query.data ? t('initiatives.listCount', { count: items.length }) : ''}
        {query.hasNextPage ? ` ${t('initiatives.moreToLoad')}` : ''}
      </p>
      {query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {!query.data && !query.isError ? <p className="loading">{t('common.loading')}</p> : null}
      {query.data && items.length === 0 ? (
        <p className="empty-state">{t(filtered ? 'initiatives.noneFiltered' : 'initiatives.noneListed')}</p>
      ) : null}
      {items.length > 0 && params.group === 'goal' ? (
        <p className="muted">{t('initiatives.groupByGoalHint')}</p>
      ) : null}
      {items.length > 0
        ? groups
            .filter((group) => group.items.length > 0)
            .map((group) =>
              group.heading ? (
                <section key={group.key} className="initiative-group" aria-labelledby={`group-${group.key}`}>
                  <h2 id={`group-${group.key}`} className="initiative-group__heading">
                    {group.heading}{' '}
                    <span className="initiative-group__count">
                      ({t('initiatives.groupCount', { count: group.items.length })})
                    </span>
                  </h2>
                  <ul className="initiative-cards">
                    {group.items.map((initiative) => (
                      <li key={initiative.id}>
                        <InitiativeCard initiative={initiative} goals={goals} />
                      </li>
                    ))}
                  </ul>
                </section>
              ) : (
                <ul key={group.key} className="initiative-cards">
                  {group.items.map((initiative) => (
                    <li key={initiative.id}>
                      <InitiativeCard initiative={initiative} goals={goals} headingLevel={2} />
                    </li>
                  ))}
                </ul>
              ),
            )
        : null}
      <LoadMore query={query} />
    </div>
  );
}
