import type { MapCluster, MapLink, MapNode } from '@kraftsamling/shared';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ProfileStatusBadge } from '../../../components/ui/profile-status-badge';
import { QueryState } from '../../../components/ui/query-state';
import { sectorLabel } from '../../../lib/reference';
import { useOrganisationProfile } from '../api/get-organisation-profile';
import type { Vocabulary } from '../hooks/use-vocabulary';
import { strongestFirst } from '../lib/map-view';
import { LinkDescription } from './link-description';
import './map.css';
import { WrittenText } from '../../../components/ui/written-text';

/** The panel lists the strongest links first and the rest on request. */
const linksShown = 8;

type Props = {
  node: MapNode;
  /** The organisation's links under the current filters. */
  links: readonly MapLink[];
  nodesById: ReadonlyMap<string, MapNode>;
  clusters: readonly MapCluster[];
  vocabulary: Vocabulary;
  onClose: () => void;
  /** Where focus goes when the panel closes and the element that opened it is gone. */
  returnFocus: () => HTMLElement | null;
  /** What the page adds for the viewer, such as "Vi är intresserade". */
  actions?: ReactNode;
};

/**
 * The side panel for one organisation: a named region whose heading takes focus when it opens, closed with its
 * button or Esc, after which focus returns to where it came from. It shows the organisation's links and
 * initiatives under the current filters and its latest submitted four points.
 */
export function OrganisationPanel({
  node,
  links,
  nodesById,
  clusters,
  vocabulary,
  onClose,
  returnFocus,
  actions,
}: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const profile = useOrganisationProfile(node.profileId);
  const location = useLocation();
  // The organisation at the other end of a link opens in this panel: the same address with another `org`.
  const organisationHref = (id: string) => {
    const params = new URLSearchParams(location.search);
    params.set('org', id);
    return `${location.pathname}?${params.toString()}`;
  };
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const [allLinks, setAllLinks] = useState(false);
  const returnFocusRef = useRef(returnFocus);
  returnFocusRef.current = returnFocus;

  // Focus comes back to where the person was when the panel opened (the finder's hit, a link in a list).
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        closeRef.current();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      const target = opener?.isConnected && opener !== document.body ? opener : returnFocusRef.current();
      target?.focus();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the heading for each organisation shown
  useEffect(() => {
    heading.current?.focus();
    setAllLinks(false);
  }, [node.id]);

  const sorted = useMemo(() => strongestFirst(links), [links]);
  const shownLinks = allLinks ? sorted : sorted.slice(0, linksShown);
  const content = profile.data?.latest?.content;
  return (
    <section className="map-panel" aria-labelledby={`${id}-title`}>
      <div className="map-panel__header">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="map-panel__title">
          {node.name}
        </h2>
        <button
          type="button"
          className="button button--small button--secondary map-panel__close"
          onClick={onClose}
          aria-label={t('map.panelCloseLabel', { name: node.name })}
        >
          <span aria-hidden="true">×</span> {t('map.panelClose')}
        </button>
      </div>
      <p className="map-panel__meta">
        {sectorLabel(node.sector, vocabulary.language)} · {node.county}{' '}
        <ProfileStatusBadge status={node.status} />
      </p>
      <p>
        <Link to={`/profiles/${node.profileId}`}>{t('map.profileLink')}</Link>
      </p>
      {actions}

      <h3 className="map-panel__subtitle">
        {t('map.panelLinks')} <span className="muted">({links.length})</span>
      </h3>
      {links.length === 0 ? (
        <p className="muted">{t('map.noLinks')}</p>
      ) : (
        <ul className="map-links">
          {shownLinks.map((link) => {
            const otherId = link.source === node.id ? link.target : link.source;
            const other = nodesById.get(otherId);
            return (
              <li key={`${link.source}|${link.target}`}>
                <LinkDescription
                  link={link}
                  vocabulary={vocabulary}
                  other={
                    other ? (
                      <Link to={organisationHref(other.id)} replace preventScrollReset>
                        {other.name}
                      </Link>
                    ) : (
                      '…'
                    )
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
      {links.length > linksShown ? (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-expanded={allLinks}
          onClick={() => setAllLinks((all) => !all)}
        >
          {allLinks ? t('map.showFewerLinks') : t('map.showAllLinks', { count: links.length })}
        </button>
      ) : null}

      <h3 className="map-panel__subtitle">{t('map.panelInitiatives')}</h3>
      {clusters.length === 0 ? (
        <p className="muted">{t('map.panelNoInitiatives')}</p>
      ) : (
        <ul className="map-panel__initiatives">
          {clusters.map((cluster) => (
            <li key={cluster.initiativeId}>
              {cluster.title}{' '}
              <span className="badge badge--neutral">{t(`map.initiativeStatus.${cluster.status}`)}</span>
            </li>
          ))}
        </ul>
      )}

      <h3 className="map-panel__subtitle">{t('map.panelProfile')}</h3>
      <QueryState query={profile}>
        {() =>
          content ? (
            <div className="map-panel__points">
              <p className="muted">{t('map.panelProfileHint')}</p>
              <h4>{t('points.goals')}</h4>
              <p className="prose">{content.goals || t('map.noneGiven')}</p>
              <h4>{t('points.projects')}</h4>
              <PointList items={content.projects.map((p) => ({ id: p.id, text: p.title }))} />
              <h4>{t('points.needs')}</h4>
              <PointList items={content.needs} />
              <h4>{t('points.offers')}</h4>
              <PointList items={content.offers} />
            </div>
          ) : (
            <p className="muted">{t('map.notSubmitted')}</p>
          )
        }
      </QueryState>
    </section>
  );
}

function PointList({ items }: { items: readonly { id: string; text: string }[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('map.noneGiven')}</p>;
  return (
    <ul className="map-panel__list">
      {items.map((item) => (
        <WrittenText key={item.id} as="li" text={item.text} />
      ))}
    </ul>
  );
}
