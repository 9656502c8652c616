import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProfileExportLinks } from '../../features/imports/components/profile-export-links';
import { SurveyImport } from '../../features/imports/components/survey-import';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { isNotFound } from '../../lib/api-error';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/** For coordinators: import organisations' answers from a survey export. */
export function ImportPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  return (
    <>
      <MobilisationPageTop
        mobilisationId={mobilisationId}
        name={mobilisation.data?.name}
        title={t('imports.title')}
      />
      <p className="lead">{t('imports.intro')}</p>
      <SurveyImport mobilisationId={mobilisationId} />
      <ProfileExportLinks mobilisationId={mobilisationId} />
    </>
  );
}
