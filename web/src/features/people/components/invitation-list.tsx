import type { Invitation } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

const statusIcon: Record<Invitation['status'], string> = { pending: '◐', accepted: '●', expired: '○' };
const statusBadge: Record<Invitation['status'], string> = {
  pending: 'badge--draft',
  accepted: 'badge--submitted',
  expired: 'badge--empty',
};

/** Invitations sent in the mobilisation, newest first, with where each one stands. */
export function InvitationList({ invitations }: { invitations: readonly Invitation[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (invitations.length === 0) return <p className="empty-state">{t('people.noInvitations')}</p>;
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
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
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
