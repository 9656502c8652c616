import type { MapNode } from '@kraftsamling/shared';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pagination } from '../../../components/ui/pagination';
import { sectorLabel } from '../../../lib/reference';
import type { Vocabulary } from '../hooks/use-vocabulary';
import { linksByOrganisation, type MapData, strongestFirst } from '../lib/map-view';
import { InitiativeList } from './initiative-list';
import { LinkDescription } from './link-description';
import './map.css';

export const listPageSize = 50;

type Props = {
  /** The map after `applyView`: exactly what the map shows. */
  view: MapData;
  vocabulary: Vocabulary;
  page: number;
  /** The address of another page of the list, keeping the filters. */
  pageHref: (page: number) => string;
  currentInitiative: string | undefined;
  onShowInitiative: (initiativeId: string | null) => void;
};

/**
 * The map in words, for keyboard and screen-reader users and anyone who prefers a list: every organisation
 * with its sector, county, themes, goals and links ("Föreslagen samverkan med X om utvärdering"), then the
 * initiatives with their organisations. Same data and filters as the map.
 */
export function MapList({ view, vocabulary, page, pageHref, currentInitiative, onShowInitiative }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const nodesById = useMemo(() => new Map(view.nodes.map((n) => [n.id, n])), [view.nodes]);
  const linksOf = useMemo(() => linksByOrganisation(view.links), [view.links]);
  const pages = Math.max(1, Math.ceil(view.nodes.length / listPageSize));
  const current = Math.min(page, pages);
  const shown = view.nodes.slice((current - 1) * listPageSize, current * listPageSize);
  return (
    <>
      <section className="map-list" aria-labelledby={`${id}-organisations`}>
        <h2 id={`${id}-organisations`}>
          {t('map.organisations')} <span className="muted">({view.nodes.length})</span>
        </h2>
        {view.nodes.length === 0 ? <p className="empty-state">{t('map.empty')}</p> : null}
        {shown.length > 0 ? (
          <ul className="map-list__items">
            {shown.map((node) => (
              <OrganisationEntry
                key={node.id}
                node={node}
                links={linksOf.get(node.id) ?? []}
                nodesById={nodesById}
                vocabulary={vocabulary}
              />
            ))}
          </ul>
        ) : null}
        <Pagination label={t('organisations.pagination')} page={current} pages={pages} href={pageHref} />
      </section>
      <InitiativeList
        clusters={view.clusters}
        nodesById={nodesById}
        vocabulary={vocabulary}
        current={currentInitiative}
        onShow={onShowInitiative}
        detailed
      />
    </>
  );
}

type EntryProps = {
  node: MapNode;
  links: MapData['links'];
  nodesById: ReadonlyMap<string, MapNode>;
  vocabulary: Vocabulary;
};

function OrganisationEntry({ node, links, nodesById, vocabulary }: EntryProps) {
  const { t } = useTranslation();
  const concepts = node.concepts.map((c) => vocabulary.concept(c));
  return (
    <li className="map-list__item" id={`org-${node.id}`}>
      <h3 className="map-list__name">
        <Link to={`/profiles/${node.profileId}`}>{node.name}</Link>
      </h3>
      <dl className="map-list__facts">
        <div>
          <dt>{t('map.sector')}</dt>
          <dd>{sectorLabel(node.sector, vocabulary.language)}</dd>
        </div>
        <div>
          <dt>{t('map.county')}</dt>
          <dd>{node.county}</dd>
        </div>
        <div>
          <dt>{t('map.themes')}</dt>
          <dd>{concepts.length > 0 ? vocabulary.list(concepts) : t('map.noneGiven')}</dd>
        </div>
        <div>
          <dt>{t('map.goals')}</dt>
          <dd>
            {node.goals.length > 0
              ? node.goals.map((code, index) => {
                  const goal = vocabulary.goal(code);
                  return (
                    <span key={code}>
                      {index > 0 ? '; ' : ''}
                      {code}
                      {goal.text ? (
                        <>
                          {' '}
                          <span {...(goal.lang !== vocabulary.language ? { lang: goal.lang } : {})}>
                            {goal.text}
                          </span>
                        </>
                      ) : null}
                    </span>
                  );
                })
              : t('map.noneGiven')}
          </dd>
        </div>
        <div>
          <dt>{t('map.linkCount')}</dt>
          <dd>{links.length}</dd>
        </div>
      </dl>
      {links.length > 0 ? (
        <ul className="map-links" aria-label={`${t('map.panelLinks')}: ${node.name}`}>
          {strongestFirst(links).map((link) => {
            const other = nodesById.get(link.source === node.id ? link.target : link.source);
            return (
              <li key={`${link.source}|${link.target}`}>
                <LinkDescription
                  link={link}
                  vocabulary={vocabulary}
                  other={other ? <Link to={`/profiles/${other.profileId}`}>{other.name}</Link> : '…'}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}
