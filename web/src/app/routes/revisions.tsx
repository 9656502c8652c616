import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { useProfile } from '../../features/profiles/api/get-profile';
import { useRevisions } from '../../features/profiles/api/get-revisions';
import { RevisionList } from '../../features/profiles/components/revision-list';
import { isNotFound } from '../../lib/api-error';
import { NotFoundContent } from '../layout/not-found-content';

export function RevisionsPage() {
  const { t } = useTranslation();
  const { profileId = '' } = useParams();
  const profile = useProfile(profileId);
  const revisions = useRevisions(profileId);
  if ((profile.isError && isNotFound(profile.error)) || (revisions.isError && isNotFound(revisions.error))) {
    return <NotFoundContent />;
  }
  const name = profile.data?.organisation.name;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          ...(profile.data
            ? [
                { label: t('organisations.title'), to: `/m/${profile.data.mobilisationId}/organisations` },
                { label: profile.data.organisation.name, to: `/profiles/${profileId}` },
              ]
            : []),
          { label: t('profile.history') },
        ]}
      />
      <PageHeading>{name ? t('revisions.title', { name }) : t('profile.history')}</PageHeading>
      <p className="lead">{t('revisions.intro')}</p>
      <QueryState query={revisions}>
        {(data) => <RevisionList profileId={profileId} revisions={data.items} />}
      </QueryState>
      <p>
        <Link to={`/profiles/${profileId}`}>{t('revisions.backToOrganisation')}</Link>
      </p>
    </>
  );
}
