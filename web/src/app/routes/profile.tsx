import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { ProfileStatusBadge } from '../../components/ui/profile-status-badge';
import { QueryState } from '../../components/ui/query-state';
import { useProfileMatches } from '../../features/matching/api/get-profile-matches';
import { ProfileMatches } from '../../features/matching/components/profile-matches';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { ContactList } from '../../features/organisations/components/contact-list';
import { useProfile } from '../../features/profiles/api/get-profile';
import { ItemStateControl } from '../../features/profiles/components/item-state';
import { OrganisationDetails } from '../../features/profiles/components/organisation-details';
import { ProfileContentView } from '../../features/profiles/components/profile-content-view';
import { isEditable } from '../../features/profiles/types';
import { isMemberOfOrganisation, signInPath } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useFormat } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useNavigationState } from '../layout/location-state';
import { NotFoundContent } from '../layout/not-found-content';
import { interestInMatch } from './interest-in-match';

/** The organisation's page: who it is and its four points as last submitted. Drafts are never shown here. */
export function ProfilePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { profileId = '' } = useParams();
  const { submitted } = useNavigationState();
  const location = useLocation();
  const profile = useProfile(profileId);
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const mobilisation = useMobilisation(profile.data?.mobilisationId);
  // The same query the proposals below read: an item's proposals are what "met by" offers to choose from.
  const matches = useProfileMatches(profileId);
  const candidatesFor = (itemId: string, kind: 'need' | 'offer') =>
    (kind === 'need' ? matches.data?.needs : matches.data?.offers)
      ?.find((i) => i.itemId === itemId)
      ?.matches.map((m) => ({
        itemId: m.counterpart.itemId,
        organisationName: m.counterpart.organisation.name,
        text: m.counterpart.text,
      })) ?? [];
  if (profile.isError && isNotFound(profile.error)) return <NotFoundContent />;
  const organisationsPath = profile.data ? `/m/${profile.data.mobilisationId}/organisations` : undefined;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          ...(profile.data
            ? [
                { label: mobilisation.data?.name ?? '…', to: `/m/${profile.data.mobilisationId}` },
                { label: t('organisations.title'), ...(organisationsPath ? { to: organisationsPath } : {}) },
              ]
            : []),
          { label: profile.data?.organisation.name ?? '…' },
        ]}
      />
      <PageHeading>{profile.data?.organisation.name ?? t('common.loading')}</PageHeading>
      <QueryState query={profile}>
        {(data) => (
          <>
            {submitted ? (
              <Notice tone="success" role="status">
                <p>{t('profile.submittedNotice')}</p>
              </Notice>
            ) : null}
            <div className="profile-layout">
              <div className="profile-layout__side">
                <section className="panel" aria-labelledby="details-heading">
                  <h2 id="details-heading" className="panel__title">
                    {t('organisation.details')}
                  </h2>
                  <OrganisationDetails organisation={data.organisation} />
                </section>
                <section className="panel" aria-labelledby="status-heading">
                  <h2 id="status-heading" className="panel__title">
                    {t('organisations.status')}
                  </h2>
                  <p>
                    <ProfileStatusBadge status={data.status} />
                  </p>
                  <p className="muted">{t(`statusDescription.${data.status}`)}</p>
                  {data.latest ? (
                    <p className="muted">
                      {t('profile.submittedAt', { date: format.dateTime(data.latest.submittedAt) })}
                    </p>
                  ) : null}
                  <p className="button-stack">
                    {/* The server shows the draft only to those who may edit it: its members and coordinators. */}
                    {isEditable(data) ? (
                      <Link className="button" to={`/profiles/${data.id}/edit`}>
                        {t('profile.edit')}
                      </Link>
                    ) : !signedIn && session.isSuccess ? (
                      <span className="muted">
                        <Link to={signInPath(`${location.pathname}${location.search}`)}>
                          {t('profile.signInToEdit')}
                        </Link>
                      </span>
                    ) : null}
                    <Link to={`/profiles/${data.id}/revisions`}>
                      {t('profile.historyCount', { count: data.revisionCount })}
                    </Link>
                  </p>
                </section>
                <section className="panel" aria-labelledby="contacts-heading">
                  <h2 id="contacts-heading" className="panel__title">
                    {t('contacts.heading')}
                  </h2>
                  <ContactList organisationId={data.organisation.id} />
                </section>
              </div>
              <div className="profile-layout__main">
                {data.latest ? (
                  <>
                    {data.status === 'changed' ? (
                      <Notice tone="info">
                        <p>{t('profile.pendingChanges')}</p>
                      </Notice>
                    ) : null}
                    {data.closedItems.length > 0 || isEditable(data) ? (
                      <p className="muted">{t('itemState.explanation')}</p>
                    ) : null}
                    <ProfileContentView
                      content={data.latest.content}
                      goals={mobilisation.data?.goals ?? []}
                      closedItems={data.closedItems}
                      // Those who may edit the profile (its members, the coordinators) may change states.
                      {...(isEditable(data)
                        ? {
                            itemAction: (item, kind, status) => (
                              <ItemStateControl
                                profileId={data.id}
                                itemId={item.id}
                                kind={kind}
                                text={item.text}
                                status={status}
                                candidates={candidatesFor(item.id, kind)}
                              />
                            ),
                          }
                        : {})}
                    />
                  </>
                ) : (
                  <Notice tone="info" title={t('profile.notSubmitted')}>
                    <p>{t('profile.draftNotPublic')}</p>
                  </Notice>
                )}
                {data.latest ? (
                  <ProfileMatches
                    profileId={data.id}
                    // Only the organisation's own members may say "vi är intresserade" for it; on anyone
                    // else's page the proposals are someone else's to act on.
                    renderAction={
                      isMemberOfOrganisation(session.data?.user, data.mobilisationId, data.organisation.id)
                        ? interestInMatch(
                            { mobilisationId: data.mobilisationId, organisationId: data.organisation.id },
                            5,
                          )
                        : undefined
                    }
                  />
                ) : null}
              </div>
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
