import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { OrganisationSearch } from '../../features/organisations/components/organisation-search';
import { isCoordinatorOf } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';
import { NotFoundContent } from '../layout/not-found-content';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const coordinator = isCoordinatorOf(useSession().data?.user, mobilisationId);
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: name ?? '…', to: `/m/${mobilisationId}` },
          { label: t('organisations.title') },
        ]}
      />
      <div className="page-header">
        <div>
          <PageHeading title={name ? `${t('organisations.title')} – ${name}` : t('organisations.title')}>
            {t('organisations.title')}
          </PageHeading>
          {name ? <p className="page-header__context">{name}</p> : null}
        </div>
        {coordinator ? (
          <Link className="button" to={`/m/${mobilisationId}/organisations/new`}>
            <span aria-hidden="true">+ </span>
            {t('organisations.register')}
          </Link>
        ) : null}
      </div>
      <OrganisationSearch mobilisationId={mobilisationId} />
    </>
  );
}
