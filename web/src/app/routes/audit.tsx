import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { AuditLog } from '../../features/audit/components/audit-log';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { isNotFound } from '../../lib/api-error';
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
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: name ?? '…', to: `/m/${mobilisationId}` },
          { label: t('audit.title') },
        ]}
      />
      <PageHeading title={name ? `${t('audit.title')} – ${name}` : t('audit.title')}>
        {t('audit.title')}
      </PageHeading>
      <p className="lead">{t('audit.intro')}</p>
      <AuditLog mobilisationId={mobilisationId} />
    </>
  );
}
