import type { Invitation } from '@kraftsamling/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/error-message';
import { useFormat } from '../../../lib/format';
import { useChangeInvitation, useInvitationLink } from '../api/manage-invitation';

const statusIcon: Record<Invitation['status'], string> = {
  pending: '◐',
  opened: '◑',
  accepted: '●',
  expired: '○',
  revoked: '⊘',
};
const statusBadge: Record<Invitation['status'], string> = {
  pending: 'badge--draft',
  opened: 'badge--draft',
  accepted: 'badge--submitted',
  expired: 'badge--empty',
  revoked: 'badge--empty',
};

const isOpen = (invitation: Invitation) => invitation.status === 'pending' || invitation.status === 'opened';

/**
 * Invitations sent in the mobilisation, newest first, with where each one stands; an open one can be handed
 * over as a link (for a coordinator without a mail server), mailed again or revoked.
 */
export function InvitationList({
  invitations,
  mobilisationId,
}: {
  invitations: readonly Invitation[];
  mobilisationId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const linkField = useId();
  const newLink = useInvitationLink(mobilisationId);
  const change = useChangeInvitation(mobilisationId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [link, setLink] = useState<{ email: string; url: string; expiresAt: string } | null>(null);
  const [said, setSaid] = useState('');
  if (invitations.length === 0) return <p className="empty-state">{t('people.noInvitations')}</p>;
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const busy = newLink.isPending || change.isPending;
  const failed = (error: unknown) => setSaid(t('people.actionFailed', { message: errorMessage(error, t) }));

  const copyLink = (invitation: Invitation) => {
    setLink(null);
    newLink.mutate(invitation.id, {
      onSuccess: async ({ url, expiresAt }) => {
        setLink({ email: invitation.email, url, expiresAt });
        // The clipboard may be refused (an insecure origin, a denied permission): the link is shown either way.
        const copied = await navigator.clipboard?.writeText(url).then(
          () => true,
          () => false,
        );
        setSaid(t(copied ? 'people.linkCopied' : 'people.linkReady', { email: invitation.email }));
      },
      onError: failed,
    });
  };
  const act = (invitation: Invitation, action: 'resend' | 'revoke') => {
    setConfirming(null);
    change.mutate(
      { invitationId: invitation.id, action },
      {
        onSuccess: () =>
          setSaid(t(action === 'resend' ? 'people.resent' : 'people.revoked', { email: invitation.email })),
        onError: failed,
      },
    );
  };

  return (
    <>
      <p role="status">{said}</p>
      {link ? (
        <div className="panel">
          <label className="field__label" htmlFor={linkField}>
            {t('people.linkLabel', { email: link.email })}
          </label>
          <p className="field__hint" id={`${linkField}-hint`}>
            {t('people.linkHint', { date: format.date(link.expiresAt) })}
          </p>
          <input
            id={linkField}
            className="input"
            readOnly
            value={link.url}
            aria-describedby={`${linkField}-hint`}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      ) : null}
      <section
        className="table-scroll"
        aria-label={t('people.invitationsCaption', { count: invitations.length })}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
      >
        <table className="table">
          <caption className="visually-hidden">
            {t('people.invitationsCaption', { count: invitations.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('people.email')}</th>
              <th scope="col">{t('people.role')}</th>
              <th scope="col">{t('people.organisation')}</th>
              <th scope="col">{t('people.status')}</th>
              <th scope="col">{t('people.sentBy')}</th>
              <th scope="col">{t('people.sentAt')}</th>
              <th scope="col">{t('people.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">
                  {invitation.email}
                  {invitation.name ? <span className="table__sub">{invitation.name}</span> : null}
                </th>
                <td>{t(`roles.${invitation.role}`)}</td>
                <td>
                  {invitation.organisationName ?? <span className="muted">{t('people.noOrganisation')}</span>}
                </td>
                <td>
                  <span className={`badge ${statusBadge[invitation.status]}`}>
                    <span aria-hidden="true">{statusIcon[invitation.status]}</span>{' '}
                    {t(`invitationStatus.${invitation.status}`)}
                  </span>
                  {invitation.status === 'pending' ? (
                    <span className="table__sub">
                      {t('people.expiresAt', { date: format.date(invitation.expiresAt) })}
                    </span>
                  ) : null}
                </td>
                <td>{invitation.invitedBy ?? <span className="muted">{t('people.unknownSender')}</span>}</td>
                <td>{format.dateTime(invitation.createdAt)}</td>
                <td>
                  {isOpen(invitation) ? (
                    <div className="button-row">
                      {confirming === invitation.id ? (
                        <>
                          <button
                            type="button"
                            className="button button--danger button--small"
                            disabled={busy}
                            onClick={() => act(invitation, 'revoke')}
                          >
                            {t('people.confirmRevoke')}
                            <span className="visually-hidden"> {invitation.email}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            onClick={() => setConfirming(null)}
                          >
                            {t('people.cancel')}
                          </button>
                        </>
                      ) : (
                        <>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            disabled={busy}
                            onClick={() => copyLink(invitation)}
                          >
                            {t('people.copyLink')}
                            <span className="visually-hidden"> {invitation.email}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            disabled={busy}
                            onClick={() => act(invitation, 'resend')}
                          >
                            {t('people.resend')}
                            <span className="visually-hidden"> {invitation.email}</span>
                          </button>
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            disabled={busy}
                            onClick={() => setConfirming(invitation.id)}
                          >
                            {t('people.revoke')}
                            <span className="visually-hidden"> {invitation.email}</span>
                          </button>
                        </>
                      )}
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
