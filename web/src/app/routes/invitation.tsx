import type { InvitationPreview, Session } from '@kraftsamling/shared';
import { linkTokenSchema } from '@kraftsamling/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Breadcrumbs } from '../../components/ui/breadcrumbs';
import { Notice } from '../../components/ui/notice';
import { PageHeading } from '../../components/ui/page-heading';
import { Loading, QueryState } from '../../components/ui/query-state';
import { useInvitation } from '../../features/auth/api/get-invitation';
import { AcceptInvitationForm } from '../../features/auth/components/accept-invitation-form';
import { isNotFound } from '../../lib/api-error';
import { useSession } from '../../lib/session';

function InvitationSummary({ preview }: { preview: InvitationPreview }) {
  const { t } = useTranslation();
  return (
    <dl className="details-list invitation-summary">
      <div>
        <dt>{t('invitation.mobilisation')}</dt>
        <dd>{preview.mobilisationName}</dd>
      </div>
      <div>
        <dt>{t('invitation.role')}</dt>
        <dd>
          {t(`roles.${preview.role}`)}
          <span className="muted"> – {t(`roleDescriptions.${preview.role}`)}</span>
        </dd>
      </div>
      {preview.organisationName ? (
        <div>
          <dt>{t('invitation.organisation')}</dt>
          <dd>{preview.organisationName}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('invitation.email')}</dt>
        <dd>{preview.email}</dd>
      </div>
      {preview.invitedBy ? (
        <div>
          <dt>{t('invitation.invitedBy')}</dt>
          <dd>{preview.invitedBy}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function DeadLink({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <Notice tone="warning" title={title}>
      <p>{body}</p>
      <p>
        <Link to="/sign-in">{t('auth.signIn')}</Link>
      </p>
    </Notice>
  );
}

/** `/invitation/:token`, the link in an invitation mail: see what it is for, then join. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const wellFormed = linkTokenSchema.safeParse(token).success;
  return (
    <>
      <Breadcrumbs items={[{ label: t('app.home'), to: '/' }, { label: t('invitation.title') }]} />
      <PageHeading>{t('invitation.title')}</PageHeading>
      <div className="narrow">
        {wellFormed ? (
          <InvitationView token={token} />
        ) : (
          <DeadLink title={t('invitation.unknownTitle')} body={t('invitation.unknownBody')} />
        )}
      </div>
    </>
  );
}

function InvitationView({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const user = useSession().data?.user;
  // Once accepted, the invitation reads "used": the page moves on instead of saying so.
  const [joining, setJoining] = useState(false);

  if (joining) return <Loading label={t('invitation.joining')} />;
  if (invitation.isError && isNotFound(invitation.error)) {
    return <DeadLink title={t('invitation.unknownTitle')} body={t('invitation.unknownBody')} />;
  }

  const onAccepted = (session: Session, preview: InvitationPreview) => {
    setJoining(true);
    const joined = session.user?.memberships.find(
      (m) => m.role === preview.role && (m.organisationName ?? null) === preview.organisationName,
    );
    const state = { joined: preview.mobilisationName };
    // A member goes straight to the organisation's profile, which the session names.
    if (joined?.role === 'member' && joined.profileId) {
      navigate(`/profiles/${joined.profileId}/edit`, { replace: true, state });
      return;
    }
    navigate(joined ? `/m/${joined.mobilisationId}` : '/account', { replace: true, state });
  };

  return (
    <QueryState query={invitation}>
      {(preview) =>
        preview.status === 'accepted' ? (
          <DeadLink title={t('invitation.acceptedTitle')} body={t('invitation.acceptedBody')} />
        ) : preview.status === 'expired' ? (
          <DeadLink title={t('invitation.expiredTitle')} body={t('invitation.expiredBody')} />
        ) : (
          <>
            <p className="lead">
              {preview.organisationName
                ? t('invitation.introOrganisation', {
                    mobilisation: preview.mobilisationName,
                    organisation: preview.organisationName,
                  })
                : t('invitation.intro', { mobilisation: preview.mobilisationName })}
            </p>
            <InvitationSummary preview={preview} />
            {user && user.email !== preview.email ? (
              <Notice tone="warning">
                <p>{t('invitation.otherUser', { name: user.name, email: preview.email })}</p>
              </Notice>
            ) : null}
            <AcceptInvitationForm
              token={token}
              preview={preview}
              onAccepted={(session) => onAccepted(session, preview)}
            />
          </>
        )
      }
    </QueryState>
  );
}
