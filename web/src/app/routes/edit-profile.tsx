import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { Loading, QueryError } from '../../components/ui/query-state';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { ContactsEditor } from '../../features/organisations/components/contacts-form';
import { useKinds } from '../../features/profiles/api/get-kinds';
import { getProfileQueryOptions } from '../../features/profiles/api/get-profile';
import { ProfileForm } from '../../features/profiles/components/profile-form/profile-form';
import { isEditable } from '../../features/profiles/types';
import { signInPath } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { useNavigationState } from '../layout/location-state';
import { NotFoundContent } from '../layout/not-found-content';

export function EditProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { profileId = '' } = useParams();
  const location = useLocation();
  const { registered, joined } = useNavigationState();
  const session = useSession();
  // The editor starts from the server's current draft and version, never from a cached copy that may be stale.
  const profile = useQuery({
    ...getProfileQueryOptions(profileId),
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
  const mobilisation = useMobilisation(profile.data?.mobilisationId);
  // Only the form asks for the kinds to tag with: someone who cannot edit (a visitor, another organisation) is
  // not sent to sign in because of them.
  const kinds = useKinds(profile.data && isEditable(profile.data) ? profile.data.mobilisationId : undefined);
  if (profile.isError && isNotFound(profile.error)) return <NotFoundContent />;
  const name = profile.data?.organisation.name;
  const ready = profile.data && profile.isFetchedAfterMount && !mobilisation.isPending;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          ...(profile.data
            ? [
                { label: t('organisations.title'), to: `/m/${profile.data.mobilisationId}/organisations` },
                { label: profile.data.organisation.name, to: `/profiles/${profileId}` },
              ]
            : []),
          { label: t('profile.edit') },
        ]}
      />
      <PageHeading>{name ? t('form.title', { name }) : t('profile.edit')}</PageHeading>
      <p className="lead">{t('form.intro')}</p>
      {profile.isError ? (
        <QueryError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : ready && profile.data && !isEditable(profile.data) && session.isSuccess && !session.data.user ? (
        <Notice tone="info">
          <p>{t('form.signInToEdit')}</p>
          <p>
            <Link className="button" to={signInPath(`${location.pathname}${location.search}`)}>
              {t('auth.signIn')}
            </Link>
          </p>
        </Notice>
      ) : ready && profile.data && !isEditable(profile.data) ? (
        <Notice tone="warning">
          <p>{t('form.noAccess')}</p>
          <p>
            <Link to={`/profiles/${profile.data.id}`}>{t('form.viewProfile')}</Link>
          </p>
        </Notice>
      ) : ready && profile.data && isEditable(profile.data) ? (
        <>
          <ProfileForm
            key={profile.data.id}
            profile={profile.data}
            goals={mobilisation.data?.goals ?? []}
            kinds={kinds.data?.kinds ?? []}
            onSubmitted={(submitted) => navigate(`/profiles/${submitted.id}`, { state: { submitted: true } })}
            notice={
              registered ? (
                <Notice tone="success" role="status">
                  <p>{t('register.created', { name: registered })}</p>
                </Notice>
              ) : joined ? (
                <Notice tone="success" role="status">
                  <p>
                    {t('invitation.joinedMember', {
                      mobilisation: joined,
                      organisation: profile.data.organisation.name,
                    })}
                  </p>
                </Notice>
              ) : null
            }
          />
          <section className="form-section contacts-section" aria-labelledby="contacts-edit-heading">
            <h2 id="contacts-edit-heading" className="form-section__title">
              {t('contacts.editHeading')}
            </h2>
            <p className="form-section__intro">{t('contacts.editIntro')}</p>
            <Notice tone="info">
              <p>{t('contacts.privacy')}</p>
            </Notice>
            <ContactsEditor organisationId={profile.data.organisation.id} />
          </section>
          <p>
            <Link to={`/profiles/${profile.data.id}`}>{t('form.viewProfile')}</Link>
          </p>
        </>
      ) : (
        <Loading />
      )}
    </>
  );
}
