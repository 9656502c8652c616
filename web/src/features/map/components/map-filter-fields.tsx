import { linkStatuses, type MapCluster } from '@kraftsamling/shared';
import { type ChangeEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary } from '../hooks/use-vocabulary';
import type { MapView } from '../lib/map-view';
import type { ViewKey } from '../lib/view-params';
import './map.css';
import { CountyOptions, SectorOptions } from '../../../components/ui/reference-options';

type Props = {
  view: MapView;
  onChange: (key: ViewKey, value: string | null) => void;
  vocabulary: Vocabulary;
  /** Concept ids to offer: those that occur in the map, so no choice leads to an empty map. */
  concepts: readonly string[];
  /** Initiatives to offer; omit to leave the initiative filter out (the partner search has none). */
  clusters?: readonly Pick<MapCluster, 'initiativeId' | 'title'>[];
  /** The link-status filter belongs to the map; the partner search leaves it out. */
  withLinkStatus?: boolean;
};

/**
 * The map's filters as plain selects (goal, theme, sector, county, type of link, initiative), each applied as
 * soon as it changes. The map, its list view and the partner search all use these same fields.
 */
export function MapFilterFields({
  view,
  onChange,
  vocabulary,
  concepts,
  clusters,
  withLinkStatus = true,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const supportTypes = concepts.filter((c) => vocabulary.conceptKind(c) !== 'targetGroup');
  const targetGroups = concepts.filter((c) => vocabulary.conceptKind(c) === 'targetGroup');
  // One collator for the whole sort: localeCompare builds one per comparison.
  const collator = new Intl.Collator(vocabulary.language);
  const byName = (a: string, b: string) => collator.compare(vocabulary.concept(a), vocabulary.concept(b));
  // A filter from a shared link that this map no longer offers still shows what it is, so it can be cleared.
  const withCurrent = (options: string[], current: string | undefined) =>
    current && !options.includes(current) ? [current, ...options] : options;
  const select = (key: ViewKey) => ({
    id: `${id}-${key}`,
    className: 'select',
    value: view[key] ?? '',
    onChange: (event: ChangeEvent<HTMLSelectElement>) => onChange(key, event.target.value || null),
  });
  return (
    <div className="map-filters__fields">
      <div className="field">
        <label className="field__label" htmlFor={`${id}-goal`}>
          {t('map.goal')}
        </label>
        <select {...select('goal')}>
          <option value="">{t('common.all')}</option>
          {withCurrent(
            vocabulary.goals.map((g) => g.code),
            view.goal,
          ).map((code) => {
            const goal = vocabulary.goal(code);
            return (
              <option key={code} value={code}>
                {goal.text ? `${code} ${goal.text}` : code}
              </option>
            );
          })}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-concept`}>
          {t('map.concept')}
        </label>
        <select {...select('concept')}>
          <option value="">{t('common.all')}</option>
          {view.concept && !concepts.includes(view.concept) ? (
            <option value={view.concept}>{vocabulary.concept(view.concept)}</option>
          ) : null}
          {supportTypes.length > 0 ? (
            <optgroup label={t('map.supportTypes')}>
              {[...supportTypes].sort(byName).map((c) => (
                <option key={c} value={c}>
                  {vocabulary.concept(c)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {targetGroups.length > 0 ? (
            <optgroup label={t('map.targetGroups')}>
              {[...targetGroups].sort(byName).map((c) => (
                <option key={c} value={c}>
                  {vocabulary.concept(c)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-sector`}>
          {t('map.sector')}
        </label>
        <select {...select('sector')}>
          <option value="">{t('common.all')}</option>
          <SectorOptions />
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-county`}>
          {t('map.county')}
        </label>
        <select {...select('county')}>
          <option value="">{t('common.all')}</option>
          <CountyOptions />
        </select>
      </div>
      {withLinkStatus ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-linkStatus`}>
            {t('map.linkStatusLabel')}
          </label>
          <select {...select('linkStatus')}>
            <option value="">{t('common.all')}</option>
            {linkStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`map.linkStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {clusters && (clusters.length > 0 || view.initiative) ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-initiative`}>
            {t('map.initiative')}
          </label>
          <select {...select('initiative')}>
            <option value="">{t('common.all')}</option>
            {clusters.map((cluster) => (
              <option key={cluster.initiativeId} value={cluster.initiativeId}>
                {cluster.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
