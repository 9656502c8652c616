import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProfileExportLinks } from '../../features/imports/components/profile-export-links';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { OrganisationSearch } from '../../features/organisations/components/organisation-search';
import { isCoordinatorOf } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { NotFoundContent } from '../layout/not-found-content';

/** The mobilisation's organisations; coordinators also register one and export every profile. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const coordinator = isCoordinatorOf(useSession().data?.user, mobilisationId);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  return (
    <>
      <MobilisationPageTop
        mobilisationId={mobilisationId}
        name={name}
        title={t('organisations.title')}
        withContext
        action={
          coordinator ? (
            <Link className="button" to={`/m/${mobilisationId}/organisations/new`}>
              <span aria-hidden="true">+ </span>
              {t('organisations.register')}
            </Link>
          ) : null
        }
      />
      <OrganisationSearch mobilisationId={mobilisationId} />
      {/* The export holds contact persons: coordinators only, as the server decides too. */}
      {coordinator ? <ProfileExportLinks mobilisationId={mobilisationId} /> : null}
    </>
  );
}
