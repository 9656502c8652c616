import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { useOverview } from '../../features/overview/api/get-overview';
import { OverviewDashboard } from '../../features/overview/components/overview-dashboard';
import { isCoordinatorOf } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
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
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: name ?? '…', to: `/m/${mobilisationId}` },
          { label: t('overview.title') },
        ]}
      />
      <PageHeading title={name ? `${t('overview.title')} – ${name}` : t('overview.title')}>
        {t('overview.title')}
      </PageHeading>
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
