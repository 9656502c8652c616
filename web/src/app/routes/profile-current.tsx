import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { Loading, SignInRequired } from '../../components/ui/query-state';
import { useProfileCurrency } from '../../features/profiles/api/get-profile-currency';
import { ProfileCurrency } from '../../features/profiles/components/profile-currency';
import { useSession } from '../../lib/session';

/** `/profiles/:profileId/current`, where a reminder leads: confirm, edit or withdraw each entry. */
export function ProfileCurrentPage() {
  const { t } = useTranslation();
  const { profileId = '' } = useParams();
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const currency = useProfileCurrency(signedIn ? profileId : undefined);
  const name = signedIn ? currency.data?.organisationName : undefined;
  const title = t('currency.pageTitle');
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          ...(name ? [{ label: name, to: `/profiles/${profileId}` }] : []),
          { label: title },
        ]}
      />
      <PageHeading title={name ? `${title} – ${name}` : title}>{title}</PageHeading>
      {name ? <p className="page-header__context">{name}</p> : null}
      {session.isPending ? (
        <Loading />
      ) : signedIn ? (
        <ProfileCurrency profileId={profileId} />
      ) : (
        <SignInRequired />
      )}
    </>
  );
}
