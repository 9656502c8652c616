import type { DecisionValue, Mobilisation, ReviewItem } from '@kraftsamling/shared';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../../components/ui/query-state';
import { useFormat } from '../../../lib/format';
import { useReview } from '../api/get-review';
import { reviewFilterFor, reviewPageSize, reviewParamsFrom } from '../lib/review-filter';
import { type ReviewFilterKey, ReviewFilters } from './review-filters';
import { ReviewPair } from './review-pair';
import './review.css';
import { Pagination, pageSearch } from '../../../components/ui/pagination';

const pairKey = (item: ReviewItem) => `${item.need.id}:${item.offer.id}`;

type Props = { mobilisationId: string; goals: Mobilisation['goals'] };

/**
 * The coordinators' queue of proposed matches, best first. Filters and page live in the address. After a
 * decision, focus moves to the next pair so a keyboard user can go through the queue without hunting for it.
 */
export function ReviewQueue({ mobilisationId, goals }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = reviewParamsFrom(searchParams);
  const query = useReview(mobilisationId, reviewFilterFor(params));
  const pairRefs = useRef(new Map<string, HTMLElement>());
  const endRef = useRef<HTMLParagraphElement>(null);
  const [announcement, setAnnouncement] = useState('');

  const update = (key: ReviewFilterKey, value: string | null) => {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      if (value && !(key === 'state' && value === 'open')) next.set(key, value);
      else next.delete(key);
      next.delete('page');
      return next;
    });
  };

  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / reviewPageSize));
  const offset = (params.page - 1) * reviewPageSize;

  const decided = (index: number, item: ReviewItem, decision: DecisionValue) => {
    const next = items[index + 1];
    setAnnouncement(
      t(`review.announce.${decision}`, {
        need: item.need.organisation.name,
        offer: item.offer.organisation.name,
      }),
    );
    const target = next ? pairRefs.current.get(pairKey(next)) : endRef.current;
    target?.focus();
  };

  const pageLink = (target: number) => pageSearch(searchParams, target);

  return (
    <>
      <ReviewFilters params={params} goals={goals} onChange={update} />
      <div className="results-bar">
        <p className="results-bar__count" role="status">
          {query.data
            ? t(`review.count.${params.state}`, { count: total, formatted: format.number(total) })
            : ''}
        </p>
        {searchParams.toString() ? (
          <Link to="?" className="results-bar__clear">
            {t('review.clearFilters')}
          </Link>
        ) : null}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {!query.data && !query.isError ? <p className="loading">{t('common.loading')}</p> : null}
      {query.data && items.length === 0 ? (
        <p className="empty-state">{t(params.state === 'open' ? 'review.noneOpen' : 'review.none')}</p>
      ) : null}
      {items.length > 0 ? (
        <ol className="review-list" aria-busy={query.isFetching} aria-label={t('review.listLabel')}>
          {items.map((item, index) => (
            <li key={pairKey(item)}>
              <ReviewPair
                item={item}
                number={offset + index + 1}
                mobilisationId={mobilisationId}
                goals={goals}
                ref={(element) => {
                  if (element) pairRefs.current.set(pairKey(item), element);
                  else pairRefs.current.delete(pairKey(item));
                }}
                onDecided={(decision) => decided(index, item, decision)}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {query.data ? (
        <p ref={endRef} tabIndex={-1} className="review-end muted">
          {t('review.endOfPage')}
        </p>
      ) : null}
      {query.data ? (
        <Pagination label={t('review.pagination')} page={params.page} pages={pages} href={pageLink} />
      ) : null}
    </>
  );
}
