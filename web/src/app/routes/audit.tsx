import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AuditLog } from '../../features/audit/components/audit-log';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { isNotFound } from '../../lib/api-error';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/** For coordinators: the mobilisation's audit log. */
export function AuditPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  return (
    <>
      <MobilisationPageTop mobilisationId={mobilisationId} name={name} title={t('audit.title')} />
      <p className="lead">{t('audit.intro')}</p>
      <AuditLog mobilisationId={mobilisationId} />
    </>
  );
}
