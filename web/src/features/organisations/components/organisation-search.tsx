import { counties, profileStatusSchema, sectorSchema } from '@kraftsamling/shared';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pagination, pageSearch } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-state';
import { CountyOptions, SectorOptions } from '../../../components/ui/reference-options';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type OrganisationFilter, useOrganisations } from '../api/get-organisations';
import { OrganisationRow } from './organisation-list-item';

export const pageSize = 20;
const searchDelayMs = 300;

type FilterKey = 'q' | 'sector' | 'county' | 'status' | 'page';

/** Reads the list's state from the address, ignoring anything the API would refuse. */
function filterFromParams(params: URLSearchParams): OrganisationFilter & { page: number } {
  const sector = sectorSchema.safeParse(params.get('sector'));
  const status = profileStatusSchema.safeParse(params.get('status'));
  const countyParam = params.get('county');
  const county = counties.some((c) => c.name === countyParam) ? (countyParam ?? undefined) : undefined;
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const q = params.get('q')?.trim() ?? '';
  return {
    ...(q ? { q } : {}),
    ...(sector.success ? { sector: sector.data } : {}),
    ...(county ? { county } : {}),
    ...(status.success ? { status: status.data } : {}),
    page,
  };
}

/**
 * Search, filters and paging live in the query string, so a search survives a reload, can be shared as a link,
 * and comes back when the person returns from an organisation's page.
 */
export function OrganisationSearch({ mobilisationId }: { mobilisationId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = filterFromParams(searchParams);
  const { page, ...apiFilter } = filter;
  const query = useOrganisations(mobilisationId, {
    ...apiFilter,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });

  const update = (
    changes: Partial<Record<FilterKey, string | null>>,
    options: { replace?: boolean } = {},
  ) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        // Any change to what is searched starts again from the first page.
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: options.replace ?? false },
    );
  };

  const urlQ = filter.q ?? '';
  const [text, setText] = useState(urlQ);
  const debouncedText = useDebouncedValue(text, searchDelayMs);
  // What this component last wrote into the address, to tell its own updates from back/forward navigation.
  const written = useRef(urlQ);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the debounced text settles, not on every URL change
  useEffect(() => {
    const value = debouncedText.trim();
    if (value === written.current) return;
    written.current = value;
    update({ q: value || null }, { replace: true });
  }, [debouncedText]);

  useEffect(() => {
    if (urlQ === written.current) return;
    written.current = urlQ;
    setText(urlQ);
  }, [urlQ]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    written.current = value;
    update({ q: value || null }, { replace: true });
  };

  const hasFilters = Boolean(filter.q || filter.sector || filter.county || filter.status);
  const total = query.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));

  const pageLink = (target: number) => pageSearch(searchParams, target);

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is still new to assistive technology; role="search" on the form is announced everywhere */}
      <form
        role="search"
        className="search-panel"
        onSubmit={onSubmit}
        aria-label={t('organisations.searchLabel')}
      >
        <div className="field search-panel__query">
          <label className="field__label" htmlFor={`${id}-q`}>
            {t('organisations.searchLabel')}
          </label>
          <p className="field__hint" id={`${id}-q-hint`}>
            {t('organisations.searchHint')}
          </p>
          <input
            id={`${id}-q`}
            className="input"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={`${id}-q-hint`}
            autoComplete="off"
            enterKeyHint="search"
          />
        </div>
        <div className="search-panel__filters">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-sector`}>
              {t('organisations.sector')}
            </label>
            <select
              id={`${id}-sector`}
              className="select"
              value={filter.sector ?? ''}
              onChange={(event) => update({ sector: event.target.value || null })}
            >
              <option value="">{t('common.all')}</option>
              <SectorOptions />
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-county`}>
              {t('organisations.county')}
            </label>
            <select
              id={`${id}-county`}
              className="select"
              value={filter.county ?? ''}
              onChange={(event) => update({ county: event.target.value || null })}
            >
              <option value="">{t('common.all')}</option>
              <CountyOptions />
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-status`}>
              {t('organisations.status')}
            </label>
            <select
              id={`${id}-status`}
              className="select"
              value={filter.status ?? ''}
              onChange={(event) => update({ status: event.target.value || null })}
            >
              <option value="">{t('common.all')}</option>
              {profileStatusSchema.options.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="visually-hidden">
          {t('organisations.searchLabel')}
        </button>
      </form>

      <div className="results-bar">
        <p className="results-bar__count" role="status">
          {query.data ? t('organisations.resultCount', { count: total }) : ''}
        </p>
        {hasFilters ? (
          <Link to="?" className="results-bar__clear">
            {t('organisations.clearFilters')}
          </Link>
        ) : null}
      </div>

      {query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {!query.data && !query.isError ? <p className="loading">{t('common.loading')}</p> : null}

      {query.data ? (
        query.data.items.length === 0 ? (
          <p className="empty-state">
            {hasFilters ? t('organisations.noResults') : t('organisations.noOrganisations')}
          </p>
        ) : (
          <ul className="organisation-list" aria-busy={query.isPlaceholderData}>
            {query.data.items.map((item) => (
              <OrganisationRow key={item.organisation.id} item={item} />
            ))}
          </ul>
        )
      ) : null}

      {query.data ? (
        <Pagination label={t('organisations.pagination')} page={page} pages={pages} href={pageLink} />
      ) : null}
    </>
  );
}
