import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';

export function NotFoundContent() {
  const { t } = useTranslation();
  return (
    <div className="not-found">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p className="lead">{t('notFound.body')}</p>
      <p>
        <Link className="button" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
