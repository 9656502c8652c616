import { initiativeWords, type Mobilisation } from '@kraftsamling/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/ui/query-state';
import { useLanguage } from '../../../lib/i18n/use-language';
import { useInitiativePages, useInitiatives } from '../api/get-initiatives';
import type { InitiativeParams } from '../lib/initiative-params';
import { type ActionOutcome, InitiativeActions } from './initiative-actions';
import { InitiativeCard } from './initiative-card';
import { LoadMore } from './load-more';

type Props = { mobilisationId: string; goals: Mobilisation['goals']; params: InitiativeParams };

/** The coordinators' working material: the platform's proposals (or discarded initiatives), with their actions. */
export function ProposalList({ mobilisationId, goals, params }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = params.view === 'discarded' ? 'discarded' : 'proposed';
  const filter = {
    ...(params.goal ? { goal: params.goal } : {}),
    ...(params.status ? { status: params.status } : {}),
  };
  const query = useInitiativePages(mobilisationId, { state, ...filter });
  // Merge candidates: everything in the list and every open proposal.
  const listed = useInitiatives(mobilisationId, { state: 'listed' });
  const proposed = useInitiatives(mobilisationId, { state: 'proposed' });
  const candidates = [...(listed.data?.items ?? []), ...(proposed.data?.items ?? [])];
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const items = query.items;
  const filtered = Boolean(params.goal || params.status);

  const done = (next: ActionOutcome) => {
    setOutcome(next);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  return (
    <div>
      <div ref={outcomeRef} tabIndex={-1} role="status" className="initiative-outcome">
        {outcome ? (
          <p className="notice notice--success">
            {outcome.message}
            {outcome.link ? (
              <>
                {' '}
                <Link to={outcome.link.to}>{t('initiatives.open', { title: outcome.link.label })}</Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      <p className="results-bar__count" role="status">
        {query.data ? t(`initiatives.count.${state}`, { count: items.length }) : ''}
        {query.hasNextPage ? ` ${t('initiatives.moreToLoad')}` : ''}
      </p>
      {query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {!query.data && !query.isError ? <p className="loading">{t('common.loading')}</p> : null}
      {query.data && items.length === 0 ? (
        <p className="empty-state">
          {t(
            filtered
              ? 'initiatives.noneFiltered'
              : state === 'proposed'
                ? 'initiatives.noneProposed'
                : 'initiatives.noneDiscarded',
          )}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="initiative-cards" aria-busy={query.isFetching}>
          {items.map((initiative) => (
            <li key={initiative.id}>
              <InitiativeCard initiative={initiative} goals={goals} headingLevel={2}>
                {initiative.proposalReasons.length > 0 ? (
                  <>
                    <h3 className="initiative-card__subheading">{t('initiatives.reasons')}</h3>
                    <ul className="initiative-reasons">
                      {initiative.proposalReasons.map((reason) => (
                        <li key={`${reason.kind}|${reason.sv}`}>{reason[language]}</li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {initiative.description ? (
                  <p className="initiative-card__description">
                    {initiativeWords(initiative, language).description}
                  </p>
                ) : null}
                <InitiativeActions initiative={initiative} candidates={candidates} onDone={done} />
              </InitiativeCard>
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMore query={query} />
    </div>
  );
}
