import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { pageSearch } from '../../components/ui/pagination';
import { useConcepts } from '../../features/map/api/get-concepts';
import { getMapQueryKey } from '../../features/map/api/get-map';
import { MapFilterFields } from '../../features/map/components/map-filter-fields';
import { useVocabulary } from '../../features/map/hooks/use-vocabulary';
import { useMapView } from '../../features/map/lib/view-params';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { SearchForm } from '../../features/partners/components/search-form';
import { SearchResults } from '../../features/partners/components/search-results';
import { searchFromParams } from '../../features/partners/lib/search-params';
import { signInPath } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/** "Hitta partner": full-text search over needs, offers, current work and goals, with the map's filters. */
export function SearchPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const location = useLocation();
  const mobilisation = useMobilisation(mobilisationId);
  const vocabulary = useVocabulary(mobilisation.data?.goals);
  const concepts = useConcepts().data?.items;
  const conceptIds = useMemo(() => (concepts ?? []).map((c) => c.id), [concepts]);
  const { view, update } = useMapView();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const user = useSession().data?.user;
  const queryClient = useQueryClient();

  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  const { linkStatus: _linkStatus, initiative: _initiative, ...filter } = view;

  const onSearch = (change: { q?: string; kind?: string | null }) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        next.delete('page');
        return next;
      },
      { preventScrollReset: true },
    );
  };
  const pageHref = (target: number) => pageSearch(params, target);

  return (
    <>
      <MobilisationPageTop
        mobilisationId={mobilisationId}
        name={name}
        title={t('partners.title')}
        withContext
      />
      <p className="map-intro">{t('partners.intro')}</p>
      {user === null ? (
        <Notice>
          <p>
            <Link to={signInPath(`${location.pathname}${location.search}`)}>
              {t('partners.interest.signIn')}
            </Link>
          </p>
        </Notice>
      ) : null}
      <SearchForm
        q={search.q}
        kind={search.kind}
        onSearch={onSearch}
        filters={
          <MapFilterFields
            view={view}
            onChange={(key, value) => update({ [key]: value })}
            vocabulary={vocabulary}
            concepts={conceptIds}
            withLinkStatus={false}
          />
        }
      />
      <SearchResults
        mobilisationId={mobilisationId}
        search={{ q: search.q, ...(search.kind ? { kind: search.kind } : {}), ...filter }}
        page={search.page}
        pageHref={pageHref}
        onInterestSent={() =>
          void queryClient.invalidateQueries({ queryKey: getMapQueryKey(mobilisationId) })
        }
      />
    </>
  );
}
