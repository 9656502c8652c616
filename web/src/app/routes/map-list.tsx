import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { QueryState } from '../../components/ui/query-state';
import { useCollaborationMap } from '../../features/map/api/get-map';
import { MapFilters } from '../../features/map/components/map-filters';
import { MapList } from '../../features/map/components/map-list';
import { useVocabulary } from '../../features/map/hooks/use-vocabulary';
import { applyView } from '../../features/map/lib/map-view';
import { useMapView, viewToSearch } from '../../features/map/lib/view-params';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { isNotFound } from '../../lib/api-error';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/** The collaboration map as an accessible list: the same data through the same filters, in words. */
export function MapListPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const mapQuery = useCollaborationMap(mobilisationId);
  const vocabulary = useVocabulary(mobilisation.data?.goals);
  const { view, params, update, clear } = useMapView();
  const map = mapQuery.data;
  const shown = useMemo(() => (map ? applyView(map, view) : null), [map, view]);
  const concepts = useMemo(() => [...new Set((map?.nodes ?? []).flatMap((n) => n.concepts))], [map]);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  const mapHref = `/m/${mobilisationId}/map${viewToSearch(view)}`;
  const pageHref = (target: number) =>
    viewToSearch(view, { page: target > 1 ? String(target) : undefined }) || '?';

  return (
    <>
      <MobilisationPageTop
        mobilisationId={mobilisationId}
        name={name}
        title={t('map.listTitle')}
        trail={[{ label: t('map.title'), to: `/m/${mobilisationId}/map` }]}
        withContext
        action={
          <Link className="button button--secondary" to={mapHref}>
            {t('map.showMap')}
          </Link>
        }
      />
      <p className="map-intro">{t('map.listIntro')}</p>
      <QueryState query={mapQuery}>
        {(data) =>
          shown ? (
            <>
              {data.pending || data.computedAt === null ? (
                <Notice role="status">
                  <p>{data.computedAt === null ? t('map.notComputed') : t('map.pending')}</p>
                </Notice>
              ) : null}
              <MapFilters
                view={view}
                onChange={(key, value) => update({ [key]: value })}
                onClear={clear}
                vocabulary={vocabulary}
                concepts={concepts}
                clusters={data.clusters}
                shown={{ organisations: shown.nodes.length, links: shown.links.length }}
                total={{ organisations: data.nodes.length, links: data.links.length }}
                switchView={<Link to={mapHref}>{t('map.showMap')}</Link>}
              />
              <MapList
                view={shown}
                vocabulary={vocabulary}
                page={page}
                pageHref={pageHref}
                currentInitiative={view.initiative}
                onShowInitiative={(id) => update({ initiative: id })}
              />
            </>
          ) : null
        }
      </QueryState>
    </>
  );
}
