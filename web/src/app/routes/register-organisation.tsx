import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import {
  getMobilisationQueryOptions,
  useMobilisation,
} from '../../features/mobilisations/api/get-mobilisation';
import { RegisterOrganisationForm } from '../../features/organisations/components/register-organisation-form';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { CoordinatorsOnly } from '../layout/coordinators-only';
import { NotFoundContent } from '../layout/not-found-content';

export function RegisterOrganisationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const session = useSession();
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const _user = session.data?.user;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: mobilisation.data?.name ?? '…', to: `/m/${mobilisationId}` },
          { label: t('organisations.title'), to: `/m/${mobilisationId}/organisations` },
          { label: t('register.title') },
        ]}
      />
      <PageHeading>{t('register.title')}</PageHeading>
      <CoordinatorsOnly mobilisationId={mobilisationId} refusal={<p>{t('register.coordinatorsOnly')}</p>}>
        <QueryState query={mobilisation}>
          {(data) => (
            <div className="narrow">
              <p className="lead">{t('register.intro', { mobilisation: data.name })}</p>
              <RegisterOrganisationForm
                mobilisationId={data.id}
                onCreated={(created) => {
                  // The mobilisation's organisation count changed too.
                  void queryClient.invalidateQueries({
                    queryKey: getMobilisationQueryOptions(data.id).queryKey,
                  });
                  navigate(`/profiles/${created.profileId}/edit`, {
                    state: { registered: created.organisation.name },
                  });
                }}
              />
            </div>
          )}
        </QueryState>
      </CoordinatorsOnly>
    </>
  );
}
