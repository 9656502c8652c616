import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryState } from '../../components/ui/query-state';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { useProfile } from '../../features/profiles/api/get-profile';
import { useRevision } from '../../features/profiles/api/get-revision';
import { ProfileContentView } from '../../features/profiles/components/profile-content-view';
import { isNotFound } from '../../lib/api-error';
import { useFormat } from '../../lib/format';
import { NotFoundContent } from '../layout/not-found-content';

export function RevisionPage() {
  const { profileId = '', number: numberParam = '' } = useParams();
  const number = /^[1-9]\d{0,6}$/.test(numberParam) ? Number(numberParam) : null;
  if (number === null) return <NotFoundContent />;
  return <RevisionView profileId={profileId} number={number} />;
}

function RevisionView({ profileId, number }: { profileId: string; number: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const profile = useProfile(profileId);
  const revision = useRevision(profileId, number);
  const mobilisation = useMobilisation(profile.data?.mobilisationId);
  if (revision.isError && isNotFound(revision.error)) return <NotFoundContent />;
  const name = profile.data?.organisation.name;
  const historyPath = `/profiles/${profileId}/revisions`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: name ?? '…', to: `/profiles/${profileId}` },
          { label: t('profile.history'), to: historyPath },
          { label: t('revisions.version', { number }) },
        ]}
      />
      <PageHeading>
        {name ? t('revisions.revisionTitle', { number, name }) : t('revisions.version', { number })}
      </PageHeading>
      <QueryState query={revision}>
        {(data) => (
          <>
            <p className="meta-line">
              {t('revisions.submittedAt', { date: format.dateTime(data.submittedAt) })}
            </p>
            {profile.data && profile.data.revisionCount > number ? (
              <Notice tone="warning">
                <p>
                  {t('revisions.olderVersion', { latest: profile.data.revisionCount })}{' '}
                  <Link to={`${historyPath}/${profile.data.revisionCount}`}>
                    {t('revisions.version', { number: profile.data.revisionCount })}
                  </Link>
                </p>
              </Notice>
            ) : null}
            <ProfileContentView content={data.content} goals={mobilisation.data?.goals ?? []} />
          </>
        )}
      </QueryState>
      <p className="button-row">
        <Link to={historyPath}>{t('revisions.backToHistory')}</Link>
        <Link to={`/profiles/${profileId}`}>{t('revisions.backToOrganisation')}</Link>
      </p>
    </>
  );
}
