import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotificationsLink } from '../../features/notifications/components/notifications-link';
import { AccountMenu } from './account-menu';
import { LanguageSwitcher } from './language-switcher';
import { MainNav } from './main-nav';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="32" height="32" focusable="false" aria-hidden="true">
              <circle cx="11" cy="12" r="4.5" fill="currentColor" />
              <circle cx="21" cy="12" r="4.5" fill="#9fd3c7" />
              <circle cx="16" cy="21" r="4.5" fill="currentColor" />
            </svg>
          </span>
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="site-header__tools">
          <LanguageSwitcher />
          <NotificationsLink />
          <AccountMenu />
        </div>
      </div>
      <MainNav />
    </header>
  );
}
