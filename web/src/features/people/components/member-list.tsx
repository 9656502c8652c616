import type { Member } from '@kraftsamling/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format';

/** Who has a role in the mobilisation: a table, scrollable on its own on narrow screens. */
export function MemberList({ members }: { members: readonly Member[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (members.length === 0) return <p className="empty-state">{t('people.noMembers')}</p>;
  const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, format.language));
  return (
    <section
      className="table-scroll"
      aria-label={t('people.membersCaption', { count: members.length })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      <table className="table">
        <caption className="visually-hidden">{t('people.membersCaption', { count: members.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th>
            <th scope="col">{t('people.email')}</th>
            <th scope="col">{t('people.role')}</th>
            <th scope="col">{t('people.organisation')}</th>
            <th scope="col">{t('people.since')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((member) => (
            <tr key={member.membershipId}>
              <th scope="row">{member.name}</th>
              <td>
                <a href={`mailto:${member.email}`}>{member.email}</a>
              </td>
              <td>{t(`roles.${member.role}`)}</td>
              <td>
                {member.organisationName ?? <span className="muted">{t('people.noOrganisation')}</span>}
              </td>
              <td>{format.date(member.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
