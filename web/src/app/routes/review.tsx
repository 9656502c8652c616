import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../../components/ui/query-state';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { ReviewQueue } from '../../features/review/components/review-queue';
import { isNotFound } from '../../lib/api-error';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/** "Granska matchningar": the coordinators go through the proposed matches, best first. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  return (
    <>
      <MobilisationPageTop mobilisationId={mobilisationId} name={name} title={t('review.title')} />
      <p className="lead">{t('review.intro')}</p>
      <p className="muted">
        {t('review.nextStep')}{' '}
        <Link to={`/m/${mobilisationId}/initiatives?view=proposals`}>{t('review.toProposals')}</Link>
      </p>
      <QueryState query={mobilisation}>
        {(data) => <ReviewQueue mobilisationId={data.id} goals={data.goals} />}
      </QueryState>
    </>
  );
}
