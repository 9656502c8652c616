import { useTranslation } from 'react-i18next';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { Loading, SignInRequired } from '../../components/ui/query-state';
import { NotificationList } from '../../features/notifications/components/notification-list';
import { useSession } from '../../lib/session';

/** "Aviseringar": what has happened that concerns the person's organisation, such as shown interest. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <>
      <Breadcrumbs items={[{ label: t('app.home'), to: '/' }, { label: t('notifications.title') }]} />
      <PageHeading>{t('notifications.title')}</PageHeading>
      {session.isPending ? (
        <Loading />
      ) : !session.data?.user ? (
        <SignInRequired />
      ) : (
        <div className="narrow">
          <p>{t('notifications.intro')}</p>
          <NotificationList />
        </div>
      )}
    </>
  );
}
