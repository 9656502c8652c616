import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/ui/query-state';
import { WrittenText } from '../../../components/ui/written-text';
import { useLanguage } from '../../../lib/i18n/use-language';
import { sectorLabel } from '../../../lib/reference';
import { type PartnerSearch, useSearchPartners } from '../api/search';
import { HighlightedText } from './highlighted-text';
import { InterestAction } from './interest-action';
import './partners.css';
import { Pagination } from '../../../components/ui/pagination';

export const searchPageSize = 20;

type Props = {
  mobilisationId: string;
  search: Omit<PartnerSearch, 'limit' | 'offset'>;
  page: number;
  pageHref: (page: number) => string;
  onInterestSent?: () => void;
};

/** Ranked hits with the matched words marked, each linking to its organisation, with "Vi är intresserade". */
export function SearchResults({ mobilisationId, search, page, pageHref, onInterestSent }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const offset = (page - 1) * searchPageSize;
  const query = useSearchPartners(mobilisationId, { ...search, limit: searchPageSize, offset });
  const q = search.q.trim();

  if (q.length < 2) {
    return (
      <p className="empty-state" role="status">
        {q.length === 0 ? t('partners.prompt') : t('partners.tooShort')}
      </p>
    );
  }
  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / searchPageSize));
  return (
    <section className="partner-results" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('partners.results')}
      </h2>
      <p className="results-bar__count" role="status">
        {query.data ? t('partners.resultCount', { count: total, q }) : t('common.loading')}
      </p>
      {query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data && query.data.items.length === 0 ? (
        <p className="empty-state">{t('partners.noResults')}</p>
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <ol className="search-hits" start={offset + 1} aria-busy={query.isPlaceholderData}>
          {query.data.items.map((hit) => (
            <li key={`${hit.kind}:${hit.itemId}`} className="search-hit">
              <p className="search-hit__kind">
                <span className={`badge badge--neutral search-hit__badge search-hit__badge--${hit.kind}`}>
                  {t(`partners.hitKind.${hit.kind}`)}
                </span>
              </p>
              <h3 className="search-hit__name">
                <Link to={`/profiles/${hit.profileId}`}>{hit.organisation.name}</Link>
              </h3>
              <p className="search-hit__meta">
                {sectorLabel(hit.organisation.sector, language)} · {hit.organisation.county}
              </p>
              <WrittenText as="p" className="search-hit__text" text={hit.highlight}>
                <HighlightedText text={hit.highlight} />
              </WrittenText>
              <InterestAction
                mobilisationId={mobilisationId}
                to={hit.organisation}
                counterpartItemId={hit.kind === 'need' || hit.kind === 'offer' ? hit.itemId : null}
                showSignIn={false}
                {...(onInterestSent ? { onSent: onInterestSent } : {})}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {query.data ? (
        <Pagination label={t('organisations.pagination')} page={page} pages={pages} href={pageHref} />
      ) : null}
    </section>
  );
}
