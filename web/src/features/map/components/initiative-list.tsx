import type { MapCluster, MapNode } from '@kraftsamling/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Vocabulary } from '../hooks/use-vocabulary';
import './map.css';

type Props = {
  clusters: readonly MapCluster[];
  nodesById: ReadonlyMap<string, MapNode>;
  vocabulary: Vocabulary;
  /** The initiative chosen in the filters, if any. */
  current: string | undefined;
  onShow: (initiativeId: string | null) => void;
  /** The list view names every organisation; the map page only counts them. */
  detailed?: boolean;
  headingLevel?: 2 | 3;
};

/** The initiatives (the map's clusters), each with its status, goals and organisations, and a filter. */
export function InitiativeList({
  clusters,
  nodesById,
  vocabulary,
  current,
  onShow,
  detailed = false,
  headingLevel = 2,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const Item = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <section className="map-initiatives" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="map-initiatives__title">
        {t('map.initiatives')} <span className="muted">({clusters.length})</span>
      </Heading>
      {clusters.length === 0 ? (
        <p className="muted">{t('map.noInitiatives')}</p>
      ) : (
        <ul className="map-initiatives__list">
          {clusters.map((cluster) => {
            const members = cluster.organisationIds
              .map((orgId) => nodesById.get(orgId))
              .filter((n): n is MapNode => n !== undefined);
            return (
              <li key={cluster.initiativeId} className="map-initiatives__item">
                <Item className="map-initiatives__name">{cluster.title}</Item>
                <p className="map-initiatives__meta">
                  <span className="badge badge--neutral">{t(`map.initiativeStatus.${cluster.status}`)}</span>{' '}
                  {t('counts.organisations', { count: members.length })}
                  {cluster.goals.length > 0 ? ` · ${t('map.goals')}: ${vocabulary.list(cluster.goals)}` : ''}
                </p>
                {detailed ? (
                  <>
                    <p className="map-initiatives__label">{t('map.participants')}:</p>
                    <ul className="map-initiatives__members">
                      {members.map((node) => (
                        <li key={node.id}>
                          <Link to={`/profiles/${node.profileId}`}>{node.name}</Link>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
                {current === cluster.initiativeId ? (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => onShow(null)}
                  >
                    {t('map.showAllInitiatives')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => onShow(cluster.initiativeId)}
                    aria-label={`${t('map.showInitiative')}: ${cluster.title}`}
                  >
                    {t('map.showInitiative')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
