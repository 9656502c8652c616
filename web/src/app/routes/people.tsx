import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { PageHeading } from '../../components/ui/page-heading';
import { QueryError, QueryState } from '../../components/ui/query-state';
import { useMobilisation } from '../../features/mobilisations/api/get-mobilisation';
import { useOrganisations } from '../../features/organisations/api/get-organisations';
import { OutboxList } from '../../features/outbox/components/outbox-list';
import { useInvitations } from '../../features/people/api/get-invitations';
import { useMembers } from '../../features/people/api/get-members';
import { InvitationList } from '../../features/people/components/invitation-list';
import { InviteForm } from '../../features/people/components/invite-form';
import { MemberList } from '../../features/people/components/member-list';
import { isAdminOf } from '../../lib/access';
import { isNotFound } from '../../lib/api-error';
import { useLanguage } from '../../lib/i18n/use-language';
import { sectorLabel } from '../../lib/reference';
import { useSession } from '../../lib/session';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { NotFoundContent } from '../layout/not-found-content';

const organisationHits = 8;

/** For coordinators: who takes part, the invitations sent, and a form to invite someone. */
export function PeoplePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { mobilisationId = '' } = useParams();
  const mobilisation = useMobilisation(mobilisationId);
  const members = useMembers(mobilisationId);
  const invitations = useInvitations(mobilisationId);
  const user = useSession().data?.user;
  const [organisationQuery, setOrganisationQuery] = useState('');
  const debouncedQuery = useDebouncedValue(organisationQuery.trim(), 300);
  const organisations = useOrganisations(mobilisationId, {
    ...(debouncedQuery ? { q: debouncedQuery } : {}),
    limit: organisationHits,
  });
  if (mobilisation.isError && isNotFound(mobilisation.error)) return <NotFoundContent />;
  const name = mobilisation.data?.name;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t('app.home'), to: '/' },
          { label: name ?? '…', to: `/m/${mobilisationId}` },
          { label: t('people.title') },
        ]}
      />
      <PageHeading title={name ? `${t('people.title')} – ${name}` : t('people.title')}>
        {t('people.title')}
      </PageHeading>
      {name ? <p className="page-header__context">{name}</p> : null}
      {members.isError ? (
        <QueryError error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <>
          <section className="section" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{t('people.inviteHeading')}</h2>
            <p className="form-section__intro">{t('people.inviteIntro')}</p>
            <div className="panel">
              <InviteForm
                mobilisationId={mobilisationId}
                canInviteAdmins={isAdminOf(user, mobilisationId)}
                organisations={{
                  query: organisationQuery,
                  onQueryChange: setOrganisationQuery,
                  options: (organisations.data?.items ?? []).map((item) => ({
                    value: item.organisation.id,
                    label: item.organisation.name,
                    description: `${sectorLabel(item.organisation.sector, language)}, ${item.organisation.county}`,
                  })),
                  loading: organisations.isFetching || debouncedQuery !== organisationQuery.trim(),
                  ...(organisations.data ? { total: organisations.data.total } : {}),
                }}
              />
            </div>
          </section>
          <section className="section" aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">{t('people.invitationsHeading')}</h2>
            <QueryState query={invitations}>
              {(data) => <InvitationList invitations={data.items} mobilisationId={mobilisationId} />}
            </QueryState>
          </section>
          <section className="section" aria-labelledby="outbox-heading">
            <h2 id="outbox-heading">{t('people.outboxHeading')}</h2>
            <p className="form-section__intro">{t('people.outboxIntro')}</p>
            <OutboxList mobilisationId={mobilisationId} />
          </section>
          <section className="section" aria-labelledby="members-heading">
            <h2 id="members-heading">{t('people.membersHeading')}</h2>
            <QueryState query={members}>{(data) => <MemberList members={data.items} />}</QueryState>
          </section>
        </>
      )}
    </>
  );
}
