import { linkStatuses, sectors } from '@kraftsamling/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n/use-language';
import { linkStyles, nodeOutlineColour, sectorColours } from '../lib/graph-style';
import './map.css';

/** What colours, line widths, sizes and shaded areas mean; every entry says it in words as well. */
export function MapLegend() {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <section className="map-legend" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="map-legend__title">
        {t('map.legend')}
      </h2>
      <h3 className="map-legend__subtitle">{t('map.legendSectors')}</h3>
      <ul className="map-legend__list map-legend__list--columns">
        {sectors.map((sector) => (
          <li key={sector.id} className="map-legend__item">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <circle cx="8" cy="8" r="6.5" fill={sectorColours[sector.id]} stroke={nodeOutlineColour} />
            </svg>
            {sector[language]}
          </li>
        ))}
      </ul>
      <h3 className="map-legend__subtitle">{t('map.legendLinks')}</h3>
      <ul className="map-legend__list">
        {linkStatuses.map((status) => (
          <li key={status} className="map-legend__item">
            <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
              <line
                x1="2"
                y1="6"
                x2="34"
                y2="6"
                stroke={linkStyles[status].color}
                strokeWidth={Math.max(1, linkStyles[status].size * 1.2)}
              />
            </svg>
            <span>
              {t(`map.linkStatus.${status}`)}: {t(`map.linkStyle.${status}`)}
            </span>
          </li>
        ))}
      </ul>
      <ul className="map-legend__list">
        <li className="map-legend__item">
          <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
            <circle cx="5" cy="8" r="3" fill="#ffffff" stroke={nodeOutlineColour} />
            <circle cx="24" cy="8" r="7" fill="#ffffff" stroke={nodeOutlineColour} />
          </svg>
          {t('map.legendSize')}
        </li>
        <li className="map-legend__item">
          <svg width="36" height="16" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
            <rect
              x="1"
              y="1"
              width="34"
              height="14"
              rx="7"
              fill="rgb(27 79 138 / 10%)"
              stroke="#1b4f8a"
              strokeDasharray="4 3"
            />
          </svg>
          {t('map.legendInitiative')}
        </li>
      </ul>
    </section>
  );
}
