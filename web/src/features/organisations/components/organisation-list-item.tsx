import type { OrganisationListItem } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProfileStatusBadge } from '../../../components/ui/profile-status-badge';
import { useLanguage } from '../../../lib/i18n/use-language';
import { sectorLabel } from '../../../lib/reference';

export function OrganisationRow({ item }: { item: OrganisationListItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { organisation } = item;
  const place = [organisation.municipality, organisation.county].filter(Boolean).join(', ');
  return (
    <li className="organisation-row">
      <div className="organisation-row__main">
        <h2 className="organisation-row__name">
          <Link to={`/profiles/${item.profileId}`}>{organisation.name}</Link>
        </h2>
        <p className="organisation-row__meta">
          <span>{sectorLabel(organisation.sector, language)}</span>
          <span>{place}</span>
        </p>
      </div>
      <div className="organisation-row__side">
        <ProfileStatusBadge status={item.status} />
        <ul className="organisation-row__counts" aria-label={t('organisations.countsLabel')}>
          <li>{t('counts.needs', { count: item.needCount })}</li>
          <li>{t('counts.offers', { count: item.offerCount })}</li>
          <li>{t('counts.projects', { count: item.projectCount })}</li>
        </ul>
      </div>
    </li>
  );
}
