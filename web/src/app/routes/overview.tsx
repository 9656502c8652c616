import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { useOverview } from '../../features/overview/api/get-overview';
import { OverviewDashboard } from '../../features/overview/components/overview-dashboard';
import { isCoordinatorOf } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/** The dashboard: where the mobilisation stands, for its participants and coordinators. */
export function OverviewPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const overview = useOverview(mobilisationId);
  const coordinator = isCoordinatorOf(useSession().data?.user, mobilisationId);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  return (
    <>
      <MobilisationPageTop mobilisationId={mobilisationId} name={name} title={t('overview.title')} />
      <p className="lead">{t('overview.intro')}</p>
      <QueryState query={overview}>
        {(data) => (
          <OverviewDashboard
            overview={data}
            mobilisationId={mobilisationId}
            goals={mobilisation.data?.goals ?? []}
            coordinator={coordinator}
          />
        )}
      </QueryState>
    </>
  );
}
