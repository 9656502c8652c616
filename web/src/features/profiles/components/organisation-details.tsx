import type { Organisation } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/i18n/use-language';
import { sectorLabel } from '../../../lib/reference';

export function OrganisationDetails({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="details-list">
      <div>
        <dt>{t('organisation.sector')}</dt>
        <dd>{sectorLabel(organisation.sector, language)}</dd>
      </div>
      <div>
        <dt>{t('organisation.county')}</dt>
        <dd>{organisation.county}</dd>
      </div>
      {organisation.municipality ? (
        <div>
          <dt>{t('organisation.municipality')}</dt>
          <dd>{organisation.municipality}</dd>
        </div>
      ) : null}
      {organisation.orgNumber ? (
        <div>
          <dt>{t('organisation.orgNumber')}</dt>
          <dd>{organisation.orgNumber}</dd>
        </div>
      ) : null}
      {organisation.website ? (
        <div>
          <dt>{t('organisation.website')}</dt>
          <dd>
            <a href={organisation.website} rel="noopener noreferrer external">
              {organisation.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
