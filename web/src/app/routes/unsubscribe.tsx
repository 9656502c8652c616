import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { UnsubscribeAnswer } from '../../features/notifications/components/unsubscribe-answer';

/** `/unsubscribe/:token`, the link at the end of every notice mail: works without signing in (decision 036). */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <>
      <Breadcrumbs
        items={[{ label: t('app.home'), to: '/' }, { label: t('notificationSettings.pageTitle') }]}
      />
      <PageHeading>{t('notificationSettings.pageTitle')}</PageHeading>
      <div className="narrow">
        <UnsubscribeAnswer token={token} />
      </div>
    </>
  );
}
