import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/ui/notice';
import { ProfileStatusBadge } from '../../components/ui/profile-status-badge';
import { QueryState } from '../../components/ui/query-state';
import { OrganisationInitiatives } from '../../features/initiatives/components/organisation-initiatives';
import { ProfileMatches } from '../../features/matching/components/profile-matches';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { InterestOverview } from '../../features/partners/components/interest-overview';
import { useProfile } from '../../features/profiles/api/get-profile';
import { isEditable } from '../../features/profiles/types';
import { ownOrganisationPath, ownOrganisations } from '../../lib/access';
import { useFormat } from '../../lib/format';
import { useSession } from '../../lib/session';
import { MobilisationPageTop } from '../layout/mobilisation-page-top';
import { interestInMatch } from './interest-in-match';

/**
 * `/m/:mobilisationId/our-organisation`: where a member lands after signing in. Their own organisation as they
 * work with it: the profile's status, the initiatives it takes part in (those waiting for its answer first),
 * interest received and shown, and the proposed matches with "vi är intresserade" at hand.
 */
export function OurOrganisationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { mobilisationId = '' } = useParams();
  const session = useSession();
  const mobilisation = useMobilisation(mobilisationId);
  const own = ownOrganisations(session.data?.user);
  const membership = own.find((m) => m.mobilisationId === mobilisationId);
  const profile = useProfile(membership?.profileId ?? undefined);
  const name = mobilisation.data?.name;
  const organisationName = membership?.organisationName ?? t('memberHome.title');
  const elsewhere = own.filter((m) => m !== membership);

  if (session.isSuccess && !membership) {
    return (
      <>
        <MobilisationPageTop mobilisationId={mobilisationId} name={name} title={t('memberHome.title')} />
        <Notice tone="info">
          <p>{t('memberHome.notMember')}</p>
          <p>
            <Link to={`/m/${mobilisationId}`}>
              {t('memberHome.mobilisationLink', { mobilisation: name ?? '…' })}
            </Link>
          </p>
        </Notice>
      </>
    );
  }
  if (!membership?.organisationId) {
    return <p className="loading">{t('common.loading')}</p>;
  }
  const organisationId = membership.organisationId;

  return (
    <>
      <MobilisationPageTop mobilisationId={mobilisationId} name={name} title={organisationName} withContext />
      <p className="lead">
        {t('memberHome.intro', { organisation: organisationName, mobilisation: name ?? '…' })}
      </p>

      <section className="section" aria-labelledby="own-profile-heading">
        <h2 id="own-profile-heading">{t('memberHome.profileHeading')}</h2>
        <QueryState query={profile}>
          {(data) => (
            <>
              <p>
                <ProfileStatusBadge status={data.status} />
              </p>
              <p className="muted">{t(`statusDescription.${data.status}`)}</p>
              {data.latest ? (
                <p className="muted">
                  {t('memberHome.submittedAt', { date: format.dateTime(data.latest.submittedAt) })}
                </p>
              ) : null}
              <p className="button-row">
                {isEditable(data) ? (
                  <Link className="button" to={`/profiles/${data.id}/edit`}>
                    {t('memberHome.edit')}
                  </Link>
                ) : null}
                <Link className="button button--secondary" to={`/profiles/${data.id}`}>
                  {t('memberHome.publicPage')}
                </Link>
                <Link className="button button--secondary" to={`/profiles/${data.id}/current`}>
                  {t('memberHome.currentLink')}
                </Link>
              </p>
            </>
          )}
        </QueryState>
      </section>

      <section className="section" aria-labelledby="own-initiatives-heading">
        <h2 id="own-initiatives-heading">{t('memberHome.initiativesHeading')}</h2>
        <OrganisationInitiatives
          organisationId={organisationId}
          mobilisationId={mobilisationId}
          headingId="own-initiatives-heading"
        />
      </section>

      <section className="section" aria-labelledby="own-interests-heading">
        <h2 id="own-interests-heading">{t('memberHome.interestsHeading')}</h2>
        <InterestOverview organisationId={organisationId} mobilisationId={mobilisationId} headingLevel={3} />
      </section>

      {profile.data?.latest ? (
        <ProfileMatches
          profileId={profile.data.id}
          renderAction={interestInMatch({ mobilisationId, organisationId }, 5)}
        />
      ) : profile.data ? (
        <section className="section" aria-labelledby="own-matches-heading">
          <h2 id="own-matches-heading">{t('memberHome.matchesHeading')}</h2>
          <p>{t('memberHome.matchesAfterSubmit')}</p>
        </section>
      ) : null}

      {elsewhere.length > 0 ? (
        <section className="section" aria-labelledby="own-elsewhere-heading">
          <h2 id="own-elsewhere-heading">{t('memberHome.otherOrganisations')}</h2>
          <ul className="link-row">
            {elsewhere.map((m) => (
              <li key={m.id}>
                <Link to={ownOrganisationPath(m.mobilisationId)}>{m.organisationName}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
