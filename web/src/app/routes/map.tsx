import { usePrefetchQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { Loading, QueryState } from '../../components/ui/query-state';
import { getMapQueryKey, getMapQueryOptions, useCollaborationMap } from '../../features/map/api/get-map';
import { InitiativeList } from '../../features/map/components/initiative-list';
import { MapFilters } from '../../features/map/components/map-filters';
import { MapLegend } from '../../features/map/components/map-legend';
import { OrganisationFinder } from '../../features/map/components/organisation-finder';
import { OrganisationPanel } from '../../features/map/components/organisation-panel';
import { useVocabulary } from '../../features/map/hooks/use-vocabulary';
import { applyView, initiativesByOrganisation, linksByOrganisation } from '../../features/map/lib/map-view';
import { useMapView, viewToSearch } from '../../features/map/lib/view-params';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { InterestAction } from '../../features/partners/components/interest-action';
import { isNotFound } from '../../lib/api-error';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

type SigmaMapComponent = typeof import('../../features/map/components/sigma-map')['default'];

// The WebGL part (sigma.js, graphology) is a chunk of its own, requested as soon as this page's code runs, so
// it loads while the map data is fetched. It is held in state rather than behind React.lazy: a lazy component
// suspends on its first render even when its chunk is already here, and React then holds the reveal back for
// up to 300 ms.
let loadedSigmaMap: SigmaMapComponent | null = null;
const sigmaMapChunk = import('../../features/map/components/sigma-map').then((module) => {
  loadedSigmaMap = module.default;
  return module.default;
});
sigmaMapChunk.catch(() => undefined);

function useSigmaMapComponent(): SigmaMapComponent | null {
  const [component, setComponent] = useState<SigmaMapComponent | null>(() => loadedSigmaMap);
  useEffect(() => {
    if (component) return;
    let current = true;
    sigmaMapChunk.then(
      (loaded) => {
        if (current) setComponent(() => loaded);
      },
      (error: unknown) => {
        // The route's error boundary says the page could not load and offers a reload.
        if (current)
          setComponent(() => {
            throw error;
          });
      },
    );
    return () => {
      current = false;
    };
  }, [component]);
  return component;
}

/** "Samverkanskarta": the mobilisation's organisations, links and initiatives as a network map. */
export function MapPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  // Asks for the map while this render is still running, not after the first paint as an effect would.
  usePrefetchQuery(getMapQueryOptions(mobilisationId));
  const mobilisation = useMobilisation(mobilisationId);
  const mapQuery = useCollaborationMap(mobilisationId);
  const vocabulary = useVocabulary(mobilisation.data?.goals);
  const { view, params, update, clear } = useMapView();
  const queryClient = useQueryClient();
  const descriptionId = useId();
  const SigmaMap = useSigmaMapComponent();
  const finderInput = useRef<HTMLInputElement>(null);

  const map = mapQuery.data;
  const shown = useMemo(() => (map ? applyView(map, view) : null), [map, view]);
  const nodesById = useMemo(() => new Map((map?.nodes ?? []).map((n) => [n.id, n])), [map]);
  const concepts = useMemo(() => [...new Set((map?.nodes ?? []).flatMap((n) => n.concepts))], [map]);
  const selectedId = params.get('org');
  // Only the chosen organisation's links: a large map has tens of thousands, indexed for nobody else.
  const selectedLinks = useMemo(
    () =>
      shown && selectedId
        ? (linksByOrganisation(
            shown.links.filter((l) => l.source === selectedId || l.target === selectedId),
          ).get(selectedId) ?? [])
        : [],
    [shown, selectedId],
  );
  const initiativesOf = useMemo(() => initiativesByOrganisation(shown?.clusters ?? []), [shown]);

  const selected = selectedId ? nodesById.get(selectedId) : undefined;
  const select = useCallback((id: string) => update({ org: id }, { replace: true }), [update]);
  const close = useCallback(() => update({ org: null }, { replace: true }), [update]);

  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  const listHref = `/m/${mobilisationId}/map/list${viewToSearch(view)}`;
  const counts = shown
    ? {
        organisations: t('counts.organisations', { count: shown.nodes.length }),
        links: t('map.links', { count: shown.links.length }),
      }
    : null;

  return (
    <>
      <MobilisationPageTop
        mobilisationId={mobilisationId}
        name={name}
        title={t('map.title')}
        withContext
        action={
          <Link className="button" to={listHref}>
            {t('map.showList')}
          </Link>
        }
      />
      <p className="map-intro">
        {t('map.intro')} {t('map.listAdvice')}
      </p>

      <QueryState query={mapQuery}>
        {(data) => {
          if (!shown || !counts) return null;
          if (data.nodes.length === 0) {
            return (
              <Notice role="status">
                <p>{data.computedAt === null ? t('map.notComputed') : t('map.emptyMobilisation')}</p>
              </Notice>
            );
          }
          return (
            <>
              {data.pending ? (
                <Notice role="status">
                  <p>{t('map.pending')}</p>
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
                switchView={<Link to={listHref}>{t('map.showList')}</Link>}
              />
              <div className="map-layout">
                <div className="map-layout__main">
                  <p id={descriptionId} className="map-description">
                    {t('map.canvasDescription')}
                  </p>
                  {SigmaMap ? (
                    <SigmaMap
                      map={data}
                      view={shown}
                      selectedId={selected ? selected.id : null}
                      onSelect={select}
                      fitKey={viewToSearch(view)}
                      label={t('map.canvasLabel', counts)}
                      describedBy={descriptionId}
                      kindLabel={vocabulary.concept}
                    />
                  ) : (
                    <div className="map-stage map-stage--loading">
                      <Loading />
                    </div>
                  )}
                  {shown.nodes.length === 0 ? (
                    <p className="map-empty" role="status">
                      {t('map.empty')}
                    </p>
                  ) : null}
                </div>
                <div className="map-layout__side">
                  <OrganisationFinder
                    nodes={shown.nodes}
                    vocabulary={vocabulary}
                    onSelect={select}
                    inputRef={finderInput}
                  />
                  {selected ? (
                    <OrganisationPanel
                      key="panel"
                      node={selected}
                      links={selectedLinks}
                      nodesById={nodesById}
                      clusters={shown.clusters.filter((c) =>
                        (initiativesOf.get(selected.id) ?? []).includes(c.initiativeId),
                      )}
                      vocabulary={vocabulary}
                      onClose={close}
                      returnFocus={() => finderInput.current}
                      actions={
                        <InterestAction
                          key={selected.id}
                          mobilisationId={mobilisationId}
                          to={selected}
                          onSent={() =>
                            void queryClient.invalidateQueries({ queryKey: getMapQueryKey(mobilisationId) })
                          }
                        />
                      }
                    />
                  ) : null}
                </div>
              </div>
              <div className="map-below">
                <MapLegend />
                <InitiativeList
                  clusters={shown.clusters}
                  nodesById={nodesById}
                  vocabulary={vocabulary}
                  current={view.initiative}
                  onShow={(id) => update({ initiative: id })}
                />
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
