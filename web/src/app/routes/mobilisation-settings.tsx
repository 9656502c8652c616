import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { MobilisationSettingsForm } from '../../features/mobilisations/components/mobilisation-settings-form';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { CoordinatorsOnly } from '../layout/coordinators-only';
import { NotFoundContent } from '../layout/not-found-content';

export function MobilisationSettingsPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const session = useSession();
  // Bumped by a reload after a conflict: the form starts afresh from what is stored now.
  const [generation, setGeneration] = useState(0);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const _user = session.data?.user;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: mobilisation.data?.name ?? '…', to: `/m/${mobilisationId}` },
          { label: t('mobilisationSettings.settingsTitle') },
        ]}
      />
      <PageHeading>{t('mobilisationSettings.settingsTitle')}</PageHeading>
      <CoordinatorsOnly
        mobilisationId={mobilisationId}
        refusal={<p>{t('mobilisationSettings.coordinatorsOnly')}</p>}
      >
        <QueryState query={mobilisation}>
          {(data) => (
            <div className="narrow">
              <p className="lead">{t('mobilisationSettings.settingsIntro')}</p>
              <MobilisationSettingsForm
                key={generation}
                mobilisation={data}
                onReload={() => void mobilisation.refetch().then(() => setGeneration((g) => g + 1))}
              />
            </div>
          )}
        </QueryState>
      </CoordinatorsOnly>
    </>
  );
}
