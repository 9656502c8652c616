import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { Loading, SignInRequired } from '../../components/ui/query-state';
import { AccountDetails } from '../../features/account/components/account-details';
import { DeleteAccountSection } from '../../features/account/components/delete-account-section';
import { PersonalDataDownload } from '../../features/account/components/personal-data-download';
import { useMobilisations } from '../../features/mobilisations/api/get-mobilisations';
import { NotificationSettingsForm } from '../../features/notifications/components/notification-settings-form';
import { useSession } from '../../lib/session';
import { useNavigationState } from '../layout/location-state';

/**
 * "Mitt konto": who the person is here, which notices they get by mail, their data to take away, and the way
 * to leave for good.
 */
export function AccountPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const mobilisations = useMobilisations();
  const { passwordChanged, joined } = useNavigationState();
  const user = session.data?.user;
  // Deleting the account ends the session; the page then moves on rather than asking to sign in.
  const [leaving, setLeaving] = useState(false);
  const names = new Map((mobilisations.data?.items ?? []).map((m) => [m.id, m.name]));
  // A notice mail links to `/account#notifications`: once the page is there, the settings get the focus.
  const { hash } = useLocation();
  const notificationsHeading = useRef<HTMLHeadingElement>(null);
  const signedIn = !!user;
  useEffect(() => {
    if (signedIn && hash === '#notifications') {
      notificationsHeading.current?.scrollIntoView?.();
      notificationsHeading.current?.focus();
    }
  }, [signedIn, hash]);

  return (
    <>
      <Breadcrumbs items={[{ label: t('app.home'), to: '/' }, { label: t('account.title') }]} />
      <PageHeading>{t('account.title')}</PageHeading>
      {session.isPending || (leaving && !user) ? (
        <Loading />
      ) : !user ? (
        <SignInRequired />
      ) : (
        <div className="narrow account">
          {passwordChanged ? (
            <Notice tone="success" role="status">
              <p>{t('reset.changed')}</p>
            </Notice>
          ) : null}
          {joined ? (
            <Notice tone="success" role="status">
              <p>{t('invitation.joined', { mobilisation: joined })}</p>
            </Notice>
          ) : null}
          <section className="panel section--tight" aria-labelledby="account-details-heading">
            <h2 id="account-details-heading" className="panel__title">
              {t('account.detailsHeading')}
            </h2>
            <AccountDetails user={user} mobilisationNames={names} />
          </section>
          <section
            id="notifications"
            className="panel section--tight"
            aria-labelledby="account-notifications-heading"
          >
            <h2
              id="account-notifications-heading"
              className="panel__title"
              ref={notificationsHeading}
              tabIndex={-1}
            >
              {t('notificationSettings.heading')}
            </h2>
            <NotificationSettingsForm />
          </section>
          <section className="panel section--tight" aria-labelledby="account-data-heading">
            <h2 id="account-data-heading" className="panel__title">
              {t('account.dataHeading')}
            </h2>
            <PersonalDataDownload />
          </section>
          <section className="panel panel--danger section--tight" aria-labelledby="account-delete-heading">
            <h2 id="account-delete-heading" className="panel__title">
              {t('account.deleteHeading')}
            </h2>
            <DeleteAccountSection
              onDeleting={() => setLeaving(true)}
              onDeleted={() => navigate('/', { replace: true, state: { accountDeleted: true } })}
            />
          </section>
        </div>
      )}
    </>
  );
}
