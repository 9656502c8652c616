import type { MapCluster } from '@kraftsamling/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';
import type { Vocabulary } from '../hooks/use-vocabulary';
import type { MapView } from '../lib/map-view';
import { hasFilters, type ViewKey } from '../lib/view-params';
import { MapFilterFields } from './map-filter-fields';

type Props = {
  view: MapView;
  onChange: (key: ViewKey, value: string | null) => void;
  onClear: () => void;
  vocabulary: Vocabulary;
  concepts: readonly string[];
  clusters: readonly MapCluster[];
  shown: { organisations: number; links: number };
  total: { organisations: number; links: number };
  /** The way to the other view of the same data ("Visa som lista" / "Visa som karta"). */
  switchView: ReactNode;
};

/** The filter form above the map and the list, with what they show in words and the way to clear them. */
export function MapFilters({
  view,
  onChange,
  onClear,
  vocabulary,
  concepts,
  clusters,
  shown,
  total,
  switchView,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const filtered = hasFilters(view);
  const organisations = t('counts.organisations', { count: shown.organisations });
  const links = t('map.links', { count: shown.links });
  return (
    <>
      <form
        className="map-filters"
        aria-label={t('map.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <MapFilterFields
          view={view}
          onChange={onChange}
          vocabulary={vocabulary}
          concepts={concepts}
          clusters={clusters}
        />
      </form>
      <div className="results-bar map-results">
        <p className="results-bar__count" role="status">
          {filtered
            ? t('map.showingFiltered', {
                organisations,
                links,
                total: format.number(total.organisations),
              })
            : t('map.showing', { organisations, links })}
        </p>
        <div className="map-results__actions">
          {filtered ? (
            <button type="button" className="button button--quiet" onClick={onClear}>
              {t('map.clearFilters')}
            </button>
          ) : null}
          {switchView}
        </div>
      </div>
    </>
  );
}
