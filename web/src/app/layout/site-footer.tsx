import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__name">{t('app.name')}</p>
        <p>{t('app.footer')}</p>
      </div>
    </footer>
  );
}
