import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { InterestsToPassOn } from '../../features/partners/components/interests-to-pass-on';
import { OrganisationInterests } from '../../features/partners/components/organisation-interests';
import { isCoordinatorOf, membershipsIn, signInPath } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/**
 * "Intressen": for each organisation the person acts for, the interest it sent (sent, read, answered) and
 * received (to answer); for the coordinators, the interests that reached nobody and wait to be passed on.
 */
export function InterestsPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const location = useLocation();
  const mobilisation = useMobilisation(mobilisationId);
  const session = useSession();
  const user = session.data?.user;
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const own = membershipsIn(user, mobilisationId).filter(
    (m): m is typeof m & { organisationId: string } => m.role === 'member' && m.organisationId !== null,
  );
  const coordinator = isCoordinatorOf(user, mobilisationId);

  return (
    <>
      <MobilisationPageTop
        mobilisationId={mobilisationId}
        name={mobilisation.data?.name}
        title={t('partners.interests.title')}
      />
      <p>{t('partners.interests.intro')}</p>
      {session.isSuccess && !user ? (
        <Notice>
          <p>
            <Link to={signInPath(location.pathname)}>{t('partners.interests.signIn')}</Link>
          </p>
        </Notice>
      ) : null}
      {user && own.length === 0 && !coordinator ? (
        <Notice>
          <p>{t('partners.interests.nothingToShow')}</p>
        </Notice>
      ) : null}
      {coordinator ? <InterestsToPassOn mobilisationId={mobilisationId} /> : null}
      {own.map((m) => (
        <OrganisationInterests
          key={m.organisationId}
          organisationId={m.organisationId}
          organisationName={m.organisationName ?? ''}
          mobilisationId={mobilisationId}
        />
      ))}
    </>
  );
}
