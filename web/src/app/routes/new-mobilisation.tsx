import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { Loading, NoAccess, SignInRequired } from '../../components/ui/query-state';
import { NewMobilisationFlow } from '../../features/mobilisations/components/new-mobilisation-flow';
import { useSession } from '../../lib/session';

export function NewMobilisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSession();
  const user = session.data?.user;
  return (
    <>
      <Breadcrumbs
        items={[{ label: t('app.home'), to: '/' }, { label: t('mobilisationSettings.newTitle') }]}
      />
      <PageHeading>{t('mobilisationSettings.newTitle')}</PageHeading>
      {session.isPending ? (
        <Loading />
      ) : !user ? (
        <SignInRequired />
      ) : !user.platformAdmin ? (
        <NoAccess>
          <p>{t('mobilisationSettings.adminsOnly')}</p>
        </NoAccess>
      ) : (
        <div className="narrow">
          <p className="lead">{t('mobilisationSettings.newIntro')}</p>
          <NewMobilisationFlow onCreated={(created) => navigate(`/m/${created.id}`)} />
        </div>
      )}
    </>
  );
}
